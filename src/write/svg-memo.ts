/**
 * What svg-to-pdfkit is called as (its package has no types). Why `doc` is an object here: a
 * thread's resources hold this memo, and the package's declarations must not need pdfkit's
 * types, which only missive's development installs.
 */
export type SvgToPdf = (
  doc: object,
  svg: string,
  x: number,
  y: number,
  options: Record<string, unknown>,
) => void;

/**
 * svg-to-pdfkit, loaded once per thread, the SVGs tried on a scratch page (svg-draw.ts), and
 * the SVGs drawn as forms, kept for the next letter (svg-form.ts).
 */
export interface SvgMemo {
  draw?: SvgToPdf;
  tried: WeakMap<Uint8Array, string | null>;
  /** The SHA-256 of an SVG's bytes, by the bytes a thread read (the image memo keeps them). */
  hashes: WeakMap<Uint8Array, string>;
  forms: SvgForms;
}

/**
 * Drawings by the SHA-256 of their SVG and the size drawn at; null for one drawn in place each
 * time (what it made cannot be copied). `bytes`: their sizes in all, which bound the memo.
 */
export interface SvgForms {
  kept: Map<string, SvgForm | null>;
  bytes: number;
}

/** An SVG as svg-to-pdfkit drew it: a form XObject's content and the PDF objects it names. */
export interface SvgForm {
  content: Uint8Array;
  /** In the order they were made; a reference to one is held as its index (svg-form.ts). */
  objects: FormObject[];
  /** The objects' indexes in the order they were ended (written to the file). */
  ended: number[];
  /** The form's resources, naming the objects. */
  resources: Record<string, unknown>;
  /** About how many bytes it holds. */
  size: number;
}

export interface FormObject {
  data: Record<string, unknown>;
  stream?: Uint8Array;
}

/** The thread's memo of svg-to-pdfkit, for resources.ts. */
export function newSvgMemo(): SvgMemo {
  return { tried: new WeakMap(), hashes: new WeakMap(), forms: { kept: new Map(), bytes: 0 } };
}
