import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_SVG_DEPTH } from "../../src/load/svg-image.js";
import { openPdf } from "../../src/raster/open-pdf.js";
import { caught } from "../helpers/errors.js";
import { elements, readTagged, taggedProblems } from "../helpers/pdf-structure.js";
import { render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
/** Four bars in #c0392b from x 40 to 330 of a 400 × 200 chart, on a light grey ground. */
const CHART = `<svg ${NS} viewBox="0 0 400 200"><rect width="400" height="200" fill="#f7f7f7"/><g id="bar"><rect x="40" y="120" width="50" height="60" fill="#c0392b"/></g><use xlink:href="#bar" transform="translate(96 0)"/><use xlink:href="#bar" transform="translate(192 0)"/><rect x="280" y="100" width="50" height="80" fill="#c0392b"/></svg>`;
const LOGO = `<svg ${NS} width="48px" height="48px"><defs><linearGradient id="g"><stop offset="0" stop-color="#1b5e9e"/><stop offset="1" stop-color="#33a3c4"/></linearGradient></defs><rect width="48" height="48" rx="8" fill="url(#g)"/></svg>`;
const SIGNATURE = `<svg ${NS} width="2in" height="0.6in" viewBox="0 0 200 60"><path d="M5 40 C 25 5, 40 60, 60 30 S 140 50, 195 35" fill="none" stroke="#123" stroke-width="2.5"/></svg>`;

/** A business letter with an SVG logo, an SVG chart 3 inches wide in its body, an SVG signature. */
async function letterWithSvgs() {
  const dir = tempDir("svg-letter");
  writeFileSync(join(dir, "chart.svg"), CHART);
  writeFileSync(join(dir, "logo.svg"), LOGO);
  writeFileSync(join(dir, "sig.svg"), SIGNATURE);
  const text = `template: business
sender: { company: Example Co, address: [1 Main Street], logo: logo.svg }
date: 2024-05-14
recipient: [Ms. Ann Lee]
subject: A subject
salutation: "Dear Ms. Lee:"
body: |
  Sales rose in every quarter.

  ![Sales by quarter](chart.svg){width=3in}

  Thank you.
closing: Sincerely,
signer: { name: Jane Doe, image: sig.svg }
`;
  return render({ file: join(dir, "letter.yaml"), text });
}

/** A short business letter whose logo is `svg`, written as logo.svg in `dir`. */
function logoLetter(svg: string, dir = tempDir("svg-logo")) {
  writeFileSync(join(dir, "logo.svg"), svg);
  const text = `template: business
sender: { company: Example Co, address: [1 Main Street], logo: logo.svg }
date: 2024-05-14
recipient: [Ms. Ann Lee]
salutation: "Dear Ms. Lee:"
body: Thank you.
closing: Sincerely,
signer: { name: Jane Doe }
`;
  return render({ file: join(dir, "letter.yaml"), text });
}

/** The box (in points from the top left, at 72 dpi) of the pixels of one colour on page 1. */
async function boxOf(pdf: Uint8Array, [r, g, b]: number[]) {
  const pages = await openPdf(pdf, "letter.pdf");
  const page = await pages.draw(1, 72);
  await pages.close();
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let y = 0; y < page.height; y++)
    for (let x = 0; x < page.width; x++) {
      const i = (y * page.width + x) * 4;
      const near = (v: number | undefined, w: number) => Math.abs((v ?? 0) - w) < 8;
      if (!near(page.data[i], r as number) || !near(page.data[i + 1], g as number)) continue;
      if (!near(page.data[i + 2], b as number)) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x + 1);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y + 1);
    }
  return box;
}

