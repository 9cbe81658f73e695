import { beforeAll, describe, expect, it } from "vitest";
import type { Rendered } from "../src/pipeline.js";
import { expectInsideMargins } from "./helpers/pdf-checks.js";
import { extractPdf, type PdfContent } from "./helpers/pdf-text.js";
import { ROOT, render } from "./helpers/render.js";

/** A senate letter around a Markdown body: what every letter of this file shares. */
const HEAD = `${["template: senate", "letterhead: { org: United States Senate }", "date: 2020-01-01", "recipient: [The Honorable Jane Doe]", "salutation: Dear Secretary Doe,", "body: |"].join("\n")}\n`;
const TAIL = "closing: Sincerely,\nsigners:\n  - name: Jane Doe\n";

// A letter long enough that footnotes fall on several pages and the table crosses pages.
const N = 11;
const paras = Array.from(
  { length: N },
  (_, i) =>
    `  Paragraph ${i + 1} says something about the matter at hand, long enough to wrap over two lines of the letter.[^n${i + 1}]`,
).join("\n\n");
const notes = Array.from(
  { length: N },
  (_, i) => `  [^n${i + 1}]: Note number ${i + 1} explains paragraph ${i + 1}.`,
).join("\n");
const rows = Array.from({ length: 60 }, (_, i) => `  | Item ${i + 1} | ${i * 3} | ok |`).join("\n");
const letter = {
  file: `${ROOT}/data/inline-notes.yaml`,
  text: `${HEAD}${paras}

  | Site | Batches | Result |
  |:-----|--------:|:------:|
${rows}

${notes}
${TAIL}`,
};

describe("footnotes and tables on paper", () => {
  let r: Rendered;
  let pdf: PdfContent;
  beforeAll(async () => {
    r = await render(letter);
    pdf = await extractPdf(r.pdf as Uint8Array);
  });

  it("sets each note at the foot of the page that carries its reference", () => {
    for (let n = 1; n <= N; n++) {
      const para = pdf.items.find((i) =>
        i.str.startsWith(`Paragraph ${n} `),
      ) as PdfContent["items"][number];
      const note = pdf.items.find((i) => i.str.includes(`Note number ${n} `));
      expect(note, `note ${n}`).toBeDefined();
      const refLine = pdf.items.filter(
        (i) => i.page === para.page && i.str === String(n) && i.height < para.height,
      );
      expect(refLine.length, `reference ${n} set small`).toBeGreaterThan(0);
      const page = para.page;
      expect(note?.page, `note ${n} on the page of its reference`).toBe(page);
      const bodyBottom = Math.max(
        ...pdf.items
          .filter(
            (i) =>
              i.page === page && !i.str.includes("Note number") && i.height >= para.height - 0.5,
          )
          .map((i) => i.y),
      );
      expect(note?.top ?? 0, `note ${n} below the text`).toBeGreaterThan(bodyBottom);
    }
    expectInsideMargins(pdf, 72);
  });

  it("raises a reference above its line's baseline", () => {
    const para = pdf.items.find((i) =>
      i.str.startsWith("Paragraph 1 "),
    ) as PdfContent["items"][number];
    const ref = pdf.items.find(
      (i) => i.page === para.page && i.str === "1" && i.height < para.height,
    );
    const line = pdf.items.find(
      (i) => i.page === para.page && i.str.endsWith("letter.") && Math.abs(i.y - (ref?.y ?? 0)) < 6,
    );
    expect(line).toBeDefined();
    expect(ref?.y ?? 0).toBeLessThan((line?.y ?? 0) - 2);
  });

  it("repeats the table's header on every page it continues on", () => {
    const pagesWithRows = new Set(
      pdf.items.filter((i) => /^Item \d+$/.test(i.str)).map((i) => i.page),
    );
    expect(pagesWithRows.size).toBeGreaterThan(1);
    for (const p of pagesWithRows) {
      const head = pdf.items.find((i) => i.page === p && i.str === "Site");
      const first = pdf.items.find((i) => i.page === p && /^Item \d+$/.test(i.str));
      expect(head, `header on page ${p}`).toBeDefined();
      expect(head?.y ?? 0).toBeLessThan(first?.y ?? 0);
    }
  });

  it("lists the notes after the letter in the text output", () => {
    const txt = r.txt as string;
    expect(txt).toContain("two lines of the letter.[1]");
    // "paragraph 1" and "Item 1" are tied (U+00A0), as a numbered part's noun and its number.
    expect(txt).toMatch(/----------\n\[1\] Note number 1 explains paragraph\s1\.\n/);
    expect(txt).toContain(
      "Site     Batches  Result\n-------  -------  ------\nItem\u00a01         0    ok",
    );
  });
});

