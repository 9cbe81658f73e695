import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Rendered } from "../src/pipeline.js";
import { senateLetter } from "./helpers/letters.js";
import {
  expectCellsApart,
  expectFontsEmbedded,
  expectInsideMargins,
  expectNamesInOrder,
  expectRowsWhole,
} from "./helpers/pdf-checks.js";
import { extractPdf } from "./helpers/pdf-text.js";
import { greyPng } from "./helpers/png-chunk.js";
import { render } from "./helpers/render.js";
import { tempDir } from "./helpers/temp-dir.js";

const signers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Signer Number ${i + 1}`,
    title: "United States Senator",
  }));

describe.each([
  { n: 1, columns: 2 },
  { n: 40, columns: 3 },
  { n: 7, columns: 1 },
])("a letter with $n signers in $columns columns", ({ n, columns }) => {
  it("prints every name once, in order, in whole rows, inside the margins", async () => {
    const r = await render(senateLetter(n, columns));
    const pdf = await extractPdf(r.pdf as Uint8Array);
    expectNamesInOrder(
      pdf,
      signers(n).map((s) => s.name),
    );
    expectRowsWhole(pdf, signers(n), columns);
    expectInsideMargins(pdf, 72);
    expectCellsApart(r.laidOut as NonNullable<Rendered["laidOut"]>);
    expectFontsEmbedded(r.pdf as Uint8Array);
    const closing = pdf.items.find((i) => i.str === "Sincerely,");
    expect(closing?.page).toBe(pdf.items.find((i) => i.str === "Signer Number 1")?.page);
  });

  it("lays the grid out in columns of equal width, left to right", async () => {
    const r = await render(senateLetter(n, columns), ["pdf"]);
    const cells = (r.laidOut as NonNullable<Rendered["laidOut"]>).pages.flatMap((p) => p.cells);
    expect(cells).toHaveLength(n);
    const xs = [...new Set(cells.map((c) => Math.round(c.x)))].sort((a, b) => a - b);
    expect(xs).toHaveLength(Math.min(n, columns));
    for (const [i, c] of cells.entries()) expect(Math.round(c.x)).toBe(xs[i % columns]);
  });
});

it("numbers pages only when the letter has several pages", async () => {
  const one = await extractPdf((await render(senateLetter(1, 2))).pdf as Uint8Array);
  expect(one.pages).toHaveLength(1);
  expect(one.items.some((i) => /^Page \d/.test(i.str))).toBe(false);
  const many = await extractPdf((await render(senateLetter(40, 3))).pdf as Uint8Array);
  expect(many.pages.length).toBeGreaterThan(1);
  const numbers = many.items.flatMap((i) => {
    const m = / — Page (\d+)$/.exec(i.str);
    return m ? [[i.page, `Page ${m[1]}`]] : [];
  });
  expect(numbers).toEqual(many.pages.slice(1).map((_, k) => [k + 2, `Page ${k + 2}`]));
});

it("lays the signature grid out as text columns in the plain text", async () => {
  const r = await render(senateLetter(3, 2), ["txt"]);
  const txt = r.txt as string;
  expect(txt).toMatch(/^Signer Number 1 {2,}Signer Number 2$/m);
  expect(txt).toMatch(/^Signer Number 3$/m);
  expect(txt).toMatch(/Sincerely,\n\n\n\nSigner Number 1/);
});

it("scales a signer's signature image into the space above the name", async () => {
  const src = senateLetter(2, 2);
  src.text = src.text.replace(
    "  - name: Signer Number 1\n",
    "  - name: Signer Number 1\n    image: signatures/scribble.png\n",
  );
  const r = await render(src);
  const page = (r.laidOut as NonNullable<Rendered["laidOut"]>).pages.find((p) =>
    p.cells.some((c) => c.label === "Signer Number 1"),
  );
  const cell = page?.cells.find((c) => c.label === "Signer Number 1");
  const image = page?.items.find((i) => i.kind === "image");
  const name = page?.items.find((i) => i.kind === "text" && i.text === "Signer Number 1");
  expect(cell && image && name).toBeTruthy();
  if (!cell || !image || !name) return;
  expect(image.x).toBeGreaterThanOrEqual(cell.x);
  expect(image.x + image.width).toBeLessThanOrEqual(cell.x + cell.width + 0.001);
  expect(image.y).toBeGreaterThanOrEqual(cell.y - 0.001);
  expect(image.y + image.height).toBeLessThanOrEqual(name.y - 10);
  expect(image.width / image.height).toBeCloseTo(240 / 80, 2);
  expect(Buffer.from(r.pdf as Uint8Array).toString("latin1")).toMatch(/\/Subtype \/Image/);
});

it("draws a signature image at most 3 inches wide, however wide it is made", async () => {
  // Before, a signature 20 times as wide as high filled the whole text width (468pt), 23pt
  // high: the grid fitted it to its cell's width and the space's height, nothing more.
  const dir = tempDir("wide-signature");
  writeFileSync(join(dir, "wide.png"), greyPng(400, 20));
  const src = senateLetter(1, 1);
  src.file = join(dir, "letter.yaml");
  src.text = src.text.replace(
    "  - name: Signer Number 1\n",
    "  - name: Signer Number 1\n    image: wide.png\n",
  );
  const r = await render(src);
  const images = (r.laidOut as NonNullable<Rendered["laidOut"]>).pages
    .flatMap((p) => p.items)
    .filter((i) => i.kind === "image");
  expect(images.map((i) => [i.width, i.height])).toEqual([[216, 216 / 20]]);
});

it("balances the last page of a grid when asked: rows shared evenly, first row kept with the closing", async () => {
  const rowsPerPage = async (extra: string) => {
    const r = await render(senateLetter(34, 2, extra));
    const doc = r.laidOut as NonNullable<typeof r.laidOut>;
    return doc.pages.map((p) => p.cells.length / 2);
  };
  const plain = await rowsPerPage("");
  const balanced = await rowsPerPage("balance: true\n");
  // Unbalanced, the last page holds a lone row under a full page: the case balancing is for.
  expect(plain.at(-1)).toBeLessThan((plain.at(-2) ?? 0) - 1);
  expect(balanced.reduce((a, b) => a + b)).toBe(17);
  expect(Math.abs((balanced.at(-1) ?? 0) - (balanced.at(-2) ?? 0))).toBeLessThanOrEqual(1);
  expect(balanced.slice(0, -2)).toEqual(plain.slice(0, -2));
});
