/**
 * An SVG drawn once per PDF as a form XObject and placed with `Do` wherever it shows (a
 * letterhead's logo on every page, a signature), and drawn once per thread: what
 * svg-to-pdfkit wrote for it is kept (SvgMemo.forms) and copied into each PDF that shows it.
 * Why: svg-to-pdfkit drew the SVG again at every page and in every letter of a merge, each
 * time parsing it and making its elements and outlines again (docs/benchmarks.md).
 *
 * It draws in a scratch document, never in the letter's: the letter's PDF objects are then
 * made the same way, in the same order, whether the drawing is new or kept, so the file is
 * the same bytes whatever the thread drew before (whatever -j, whatever the letters' order).
 */

import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import { drawSvg } from "./svg-draw.js";
import type { FormObject, SvgForm, SvgForms, SvgMemo } from "./svg-memo.js";

/**
 * The stand-in page's margin around the box, in points. Why a page of the box and a margin:
 * svg-to-pdfkit gives its groups (opacity, masks) the page's box, and pdfkit tiles a gradient
 * that fades (stop-opacity) with a pattern cell of the page's size. A page as large as any
 * page wherever the box lies (28,800 points) made a cell pdf.js drew blurred; a page of the
 * box alone put the next cell's edge on the box's, which poppler drew as a dark seam. What
 * shows is the box: the SVG's root clips to it (svg-image.ts makes the root's viewport the
 * box), and so does the form (an SVG that says overflow="visible" is clipped to its box, as
 * a browser shows an SVG image).
 */
const MARGIN = 36;

/** Drawings a thread keeps, and their bytes in all: past either it starts afresh (remember). */
export const MAX_FORMS = 32;
const MAX_FORM_BYTES = 16 * 1024 * 1024;

/** The parts of pdfkit 0.20's document this file uses, beyond what drawSvg draws with. */
interface FormDocument {
  ref(data?: Record<string, unknown>): FormRef;
  page: { width: number; height: number; xobjects: Record<string, FormRef> };
  save(): unknown;
  restore(): unknown;
  translate(x: number, y: number): unknown;
  addContent(data: string): unknown;
}

interface FormRef {
  data: Record<string, unknown>;
  buffer: Uint8Array[];
  write(chunk: Uint8Array): void;
  end(): void;
  finalize(): unknown;
}

/** A PDF object of the drawing that `data` refers to: its index in SvgForm.objects. */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * Places SVGs in one PDF: each drawing (its bytes and size) becomes one form XObject, made
 * at its first use.
 */
export function svgPlacer(pdf: unknown, memo: SvgMemo) {
  const doc = pdf as FormDocument;
  const placed = new Map<string, { name: string; form: FormRef }>();
  return (bytes: Uint8Array, box: { x: number; y: number; width: number; height: number }) => {
    const key = `${hashOf(bytes, memo)} ${box.width} ${box.height}`;
    // A form this PDF has made already is placed again, whether the thread kept it or not.
    let mine = placed.get(key);
    if (!mine) {
      const form = formOf(key, () => drawnForm(bytes, box, memo), memo.forms);
      // What cannot be copied (see copied) is drawn in place, as it always was.
      if (!form) return drawSvg(pdf as PDFDocument, bytes, box, memo);
      mine = { name: `SVG${placed.size + 1}`, form: madeIn(doc, form, box) };
      placed.set(key, mine);
    }
    doc.page.xobjects[mine.name] = mine.form;
    doc.save();
    doc.translate(box.x, box.y);
    doc.addContent(`/${mine.name} Do`);
    doc.restore();
  };
}

/** The SHA-256 of an SVG's bytes, once per bytes object (image-info.ts reads a file once). */
function hashOf(bytes: Uint8Array, memo: SvgMemo): string {
  let hash = memo.hashes.get(bytes);
  if (hash === undefined) {
    hash = createHash("sha256").update(bytes).digest("base64");
    memo.hashes.set(bytes, hash);
  }
  return hash;
}

/**
 * The thread's drawing for `key`, or the one `draw` makes, kept while the memo has room: past
 * `most` drawings or `bytes` in all it starts afresh, as `remember` does.
 */
export function formOf(
  key: string,
  draw: () => SvgForm | null,
  forms: SvgForms,
  most = { forms: MAX_FORMS, bytes: MAX_FORM_BYTES },
): SvgForm | null {
  const kept = forms.kept.get(key);
  if (kept !== undefined) return kept;
  const form = draw();
  const size = form?.size ?? 0;
  // One larger than the memo is drawn again for each PDF, and leaves the others kept.
  if (size > most.bytes) return form;
  if (forms.kept.size >= most.forms || forms.bytes + size > most.bytes) {
    forms.kept.clear();
    forms.bytes = 0;
  }
  forms.kept.set(key, form);
  forms.bytes += size;
  return form;
}

/**
 * svg-to-pdfkit's drawing of the SVG at the box's size, in a scratch document: its operators
 * and the PDF objects it made. The scratch page is a stand-in, as svg-to-pdfkit's own groups
 * make one (docBeginGroup): what it writes, the resources it names, and its transformation
 * from the form's space, where the box's corner is at (MARGIN, MARGIN).
 * Null when what it made cannot be copied into another document.
 */
