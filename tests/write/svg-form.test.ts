import { writeFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { openPdf } from "../../src/raster/open-pdf.js";
import { createResources, type Resources } from "../../src/resources.js";
import { drawSvg, svgDrawProblem } from "../../src/write/svg-draw.js";
import { formOf, MAX_FORMS, svgPlacer } from "../../src/write/svg-form.js";
import { newSvgMemo, type SvgMemo, type SvgToPdf } from "../../src/write/svg-memo.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { elements, readTagged, taggedProblems } from "../helpers/pdf-structure.js";
import { FIXED_DATE, ROOT } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

// An SVG is drawn once per PDF, as a form XObject each page that shows it places with Do, and
// once per thread: a merge's letters copy what svg-to-pdfkit wrote (src/write/svg-form.ts).

const NS = 'xmlns="http://www.w3.org/2000/svg"';
/** A logo with what svg-to-pdfkit makes PDF objects for: gradients (one fading), a pattern, a mask, opacity. */
const LOGO = `<svg ${NS} width="120" height="60" viewBox="0 0 120 60"><defs><linearGradient id="g"><stop offset="0" stop-color="#1b5e9e"/><stop offset="1" stop-color="#33a3c4" stop-opacity="0.6"/></linearGradient><pattern id="p" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.5" fill="#c0392b"/></pattern><mask id="m"><rect width="120" height="60" fill="#fff"/><circle cx="95" cy="30" r="10" fill="#000"/></mask></defs><rect width="120" height="60" rx="8" fill="url(#g)"/><g opacity="0.8"><circle cx="30" cy="30" r="20" fill="#f39c12"/></g><rect x="70" y="5" width="45" height="50" fill="url(#p)" mask="url(#m)"/></svg>`;
const SIGNATURE = `<svg ${NS} width="2in" height="0.6in" viewBox="0 0 200 60"><path d="M5 40 C 25 5, 40 60, 60 30 S 140 50, 195 35" fill="none" stroke="#123" stroke-width="2.5" stroke-opacity="0.9"/></svg>`;

const PARAGRAPH = "Our warehouse received the first container last week. ".repeat(16);

/**
 * A letter to `name` whose logo shows in the letterhead and, as large (1 inch), in the body
 * on pages 2 and 3; with `signature`, signed with the SVG signature.
 */
function letter(dir: string, name: string, signature = false) {
  writeFileSync(join(dir, "logo.svg"), LOGO);
  writeFileSync(join(dir, "sig.svg"), SIGNATURE);
  const body = [
    ...Array(5).fill(PARAGRAPH),
    "![Example Co](logo.svg){width=1in}",
    ...Array(5).fill(PARAGRAPH),
    "![Example Co](logo.svg){width=1in}",
  ];
  const text = `template: business
sender: { company: Example Co, address: [1 Main Street], logo: logo.svg }
date: 2024-05-14
recipient: [${name}]
salutation: "Dear ${name}:"
body: |
${body.map((b) => `  ${b}`).join("\n\n")}
closing: Sincerely,
signer: { name: Jane Doe${signature ? ", image: sig.svg" : ""} }
`;
  return { file: join(dir, "letter.yaml"), text };
}

async function pdfOf(source: { file: string; text: string }, res: Resources): Promise<Buffer> {
  const opts = {
    ...letterOptions({ formats: ["pdf"], creationDate: FIXED_DATE.getTime() }),
    cwd: ROOT,
  };
  return Buffer.from((await renderLetter(source, opts, res)).pdf as Uint8Array);
}

/** Counts svg-to-pdfkit's drawings in the thread from now on (it is loaded by a first letter). */
function countDrawings(memo: SvgMemo): { n: number } {
  const count = { n: 0 };
  const draw = memo.draw as SvgToPdf;
  memo.draw = (...args) => {
    count.n++;
    draw(...args);
  };
  return count;
}

/** The form XObjects svg-form.ts made: placed at the box's corner, drawn MARGIN inside it. */
const svgForms = (dump: string) => dump.match(/\/Matrix \[1 0 0 1 -36 -36\]/g) ?? [];

describe("an SVG drawn as a form", () => {
  it("is drawn once in a letter that shows it on three pages, each page placing it with Do", async () => {
    const dir = tempDir("svg-form");
    const res = createResources();
    svgDrawProblem(Buffer.from(`<svg ${NS}/>`), res.pdf.svg); // loads svg-to-pdfkit
    const drawings = countDrawings(res.pdf.svg);
    const dump = pdfDump(await pdfOf(letter(dir, "Ann Lee"), res));
    // Once when it is read and checked (svg-draw.ts), once as the form: not once per page.
    expect(drawings.n).toBe(2);
    expect(svgForms(dump)).toHaveLength(1);
    const pages = dump.split(/\n(?=\d+ 0 obj <<\n?\/Type \/Page\b)/).length;
    expect(pages).toBeGreaterThan(1);
    expect(dump.match(/^ {2}\/SVG1 Do$/gm)).toHaveLength(3);
    // The pages' content holds no drawing of it: each places the form at the box's corner.
    expect(dump).toMatch(/^ {2}q\n {2}1 0 0 1 72 54 cm\n {2}\/SVG1 Do\n {2}Q$/m);
  });

  // From the review: a drawing the thread does not keep (larger than its memo) was drawn again
  // at each place it showed, and the copies thrown away.
  it("is drawn once in a letter also when the thread cannot keep it", async () => {
    const res = createResources();
    svgDrawProblem(Buffer.from(`<svg ${NS}/>`), res.pdf.svg);
    res.pdf.svg.forms.kept = new (class extends Map<string, never> {
      override set() {
        return this;
      }
    })();
    const drawings = countDrawings(res.pdf.svg);
    const dump = pdfDump(await pdfOf(letter(tempDir("svg-form"), "Ann Lee"), res));
    expect([drawings.n, dump.match(/^ {2}\/SVG1 Do$/gm)?.length]).toEqual([2, 3]);
  });

  it("is drawn once per thread: the next letters copy it", async () => {
    const res = createResources();
    await pdfOf(letter(tempDir("svg-form"), "Ann Lee", true), res);
    const drawings = countDrawings(res.pdf.svg);
    const dir = tempDir("svg-form-next");
    for (const name of ["Bo Chen", "Cy Diaz", "Di Ezra"]) await pdfOf(letter(dir, name, true), res);
    // The logo and the signature: checked once each when first read from this folder, drawn never.
    expect(drawings.n).toBe(2);
  });

  it("gives a letter the same bytes whatever the thread drew before", async () => {
    const dir = tempDir("svg-form");
    const alone = await pdfOf(letter(dir, "Ann Lee"), createResources());
    const res = createResources();
    // The same SVGs drawn before, at other sizes and in other orders, and the letter itself.
    await pdfOf(letter(dir, "Bo Chen", true), res);
    await pdfOf(letter(dir, "Ann Lee"), res);
    await pdfOf(letter(dir, "Cy Diaz", true), res);
    const after = await pdfOf(letter(dir, "Ann Lee"), res);
    expect(after.equals(alone)).toBe(true);
    expect(res.pdf.svg.forms.kept.size).toBeGreaterThan(0);
  });

  it("is tagged as before: each placement is the content of a Figure with its alt text", async () => {
    const pdf = await pdfOf(letter(tempDir("svg-form"), "Ann Lee"), createResources());
    const tagged = await readTagged(pdf);
    const figures = tagged.pages.map(
      (p) => elements(p.tree).filter((e) => e.role === "Figure").length,
    );
    expect(figures).toEqual([1, 1, 1]);
    // pdf.js reads a form's operators where it is placed: each is inside the Figure's mark.
    expect(taggedProblems(tagged)).toEqual([]);
  });
});

/** A pdfkit document with a letter-sized page, uncompressed, and its bytes once ended. */
function scratchPdf() {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, font: null } as object);
  doc.addPage({ size: [612, 792], margin: 0 });
  const chunks: Buffer[] = [];
  const stream = doc as unknown as NodeJS.ReadableStream;
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<string>((resolve) =>
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("latin1"))),
  );
  return { doc, done };
}