describe("a footnote too long for the room under its reference", () => {
  const filler = Array.from(
    { length: 9 },
    (_, i) =>
      `  Filler paragraph ${i + 1} takes up room on the first page, with enough words to wrap over three lines of the letter body at this size and measure, so the reference falls low.`,
  ).join("\n\n");
  const sentences = Array.from({ length: 120 }, (_, i) => `Sentence ${i + 1} of the long note.`);
  const long = {
    file: `${ROOT}/data/inline-long-note.yaml`,
    text: `${HEAD}${filler}

  The paragraph that refers to the long note.[^long] It goes on after the reference.

${filler}

  [^long]: ${sentences.join(" ")}
${TAIL}`,
  };

  it("keeps its first lines on that page and continues at the foot of the next", async () => {
    const r = await render(long);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const ref = pdf.items.find((i) => i.str.includes("refers to the long note"));
    const pageOf = (s: string) => pdf.items.find((i) => i.str.includes(s))?.page;
    expect(pageOf("Sentence 1 of")).toBe(ref?.page);
    expect(pageOf("Sentence 120 of")).toBe((ref?.page ?? 0) + 1);
    // Every sentence once, in order, page after page.
    const text = pdf.items
      .filter((i) => i.height < 10 && !i.str.includes("Jane Doe"))
      .map((i) => i.str)
      .join(" ");
    let from = 0;
    for (const s of sentences) {
      const at = text.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      from = at + s.length;
    }
    expectInsideMargins(pdf, 72);
  });

  // letters22: with the reference in a paragraph's last line, stuck to the lines before it,
  // the note was never split: the paragraph left for the next page, half a page left blank.
  it("splits it also when the reference ends its paragraph", async () => {
    const atEnd = {
      ...long,
      file: `${ROOT}/data/inline-long-note-end.yaml`,
      text: long.text.replace(
        "The paragraph that refers to the long note.[^long] It goes on after the reference.",
        "The paragraph goes on for a while before its reference, so that it wraps over two lines, and then refers to the long note.[^long]",
      ),
    };
    const r = await render(atEnd);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const pageOf = (s: string) => pdf.items.find((i) => i.str.includes(s))?.page;
    expect(pageOf("refers to the long")).toBe(pageOf("Filler paragraph 9 takes"));
    expect(pageOf("Sentence 1 of")).toBe(pageOf("refers to the long"));
    expect(pageOf("Sentence 120 of")).toBe((pageOf("refers to the long") ?? 0) + 1);
    expectInsideMargins(pdf, 72);
  });
});

// Before, a note referred to from a table cell had its mark drawn in the cell and its text
// nowhere: the note was lost from the PDF (the text output listed it).
describe("a footnote referred to from a table cell", () => {
  const cells = {
    file: `${ROOT}/data/inline-cell-note.yaml`,
    text: `${HEAD}  Before the table.[^a]

  | Item[^h] | Amount |
  |:-----|-------:|
  | Fee[^c] | 12 |

  After the table.[^z]

  [^a]: Note before.
  [^h]: Note of the header.
  [^c]: Note of the cell.
  [^z]: Note after.
${TAIL}`,
  };

  it("sets the note at the foot of the page, in order with the others, once", async () => {
    const r = await render(cells);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const notes = pdf.items.filter((i) => i.str.startsWith("Note ")).map((i) => i.str);
    expect(notes).toEqual([
      "Note before.",
      "Note of the header.",
      "Note of the cell.",
      "Note after.",
    ]);
  });
});

describe("a table that crosses a page", () => {
  // Before, a table split wherever the page ended: a demand letter's 'Total' row alone under
  // the repeated header on page 2. Paragraphs of different lengths before it move the split.
  it("leaves at least two of its rows on each page, as a paragraph its lines", async () => {
    const splits = await rowsPerPage(7, 10, 22);
    expect(splits.some((s) => s.length > 1)).toBe(true);
    for (const s of splits)
      if (s.length > 1) expect(Math.min(...s), s.join("+")).toBeGreaterThan(1);
  });

  // A deposit demand's four rows split two and two, each pair under the header: read as two
  // tables. A short table moves to the next page whole, as LaTeX's tabular does.
  it("does not split a short table", async () => {
    const splits = await rowsPerPage(4, 14, 22);
    expect(splits.some((s) => s.length === 1 && s[0] === 4)).toBe(true);
    for (const s of splits) expect(s.join("+")).toBe("4");
  });

  // Kept whole, a short table of tall rows left page 1 holding the salutation alone.
  it("splits a short table of tall rows rather than leave its page more than half empty", async () => {
    const cell = "a clause of the schedule that runs over several lines of its cell ".repeat(12);
    const table = Array.from({ length: 4 }, (_, i) => `  | Row ${i + 1} | ${cell} |`).join("\n");
    const r = await render({
      file: `${ROOT}/data/inline-table.yaml`,
      text: `${HEAD}  ${"word ".repeat(60)}\n\n  | Item | Terms |\n  |:--|:--|\n${table}\n\n  ${"after ".repeat(90)}\n${TAIL}`,
    });
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const pages = pdf.items.filter((x) => /^Row \d$/.test(x.str)).map((x) => x.page);
    expect(pages.join(" ")).toBe("1 1 2 2");
  });
});

/**
 * How many rows of a table of `rows` rows fall on each page, for letters whose text before it
 * grows in steps from `from` to `to` (each step a few words), so that the page ends at each of
 * its rows in turn.
 */
async function rowsPerPage(rows: number, from: number, to: number): Promise<number[][]> {
  const table = Array.from({ length: rows }, (_, i) => `  | Row ${i + 1} | ${i * 7} |`).join("\n");
  const splits: number[][] = [];
  for (let k = from; k < to; k++) {
    const words = "word ".repeat(380 + k * 6);
    const r = await render({
      file: `${ROOT}/data/inline-table.yaml`,
      text: `${HEAD}  ${words}\n\n  | Item | Amount |\n  |:--|--:|\n${table}\n\n  ${"after ".repeat(90)}\n${TAIL}`,
    });
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const perPage = new Map<number, number>();
    for (const i of pdf.items.filter((x) => /^Row \d$/.test(x.str)))
      perPage.set(i.page, (perPage.get(i.page) ?? 0) + 1);
    splits.push([...perPage.values()]);
  }
  return splits;
}
