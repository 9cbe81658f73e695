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

/** svg-to-pdfkit, loaded once per thread, and the SVGs tried on a scratch page (svg-draw.ts). */
export interface SvgMemo {
  draw?: SvgToPdf;
  tried: WeakMap<Uint8Array, string | null>;
}

/** The thread's memo of svg-to-pdfkit, for resources.ts. */
export function newSvgMemo(): SvgMemo {
  return { tried: new WeakMap() };
}