describe("an SVG image in a letter", () => {
  it("is drawn as shapes where the layout puts it, at the size asked, its viewBox filling it", async () => {
    const { pdf } = await letterWithSvgs();
    const bars = await boxOf(pdf as Uint8Array, [0xc0, 0x39, 0x2b]);
    // 3 inches centred on the 8.5-inch page: 198 to 414 pt; the bars span 40/400 to 330/400 of it.
    expect(bars.left).toBeCloseTo(198 + (216 * 40) / 400, -0.5);
    expect(bars.right).toBeCloseTo(198 + (216 * 330) / 400, -0.5);
    // The chart is 1.5 inches high; its bars 60/200 and 80/200 of that, on a common base.
    expect(bars.bottom - bars.top).toBeCloseTo((108 * 80) / 200, -0.5);
  });

  it("is a Figure with its alt text, tagged as PDF/UA asks, and no image object", async () => {
    const { pdf } = await letterWithSvgs();
    const tagged = await readTagged(pdf as Uint8Array);
    const figures = tagged.pages.flatMap((p) =>
      elements(p.tree).filter((e) => e.role === "Figure"),
    );
    expect(figures.map((f) => f.alt)).toEqual([
      "Example Co",
      "Sales by quarter",
      "Signature of Jane Doe",
    ]);
    expect(taggedProblems(tagged)).toEqual([]);
    expect(tagged.raw).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it("shows as its alt text in the text output", async () => {
    const { txt } = await letterWithSvgs();
    expect(txt).toMatch(/^ +\[Sales by quarter\]$/m);
  });

  it("is drawn nested as deep as the check allows, in the thread that renders", async () => {
    const depth = MAX_SVG_DEPTH - 4;
    const group = '<g opacity="0.99" transform="translate(0.01 0)">';
    const svg = `<svg ${NS} viewBox="0 0 10 10">${group.repeat(depth)}<rect width="5" height="5"/>${"</g>".repeat(depth)}</svg>`;
    const { pdf } = await logoLetter(svg);
    expect((await readTagged(pdf as Uint8Array)).pages.length).toBe(1);
  });

  it("that pdfkit cannot draw (a coordinate of 500 digits) is an error at the field that names it", async () => {
    const dir = tempDir("svg-unfit");
    const svg = `<svg ${NS} viewBox="0 0 10 10"><path d="M0 0 L${"1".repeat(500)} 1"/></svg>`;
    const failed = await caught(() => logoLetter(svg, dir));
    expect(failed.problems[0]).toMatchObject({
      message: `SVG image ${join(dir, "logo.svg")} cannot be drawn: unsupported number: Infinity`,
      location: { file: join(dir, "letter.yaml"), line: 2, path: "sender.logo" },
    });
  });

  // The check before drawing counts what each element names; these shapes inherit what
  // multiplies them (a group's marker or fill, a style sheet's rule), so each drew for minutes.
  const path = `<path d="M0 0${Array.from({ length: 1000 }, (_, i) => ` L${i % 9} ${(i * 7) % 9}`).join("")}"/>`;
  const rects = '<rect width="1" height="1"/>'.repeat(30);
  const pattern = (id: string, inner: string) =>
    `<pattern id="${id}" width="4" height="4" patternUnits="userSpaceOnUse">${inner}</pattern>`;
  it.each([
    [
      "a marker at every vertex of every path of a group that names it",
      `<defs><marker id="m">${path}</marker></defs><g marker-mid="url(#m)" stroke="#000">${path.repeat(30)}</g>`,
    ],
    [
      "a pattern a style sheet fills every shape with",
      `<style>rect { fill: url(#p) }</style><defs>${pattern("p", "<circle r='1'/>".repeat(1000))}</defs>${rects.repeat(40)}`,
    ],
    [
      "patterns whose shapes inherit the next pattern, five deep",
      `<defs>${[1, 2, 3, 4].map((i) => pattern(`p${i}`, `<g fill="url(#p${i + 1})">${rects}</g>`)).join("")}${pattern("p5", "<rect/>")}</defs><g fill="url(#p1)">${rects}</g>`,
    ],
  ])("that multiplies through %s is an error at its field, in seconds", async (_, inner) => {
    const dir = tempDir("svg-inherited");
    const failed = await caught(() =>
      logoLetter(`<svg ${NS} viewBox="0 0 10 10">${inner}</svg>`, dir),
    );
    expect(failed.problems[0]).toMatchObject({
      message: `SVG image ${join(dir, "logo.svg")} cannot be drawn: drawing it takes over 1,500,000 steps once the markers, patterns and styles its shapes inherit are multiplied out`,
      location: { file: join(dir, "letter.yaml"), line: 2, path: "sender.logo" },
    });
  });
});