function drawnForm(
  bytes: Uint8Array,
  box: { width: number; height: number },
  memo: SvgMemo,
): SvgForm | null {
  const scratch = new PDFDocument({ autoFirstPage: false, compress: false, font: null } as object);
  const doc = scratch as unknown as {
    ref: FormDocument["ref"];
    page: StandInPage;
    _ctm: number[];
    _write(data: unknown): void;
  };
  doc._write = () => {};
  const { made, ended } = recorded(doc);
  const content: Uint8Array[] = [];
  const page: StandInPage = {
    width: box.width + 2 * MARGIN,
    height: box.height + 2 * MARGIN,
    write: (data) => {
      content.push(typeof data === "string" ? Buffer.from(`${data}\n`, "latin1") : data);
    },
    fonts: {},
    xobjects: {},
    ext_gstates: {},
    patterns: {},
    annotations: [],
  };
  doc.page = page;
  doc._ctm = [1, 0, 0, 1, 0, 0];
  drawSvg(scratch, bytes, { x: MARGIN, y: MARGIN, width: box.width, height: box.height }, memo);
  return copied(made, ended, page, Buffer.concat(content));
}

/**
 * An object the drawing made: its data (the object itself, which nothing changes once the
 * drawing is done and it is copied) and its stream's bytes as they were when it was ended.
 */
interface Made {
  ref: FormRef;
  data?: Record<string, unknown>;
  stream?: Uint8Array;
}

/** Records the objects `doc` makes from now on, in order, and the order they are ended in. */
function recorded(doc: { ref: FormDocument["ref"] }): { made: Made[]; ended: number[] } {
  const made: Made[] = [];
  const ended: number[] = [];
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    const r = ref(data);
    const m: Made = { ref: r };
    const at = made.push(m) - 1;
    const finalize = r.finalize.bind(r);
    r.finalize = () => {
      m.data = r.data;
      if (r.buffer.length > 0) m.stream = Buffer.concat(r.buffer);
      ended.push(at);
      return finalize();
    };
    return r;
  };
  return { made, ended };
}

/** What svg-to-pdfkit draws on, in place of a page (see drawnForm). */
interface StandInPage {
  width: number;
  height: number;
  write(data: string | Uint8Array): void;
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
  ext_gstates: Record<string, unknown>;
  patterns: Record<string, unknown>;
  annotations: unknown[];
}

/**
 * The drawing as data that names its objects by index, or null when it holds what another
 * document cannot be given by copying: a font or a link (which the SVG check refuses), an
 * object it made and left unfinished, a reference to an object it did not make, or a value of
 * a kind pdfkit's objects do not hold.
 */
function copied(
  made: Made[],
  ended: number[],
  page: StandInPage,
  content: Uint8Array,
): SvgForm | null {
  if (Object.keys(page.fonts).length > 0 || page.annotations.length > 0) return null;
  // Every object made is ended, each once.
  if (ended.length !== made.length || new Set(ended).size !== made.length) return null;
  const index = new Map(made.map((m, i) => [m.ref as object, i]));
  let size = content.length;
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    const at = index.get(v);
    if (at !== undefined) return new Slot(at);
    if (Array.isArray(v)) return v.map(copy);
    // Strings (PDF text), bytes and dates are kept as they are: pdfkit does not change them.
    if (v instanceof String || v instanceof Uint8Array || v instanceof Date) return v;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Uncopied();
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = copy(x);
    return out;
  };
  try {
    const objects: FormObject[] = made.map((m) => {
      // Length is pdfkit's to write again, from what the stream holds in the letter's PDF.
      const { Length: _, ...data } = m.data ?? {};
      size += m.stream?.length ?? 0;
      return {
        data: copy(data) as Record<string, unknown>,
        ...(m.stream ? { stream: m.stream } : {}),
      };
    });
    const named = {
      XObject: page.xobjects,
      ExtGState: page.ext_gstates,
      Pattern: page.patterns,
    };
    const resources = Object.fromEntries(
      Object.entries(named).filter(([, names]) => Object.keys(names).length > 0),
    );
    return {
      content,
      objects,
      ended,
      resources: copy(resources) as Record<string, unknown>,
      size: size + 200 * objects.length,
    };
  } catch (e) {
    if (e instanceof Uncopied) return null;
    throw e;
  }
}

class Uncopied extends Error {}

/**
 * The form XObject of a kept drawing, made in `doc` with the objects it refers to: made in the
 * order the drawing made them and ended in the order it ended them.
 */
function madeIn(doc: FormDocument, form: SvgForm, box: { width: number; height: number }): FormRef {
  const refs = form.objects.map(() => doc.ref({}));
  const resolve = (v: unknown): unknown => {
    if (v instanceof Slot) return refs[v.index];
    if (Array.isArray(v)) return v.map(resolve);
    if (v === null || typeof v !== "object" || Object.getPrototypeOf(v) !== Object.prototype)
      return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
  };
  // Given their data once all are made: a group's resources name patterns made after it.
  for (const [i, o] of form.objects.entries())
    Object.assign((refs[i] as FormRef).data, resolve(o.data));
  for (const i of form.ended) {
    const r = refs[i] as FormRef;
    const stream = form.objects[i]?.stream;
    if (stream) r.write(stream);
    r.end();
  }
  const xobject = doc.ref({
    Type: "XObject",
    Subtype: "Form",
    FormType: 1,
    BBox: [MARGIN, MARGIN, MARGIN + box.width, MARGIN + box.height],
    // Where Do places it, the box's corner: see drawnForm.
    Matrix: [1, 0, 0, 1, -MARGIN, -MARGIN],
    Resources: resolve(form.resources),
  });
  xobject.write(form.content);
  xobject.end();
  return xobject;
}