const BOX = { x: 100, y: 150, width: 240, height: 120 };

/** The pixels (72 dpi, RGBA) of a page on which `svg` is placed as a form, or drawn in place. */
async function pixels(
  how: "form" | "in place",
  svg = LOGO,
): Promise<Uint8ClampedArray | Uint8Array> {
  const memo = newSvgMemo();
  const { doc, done } = scratchPdf();
  if (how === "form") svgPlacer(doc, memo)(Buffer.from(svg), BOX);
  else drawSvg(doc, Buffer.from(svg), BOX, memo);
  doc.end();
  const pages = await openPdf(Buffer.from(await done, "latin1"), "logo.pdf");
  const page = await pages.draw(1, 72);
  await pages.close();
  return page.data;
}

describe("the thread's drawn SVGs", () => {
  it("look as the SVG drawn in place did: gradients, the fading one, pattern, mask, opacity", async () => {
    const [form, inPlace] = [await pixels("form"), await pixels("in place")];
    expect(form.length).toBe(inPlace.length);
    let most = 0;
    let inked = 0;
    for (let i = 0; i < form.length; i++) {
      most = Math.max(most, Math.abs((form[i] ?? 0) - (inPlace[i] ?? 0)));
      if ((form[i] ?? 255) < 200) inked++;
    }
    // Edges may round differently by a shade or two; nothing goes missing or moves.
    expect(most).toBeLessThanOrEqual(8);
    expect(inked).toBeGreaterThan(10_000);
  });

  it("clip what an SVG draws outside its box (overflow visible), as a browser does", async () => {
    // A red disc centred on the viewBox's corner: three quarters of it lie outside.
    const svg = `<svg ${NS} viewBox="0 0 100 50" overflow="visible"><circle cx="100" cy="50" r="30" fill="#ff0000"/></svg>`;
    const red = (data: Uint8ClampedArray | Uint8Array) => {
      const at: [number, number][] = [];
      for (let i = 0; i < data.length; i += 4)
        if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 255) < 60)
          at.push([(i / 4) % 612, Math.floor(i / 4 / 612)]);
      return at;
    };
    const inside = ([x, y]: [number, number]) =>
      x >= BOX.x && x < BOX.x + BOX.width && y >= BOX.y && y < BOX.y + BOX.height;
    const before = red(await pixels("in place", svg));
    const now = red(await pixels("form", svg));
    expect(before.some((p) => !inside(p))).toBe(true);
    expect(now.length).toBeGreaterThan(1000);
    expect(now.every(inside)).toBe(true);
  });

  it("are bounded: past MAX_FORMS drawings the memo starts afresh", () => {
    const memo = newSvgMemo();
    const { doc } = scratchPdf();
    const place = svgPlacer(doc, memo);
    const bytes = Buffer.from(LOGO);
    let most = 0;
    for (let w = 10; w < 10 + MAX_FORMS + 8; w++) {
      place(bytes, { x: 10, y: 10, width: w, height: 20 });
      most = Math.max(most, memo.forms.kept.size);
    }
    expect(most).toBe(MAX_FORMS);
    expect(memo.forms.kept.size).toBe(8);
    const sizes = [...memo.forms.kept.values()].reduce((n, f) => n + (f?.size ?? 0), 0);
    expect(memo.forms.bytes).toBe(sizes);
  });

  it("are bounded by their bytes too; one larger than the memo is not kept and keeps the others", () => {
    const memo = newSvgMemo();
    const most = { forms: MAX_FORMS, bytes: 1000 };
    const form = (size: number) => () => ({
      content: Buffer.alloc(0),
      objects: [],
      ended: [],
      resources: {},
      size,
    });
    formOf("a", form(400), memo.forms, most);
    formOf("b", form(400), memo.forms, most);
    formOf("huge", form(5000), memo.forms, most);
    expect([...memo.forms.kept.keys()]).toEqual(["a", "b"]);
    formOf("c", form(400), memo.forms, most);
    expect([...memo.forms.kept.keys()]).toEqual(["c"]);
    expect(memo.forms.bytes).toBe(400);
  });

  it("that cannot be copied into another PDF (a link) are drawn in place, as before", async () => {
    // The SVG check refuses links; this draws one past it, as a drawing the copy cannot carry.
    const linked = `<svg ${NS} viewBox="0 0 10 10"><a href="https://example.com/"><rect width="10" height="10" fill="#c0392b"/></a></svg>`;
    const memo = newSvgMemo();
    const { doc, done } = scratchPdf();
    const place = svgPlacer(doc, memo);
    place(Buffer.from(linked), { x: 10, y: 10, width: 50, height: 50 });
    place(Buffer.from(linked), { x: 10, y: 100, width: 50, height: 50 });
    doc.end();
    const pdf = await done;
    expect([...memo.forms.kept.values()]).toEqual([null]);
    expect(pdf).not.toContain("/SVG1 Do");
    expect(pdf.match(/\/Subtype \/Link/g)).toHaveLength(2);
  });
});
