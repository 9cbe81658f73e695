import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { SvgMemo, SvgToPdf } from "./svg-memo.js";

/**
 * The one loop of svg-to-pdfkit 0.1.8 that is replaced as it loads. Why: SvgShape.transform
 * takes a shape's commands off the front of their array one at a time (`shift`) and pushes
 * each back; past some 16,000 commands (a group's outline, which it gathers whole to find a
 * clip path's box) V8 moves the whole array at each `shift`, so drawing an SVG of 140 kB (a
 * coat of arms) took time quadratic in its commands. The replacement walks the
 * same commands in the same order into a fresh array.
 */
const SHIFTING =
  /for \(let i = 0; i < this\.pathCommands\.length; i\+\+\) \{(\r?\n\s*)let data = this\.pathCommands\.shift\(\);/;
const WALKING =
  "const commands = this.pathCommands; this.pathCommands = [];$1for (let i = 0; i < commands.length; i++) {$1let data = commands[i];";

/**
 * Where svg-to-pdfkit makes an element (each time it draws one, a marker at each vertex, a
 * pattern's content at each shape it fills) and adds a command to an outline (parsed,
 * transformed or gathered to measure a clip path): each calls `options.stepCallback` with its
 * steps, which the scratch drawing counts (svgDrawProblem). Why an element counts 20: making
 * one (its style looked up, its ancestors made again for a marker or pattern) was measured at
 * tens of times the work of a command or an operator.
 */
const STEPS: [string, string][] = [
  [
    "var SvgElem = function(obj, inherits) {",
    "if (options.stepCallback) options.stepCallback(20);",
  ],
  ["this.addCommand = function(data) {", "if (options.stepCallback) options.stepCallback(1);"],
];

/**
 * svg-to-pdfkit's source with the loop replaced and the steps counted; throws when what it
 * replaces is not found once.
 */
export function patchedSvgToPdf(source: string): string {
  const once = (text: string) => source.split(text).length === 2;
  if (
    !once("this.pathCommands.shift()") ||
    !SHIFTING.test(source) ||
    !STEPS.every(([at]) => once(at))
  )
    throw new Error("svg-to-pdfkit: its source is not as pinned (0.1.8); see svg-draw.ts");
  return STEPS.reduce(
    (text, [at, call]) => text.replace(at, `${at} ${call}`),
    source.replace(SHIFTING, WALKING),
  );
}

/** Whether an image's bytes are an SVG's text, as src/load/svg-image.ts hands them on. */
export function isSvgText(bytes: Uint8Array): boolean {
  return bytes[0] === 0x3c; // "<": a PNG or JPEG starts otherwise
}

/**
 * Draws a checked SVG (src/load/svg-image.ts) as vector shapes into the box, its viewBox
 * fitted as the SVG says (centred by default). Why svg-to-pdfkit: the SVG renderer made for
 * pdfkit, drawing paths, gradients, patterns, clip paths and masks as PDF shapes.
 * The check has refused what would make it read anything (images, other documents, fonts):
 * the callbacks refuse them again rather than let it open a path.
 */
export function drawSvg(
  doc: PDFDocument,
  bytes: Uint8Array,
  box: { x: number; y: number; width: number; height: number },
  memo: SvgMemo,
  step?: (steps: number) => void,
): void {
  memo.draw ??= loadSvgToPdf();
  const refuse = (what: string) => () => {
    throw new Error(`an SVG image may not name ${what}`);
  };
  doc.save();
  memo.draw(doc, Buffer.from(bytes).toString("utf8"), box.x, box.y, {
    width: box.width,
    height: box.height,
    assumePt: true,
    // What it cannot draw it skips; the check has refused what would be lost without a word.
    warningCallback: () => {},
    fontCallback: refuse("a font"),
    imageCallback: refuse("an image file"),
    stepCallback: step,
  });
  doc.restore();
}

/**
 * svg-to-pdfkit, patched, evaluated as the CommonJS script it is (it requires nothing). Loaded
 * when a letter draws an SVG: most never do.
 */
function loadSvgToPdf(): SvgToPdf {
  const file = createRequire(import.meta.url).resolve("svg-to-pdfkit/source.js");
  const module = { exports: {} as unknown };
  new Function("module", "exports", patchedSvgToPdf(readFileSync(file, "utf8")))(
    module,
    module.exports,
  );
  return module.exports as SvgToPdf;
}

/**
 * The steps drawing one SVG may take: elements made and PDF objects added (20 each), outline
 * commands added and drawing operators written, as svg-to-pdfkit draws it (see STEPS). Why:
 * the check before drawing (src/load/svg-image.ts) counts what an SVG names, but not what it
 * inherits or what its style sheet applies: a group's `marker-mid` or `fill="url(#pattern)"`
 * is drawn again for every vertex or shape of every path in it (a pattern's PDF objects with
 * it), so 5 kB drew for ever. The most any of 18,126 SVGs of four icon and flag sets takes is
 * 644,000 steps (the coat of arms of Serbia, most of it commands gathered to measure its clip
 * paths; no flag or simple icon adds more than 142 objects); the limit is some twice that.
 */
export const MAX_SVG_DRAW_STEPS = 1_500_000;

/**
 * Why a checked SVG cannot be drawn, or null: it is drawn once on a scratch page when it is
 * read. Why: what pdfkit refuses while drawing (a coordinate past 10^21, which a number of 500
 * digits or a scale of a scale makes) would otherwise end the PDF writer, at no place in the
 * letter; tried here, it is an error at the data field that names the SVG. So is a drawing
 * that takes over MAX_SVG_DRAW_STEPS steps: the letter draws it the same way again.
 */
export function svgDrawProblem(bytes: Uint8Array, memo: SvgMemo): string | null {
  const known = memo.tried.get(bytes);
  if (known !== undefined) return known;
  let problem: string | null = null;
  let steps = 0;
  const step = (n = 1) => {
    steps += n;
    if (steps > MAX_SVG_DRAW_STEPS)
      throw new Error(
        `drawing it takes over ${MAX_SVG_DRAW_STEPS.toLocaleString("en-US")} steps once the markers, patterns and styles its shapes inherit are multiplied out`,
      );
  };
  try {
    const doc = new PDFDocument({ autoFirstPage: false, compress: false, font: null } as object);
    doc.addPage({ size: [100, 100], margin: 0 });
    // Every drawing operator reaches the page through addContent; every PDF object a pattern,
    // a gradient or a group adds (each time it is painted) is made by ref.
    const page = doc as unknown as {
      addContent(data: string): unknown;
      ref(data?: object): unknown;
    };
    const write = page.addContent.bind(doc);
    const ref = page.ref.bind(doc);
    page.addContent = (data) => {
      step(1);
      return write(data);
    };
    page.ref = (data) => {
      step(20);
      return ref(data);
    };
    drawSvg(doc, bytes, { x: 0, y: 0, width: 100, height: 100 }, memo, step);
  } catch (e) {
    problem = (e as Error).message;
  }
  memo.tried.set(bytes, problem);
  return problem;
}
