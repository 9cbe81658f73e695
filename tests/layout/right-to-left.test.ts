import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import bidiJs, { type Bidi } from "bidi-js";
import { beforeAll, describe, expect, it } from "vitest";
import { visualOrder } from "../../src/layout/bidi-levels.js";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import type { Rendered } from "../../src/pipeline.js";
import { extractPdf, type PdfContent } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const bidi = (bidiJs as unknown as () => Bidi)();

/** Test cases of the Unicode conformance file (a subset kept in the fixtures). */
function bidiCases(): {
  line: number;
  cps: number[];
  dir: string;
  levels: string[];
  order: number[];
}[] {
  const file = join(ROOT, "tests", "fixtures", "unicode", "BidiCharacterTest-subset.txt");
  return readFileSync(file, "utf8")
    .split("\n")
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text !== "" && !text.startsWith("#"))
    .map(({ text, line }) => {
      const [cps = "", dir = "", , levels = "", order = ""] = text.split(";");
      return {
        line,
        cps: cps.split(" ").map((h) => Number.parseInt(h, 16)),
        dir: ["ltr", "rtl", "auto"][Number(dir)] ?? "auto",
        levels: levels.split(" "),
        order: order === "" ? [] : order.split(" ").map(Number),
      };
    });
}

describe("the bidi algorithm against Unicode's conformance data (BidiCharacterTest)", () => {
  const cases = bidiCases();

  it("has the cases", () => {
    expect(cases.length).toBeGreaterThan(1000);
  });

  it("puts characters in visual order from their levels as missive's line setter does (L2)", () => {
    const wrong = cases.filter((c) => {
      const kept = c.levels.flatMap((l, i) => (l === "x" ? [] : [i]));
      const levels = c.levels.map((l) => (l === "x" ? 0 : Number(l)));
      return visualOrder(kept, levels).join(" ") !== c.order.join(" ");
    });
    expect(wrong.map((c) => c.line)).toEqual([]);
  });

  it("resolves the levels bidi-js gives missive as the file says", () => {
    const wrong = cases.filter((c) => {
      const text = String.fromCodePoint(...c.cps);
      // Only the characters of the Basic Multilingual Plane: one UTF-16 unit each.
      if (text.length !== c.cps.length) return false;
      const got = bidi.getReorderedIndices(text, bidi.getEmbeddingLevels(text, c.dir as "ltr"));
      return got.filter((i) => c.levels[i] !== "x").join(" ") !== c.order.join(" ");
    });
    expect(wrong.map((c) => c.line)).toEqual([]);
  });
});

/** The layout's text items of a block whose label starts with `block`, top to bottom. */
function blockItems(doc: LaidOutDoc, block: string): TextItem[] {
  return (doc.pages[0]?.items ?? []).filter(
    (i): i is TextItem => i.kind === "text" && (i.block ?? "").startsWith(block),
  );
}

/**
 * Runs the PDF has on one line, as pdf.js reads them, right to left, joined. Within a few
 * points of the baseline: pdf.js starts a run where a glyph is raised (an Arabic letter's dots).
 */
function pdfLineRightToLeft(pdf: PdfContent, y: number): string {
  return pdf.items
    .filter((i) => i.page === 1 && Math.abs(i.y - y) < 8)
    .sort((a, b) => b.x - a.x)
    .map((i) => i.str)
    .join("");
}

/** The PDF's compressed streams, inflated (the page contents among them). */
function pageStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  for (let at = pdf.indexOf("stream\n"); at >= 0; at = pdf.indexOf("stream\n", at + 1)) {
    const end = pdf.indexOf("\nendstream", at);
    try {
      out.push(inflateSync(pdf.subarray(at + 7, end)).toString("latin1"));
    } catch {
      // Not deflated (or not a stream start): not page content.
    }
  }
  return out;
}

const letters = (s: string) => s.replace(/[\s\p{Cf}]/gu, "");

describe("an Arabic letter (data/personal-arabic-2024.yaml)", () => {
  let r: Rendered;
  let pdf: PdfContent;
  let layout: LaidOutDoc;
  beforeAll(async () => {
    r = await render(join(ROOT, "data", "personal-arabic-2024.yaml"));
    pdf = await extractPdf(r.pdf as Uint8Array);
    layout = r.laidOut as LaidOutDoc;
  });

  it("sets its paragraphs from the right margin: every line ends there", () => {
    const right = layout.width - 1.1 * 72;
    const recipient = blockItems(layout, "address");
    expect(recipient.length).toBeGreaterThan(2);
    for (const y of new Set(recipient.map((i) => i.y))) {
      const line = recipient.filter((i) => i.y === y);
      expect(Math.max(...line.map((i) => i.x + i.width))).toBeCloseTo(right, 1);
    }
  });

  it("lays the words of a line right to left, numbers and Latin inside left to right", () => {
    const first = blockItems(layout, "p#");
    const y = first[0]?.y;
    const line = first.filter((i) => i.y === y).sort((a, b) => b.x - a.x);
    // Right to left: the first words of the paragraph, then 2, then the rest.
    expect(line[0]?.text.startsWith("أكتب إليكم")).toBe(true);
    expect(line[0]?.rtl).toBe(true);
    expect(line.map((i) => i.text)).toContain("2");
    expect(line.find((i) => i.text === "2")?.rtl).toBeUndefined();
    const usd = blockItems(layout, "p#").find((i) => i.text === "USD");
    const dollars = blockItems(layout, "p#").find((i) => i.text.startsWith("دولار أمريكي"));
    // "… دولار أمريكي (USD)": the currency code stands left of the words before it.
    expect((usd?.x ?? 0) + (usd?.width ?? 0)).toBeLessThan(dollars?.x ?? 0);
  });

  it("keeps the logical order in the PDF's text, read right to left by position", () => {
    // Lines whose letters each have a glyph of their own: Noto Naskh draws some letters as a
    // dotless body and dots, glyphs the PDF's ToUnicode map can give only one letter each
    // (the ActualText of each run has the right text; pdf.js does not read it).
    const name = blockItems(layout, "head/letterhead")[0];
    expect(letters(pdfLineRightToLeft(pdf, name?.y ?? 0))).toBe(letters("ليلى حداد"));
    const to = blockItems(layout, "address")[0];
    expect(to?.text).toBe("السيد كريم منصور");
    expect(letters(pdfLineRightToLeft(pdf, to?.y ?? 0))).toBe(letters("السيد كريم منصور"));
  });

  it("gives each right-to-left run its text in logical order as ActualText", () => {
    const raw = Buffer.from(r.pdf as Uint8Array);
    const content = pageStreams(raw).join("\n");
    const actual = [...content.matchAll(/\/ActualText <FEFF([0-9A-F]*)>/g)].map((m) =>
      String.fromCharCode(...(m[1]?.match(/..../g) ?? []).map((h) => Number.parseInt(h, 16))),
    );
    expect(actual).toContain("ليلى حداد");
    expect(actual).toContain("مدير مكتبة المدينة (الفرع الرئيسي)");
  });

  // letters21: a Hebrew letter's list markers read "1." left to right beside right-to-left
  // text (browsers and word processors show ".1"), and its label "העתק מוסתר:" came out with
  // its words in the wrong order: markers and labels were drawn left to right.
  it("draws its list markers right to left: the full stop left of the number", () => {
    const markers = layout.pages.flatMap((p) =>
      p.items.filter((i): i is TextItem => i.kind === "text" && i.marker === true),
    );
    expect(markers.map((m) => m.text)).toEqual(["1.", "2.", "3."]);
    for (const m of markers) expect(m.rtl).toBe(true);
    // pdf.js reads the glyphs in the order they are drawn, left to right.
    const drawn = pdf.items.filter((i) => /^\.?[123]\.?$/.test(i.str) && i.x > 400);
    expect(drawn.map((i) => i.str)).toEqual([".1", ".2", ".3"]);
  });

  // review26: a marker was drawn with its characters reversed, so clause "1.2" read "2.1",
  // "10." read ".01" and "(iv)" read "(vi)": the letter printed other numbers than it says.
  it("draws a marker's number in its own order", async () => {
    const clauses = await render({
      file: join(ROOT, "data", "arabic-clauses.yaml"),
      text: `template: personal-arabic
lang: ar
sender: { name: ليلى حداد, address: [بيروت] }
date: 2024-05-14
recipient: [السيد كريم منصور]
salutation: عزيزي السيد منصور،
body: |
  1.1 البند الأول.

  1.2 البند الثاني.

  (iii) الثالث

  (iv) الرابع
closing: مع التحية
`,
    });
    // pdf.js reads the glyphs in the order they are drawn, left to right.
    const drawn = (await extractPdf(clauses.pdf as Uint8Array)).items.map((i) => i.str.trim());
    expect(drawn).toEqual(expect.arrayContaining(["1.1", "1.2"]));
    expect(drawn).not.toContain("2.1");
    expect(drawn.join(" ")).toMatch(/iii\).*iv\)/);
    expect(drawn.join(" ")).not.toContain("vi)");
  });

  // letters25: a number in Arabic-Indic digits was drawn reversed ("٢٤ شارع الحمراء" as "٤٢"):
  // the digits are of the Arabic script, and the shaper ran them right to left.
  it("draws a number in Arabic-Indic digits left to right, as it reads", () => {
    const street = blockItems(layout, "head/").find((i) => i.text === "٢٤");
    expect(street?.rtl).toBeUndefined();
    // pdf.js reads the glyphs in the order they are drawn, left to right.
    const drawn = pdf.items.filter((i) => /^[٠-٩]+$/.test(i.str.trim()));
    expect(drawn.map((i) => i.str.trim())).toContain("٢٤");
    expect(drawn.map((i) => i.str.trim())).not.toContain("٤٢");
  });

  // letters38: a telephone number's groups, tied, were read as numbers apart, each set left
  // to right but the groups right to left ("2147 555 0991"): the ties' spaces reached the
  // bidi algorithm as spaces, not as the no-break spaces that join two numbers (UAX #9 W4).
  it("draws a telephone number's groups in their order, left to right", async () => {
    const text = `template: personal-arabic\nlang: ar\nbody: "اتصلوا بنا على الرقم 0991 555 2147 من فضلكم."\n`;
    const r = await render({ file: join(ROOT, "data", "phone.yaml"), text });
    const body = blockItems(r.laidOut as LaidOutDoc, "p#");
    const digits = body.filter((i) => /\d/.test(i.text)).sort((a, b) => a.x - b.x);
    expect(
      digits
        .map((i) => i.text.trim())
        .join(" ")
        .replace(/\s+/gu, " "),
    ).toBe("0991 555 2147");
  });

  // ties41: UAX #9 reads a number's "+" as a neutral, which between Arabic words went right to
  // left: "+224 62 12 34 56" was drawn "224 62 12 34 56+", its sign at the wrong end.
  it("draws an international number's + at its left, the number one left-to-right run", async () => {
    const text = `template: personal-arabic\nlang: ar\nbody: "اتصلوا على الرقم +224 62 12 34 56 من فضلكم."\n`;
    const r = await render({ file: join(ROOT, "data", "phone.yaml"), text });
    const body = blockItems(r.laidOut as LaidOutDoc, "p#");
    const number = body.filter((i) => /[+\d]/.test(i.text));
    expect(number.map((i) => [i.text, i.rtl])).toEqual([["+224 62 12 34 56", undefined]]);
    // Only the levels read a mark: the plain text has none, its ties no-break spaces.
    expect(r.txt).toContain("الرقم +224\u00a062\u00a012\u00a034\u00a056 من");
    expect(r.txt).not.toMatch(/[\u200e\u2066-\u2069]/u);
  });

  it("writes its plain text in logical order", () => {
    expect(r.txt).toContain("السيد كريم منصور");
    expect(r.txt).toContain("دولار أمريكي (USD)");
  });
});

describe("right-to-left text in a left-to-right letter", () => {
  let layout: LaidOutDoc;
  beforeAll(async () => {
    const r = await render({
      file: join(ROOT, "data", "mixed-direction.yaml"),
      text: `template: personal-arabic
lang: en
dir: ltr
sender: { name: Dana Levi, address: [1 Main St] }
date: 2024-01-02
recipient: [Mr. كريم منصور, 12 Bliss St]
salutation: Dear Mr. Mansour,
body: The words مع خالص التحية (with best regards) stay readable.
closing: Yours,
`,
    });
    layout = r.laidOut as LaidOutDoc;
  });

  it("stays left to right, the Arabic words in their own order right to left", () => {
    const line = blockItems(layout, "address").filter((i) => i.text !== "12 Bliss St");
    const left = Math.min(...line.map((i) => i.x));
    expect(left).toBeCloseTo(1.1 * 72, 1);
    const byX = [...line].sort((a, b) => a.x - b.x);
    expect(byX.map((i) => i.text)).toEqual(["Mr.", "كريم منصور"]);
    const body = blockItems(layout, "p#").sort((a, b) => a.x - b.x);
    expect(body.map((i) => i.text)).toEqual([
      "The words",
      "مع خالص التحية",
      "(with best regards) stay readable.",
    ]);
  });
});

// scripts27: a Hebrew sentence that starts with a Latin name ("Microsoft הודיעה…") was set
// left to right in an English letter, its first strong letter taken for its direction; and the
// plain text gave a viewer no way to tell, in a Hebrew letter too.
describe("a passage in a language written the other way than the letter", () => {
  const hebrew = "Microsoft הודיעה השבוע כי תפתח מרכז פיתוח חדש בחיפה.";
  const arabic = "Google أعلنت اليوم عن افتتاح مكتب جديد في عمّان.";
  let layout: LaidOutDoc;
  let txt: string;
  beforeAll(async () => {
    const r = await render({
      file: join(ROOT, "data", "passage-other-way.yaml"),
      text: `template: personal
lang: en
sender: { name: Dana Levi, address: [1 Main St] }
date: 2024-01-02
recipient: [Mr. Karim Mansour]
salutation: Dear Mr. Mansour,
body: |
  ::: {lang=he}
  ${hebrew}

  1. Intel — הודעה ראשונה.
  2. הודעה שנייה.
  :::

  [${arabic}]{lang=ar}

  The end, Microsoft מודה.
closing: Yours,
`,
    });
    layout = r.laidOut as LaidOutDoc;
    txt = r.txt as string;
  });

  it("runs its language's way from the right margin, the Latin name first on the right", () => {
    const right = layout.width - 1.1 * 72;
    const lines = [hebrew, arabic].map((p) =>
      blockItems(layout, "p#").filter((i) => p.includes(i.text.trim())),
    );
    for (const [i, line] of lines.entries()) {
      const byX = [...line].sort((a, b) => b.x - a.x);
      expect(byX[0]?.text).toBe(["Microsoft", "Google"][i]);
      expect(Math.max(...line.map((it) => it.x + it.width))).toBeCloseTo(right, 1);
    }
  });

  it("sets its list as a Hebrew letter does: markers right of the items, read .1 .2", () => {
    const items = (layout.pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text" && i.level !== undefined,
    );
    const markers = items.filter((i) => i.marker);
    expect(markers.map((m) => m.text)).toEqual(["1.", "2."]);
    for (const m of markers) {
      expect(m.rtl).toBe(true);
      const text = items.filter((i) => !i.marker && i.y === m.y);
      expect(m.x).toBeGreaterThan(Math.max(...text.map((i) => i.x + i.width)));
    }
  });

  it("leaves a paragraph in the letter's language as it was: left to right", () => {
    const end = blockItems(layout, "p#").filter((i) => /The end|מודה/.test(i.text));
    const byX = [...end].sort((a, b) => a.x - b.x);
    expect(byX[0]?.text.startsWith("The end")).toBe(true);
    expect(byX[0]?.x).toBeCloseTo(1.1 * 72, 1);
  });

  it("marks it right to left in the plain text, so a viewer sets it so", () => {
    expect(txt).toContain(`\u200F${hebrew}`);
    expect(txt).toContain(`\u200F${arabic}`);
    expect(txt).not.toContain("\u200FThe end");
  });
});

// scripts28: fields in Hebrew (<field lang="he">) in an English letter stood label left,
// value right, as the English around them.
describe("fields in a language written the other way", () => {
  it("stand as in a Hebrew letter: the label at the right margin, its value left of it", async () => {
    const r = await withReferences(
      "fields-he",
      '<fields label-width="1.4in">{{#each references}}<field lang="he" label="{{label}}">{{value}}</field>{{/each}}</fields>',
      "en",
      { label: "מספר תיק", value: "תיק אזרחי" },
    );
    const doc = r.laidOut as LaidOutDoc;
    const items = (doc.pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text" && (i.block ?? "").startsWith("fields"),
    );
    // Each word is an item: the label's first word, and the value's last.
    const label = items.find((i) => i.text.trim() === "מספר");
    const value = items.find((i) => i.text.trim() === "אזרחי");
    expect(label && value).toBeTruthy();
    const right = doc.width - 1.1 * 72;
    expect((label as TextItem).x + (label as TextItem).width).toBeCloseTo(right, 1);
    expect((value as TextItem).x + (value as TextItem).width).toBeLessThan((label as TextItem).x);
  });
});

// scripts28: a table in a Hebrew passage of an English letter ran its columns from the left,
// at the left margin, as the English around it.
describe("a table in a passage written the other way", () => {
  it("runs its columns from the right margin, an amount column kept at its right edge", async () => {
    const r = await render({
      file: join(ROOT, "data", "table-other-way.yaml"),
      text: `template: personal
lang: en
sender: { name: Dana Levi }
date: 2024-01-02
recipient: [Acme Ltd]
body: |
  ::: {lang=he}
  | פריט | כמות | מחיר |
  |---|---|---:|
  | מחשב נייד | 2 | 4,500 |
  :::
closing: Yours,
`,
    });
    const items = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text" && (i.block ?? "").startsWith("table"),
    );
    const at = (text: string) => items.find((i) => i.text === text) as TextItem;
    const right = (r.laidOut as LaidOutDoc).width - 1.1 * 72;
    expect(at("פריט").x + at("פריט").width).toBeCloseTo(right, 1);
    expect(at("פריט").x).toBeGreaterThan(at("כמות").x);
    expect(at("כמות").x).toBeGreaterThan(at("מחיר").x);
    // The amounts' column, aligned right, lines up their right edges under its header's.
    expect(at("4,500").x + at("4,500").width).toBeCloseTo(at("מחיר").x + at("מחיר").width, 1);
  });
});

describe("a right-to-left letter's plain text", () => {
  it("marks a line that starts with a Latin word right to left; one in its own language's way not", async () => {
    const text = `template: personal
lang: he
sender: { name: Microsoft ישראל, address: [חיפה] }
body: |
  Microsoft הודיעה השבוע כי תפתח מרכז פיתוח חדש בחיפה.

  הודעה נוספת.

  ::: {lang=en}
  An English note, about חיפה.
  :::
signature: Intel ישראל
`;
    const r = await render({ file: join(ROOT, "data", "he-latin-first.yaml"), text });
    const lines = (r.txt as string).split("\n");
    expect(lines.filter((l) => l.includes("\u200F")).map((l) => l.trim())).toEqual([
      "\u200FMicrosoft ישראל",
      "\u200FMicrosoft הודיעה השבוע כי תפתח מרכז פיתוח חדש בחיפה.",
      "\u200FIntel ישראל",
    ]);
    expect(lines).toContain("An English note, about חיפה.");
    // In the PDF, the English note starts at the left margin of the mirrored page.
    const note = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text" && /English note|חיפה\.$/.test(i.text),
    );
    const byX = [...note].sort((a, b) => a.x - b.x);
    expect(byX[0]?.text.startsWith("An English note")).toBe(true);
    expect(byX[0]?.x).toBeLessThan(100);
  });
});

describe("a signature grid in a right-to-left letter", () => {
  it("fills from the right: the first signer stands at the right margin", async () => {
    const letter = (dir: string) =>
      render({
        file: join(ROOT, "data", `grid-${dir}.yaml`),
        text: `template: senate
dir: ${dir}
letterhead: { org: United States Senate }
date: 2024-01-02
recipient: [The Honorable Someone]
salutation: Dear Sir,
body: Thank you.
closing: Sincerely,
columns: 2
signers:
  - { name: First Signer, title: Senator }
  - { name: Second Signer, title: Senator }
`,
      });
    const cells = async (dir: string) =>
      ((await letter(dir)).laidOut as LaidOutDoc).pages[0]?.cells ?? [];
    const [ltr, rtl] = [await cells("ltr"), await cells("rtl")];
    expect(ltr.map((c) => c.label)).toEqual(rtl.map((c) => c.label));
    const [first, second] = rtl;
    expect(first?.x).toBeGreaterThan(second?.x ?? 0);
    // Mirrored: the same cells, each at the other side of the page.
    const width = 8.5 * 72;
    for (const [i, c] of rtl.entries())
      expect(c.x + c.width).toBeCloseTo(width - (ltr[i]?.x ?? 0), 3);
  });
});

describe("a label in a right-to-left letter", () => {
  it("is drawn right to left, so a label of two words keeps their order", async () => {
    const text =
      "template: personal\nlang: he\nbody: שלום רב.\nbcc: [רואה החשבון]\nfileCopy: true\n";
    const r = await render({ file: join(ROOT, "data", "inline-he.yaml"), text }, ["pdf"]);
    const label = (r.laidOut as LaidOutDoc).pages
      .flatMap((p) => p.items)
      .find((i): i is TextItem => i.kind === "text" && i.text === "העתק מוסתר:");
    expect(label?.rtl).toBe(true);
  });
});

// letters24: an Arabic letter's amounts, in a column aligned `--:`, stood at the column's left
// (mirrored with the page), so 437,500.00 and 1,984,000.00 did not line up on their last digit.
describe("a table in a right-to-left letter", () => {
  it("sets a column aligned right or left on that side of the page, one not aligned at the right", async () => {
    const text = `template: personal
lang: he
body: |
  | פריט | הערה | סכום |
  |---|:--|--:|
  | שכירות | א | 1,284.60 |
  | ארנונה | בבבבב | 5.30 |
`;
    const r = await render({ file: join(ROOT, "data", "table-he.yaml"), text }, ["pdf"]);
    const cells = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text" && i.cell !== undefined && !i.cell.header,
    );
    /** The left and right edges of a column's text, row by row. */
    const edges = (col: number, side: "left" | "right") =>
      [1, 2].map((row) => {
        const parts = cells.filter((i) => i.cell?.col === col && i.cell.row === row);
        const lefts = parts.map((i) => i.x);
        const rights = parts.map((i) => i.x + i.width);
        return (side === "left" ? Math.min(...lefts) : Math.max(...rights)).toFixed(2);
      });
    const lined = (col: number, side: "left" | "right") => new Set(edges(col, side)).size === 1;
    // The amounts end together; the Hebrew words start together at the right, as the text runs.
    expect([lined(2, "right"), lined(2, "left")]).toEqual([true, false]);
    expect([lined(0, "right"), lined(0, "left")]).toEqual([true, false]);
    expect([lined(1, "right"), lined(1, "left")]).toEqual([false, true]);
  });
});

/** A letter in a pack whose references partial is `partial` (references: one field). */
async function withReferences(
  name: string,
  partial: string,
  lang: string,
  field: { label: string; value: string },
) {
  const dir = tempDir(name);
  mkdirSync(join(dir, "templates", name, "partials"), { recursive: true });
  writeFileSync(
    join(dir, "templates", name, "template.yaml"),
    `name: ${name}\nextends: personal\n`,
  );
  writeFileSync(join(dir, "templates", name, "partials", "references.hbs"), partial);
  writeFileSync(
    join(dir, "letter.yaml"),
    `template: ${name}
lang: ${lang}
sender: { name: Dana Levi }
date: 2024-01-02
recipient: [Acme Ltd]
references:
  - { label: "${field.label}", value: "${field.value}" }
body: The file is named above.
closing: Yours,
`,
  );
  return render(join(dir, "letter.yaml"));
}

/** The first line of the plain text holding `text`. */
const lineWith = (txt: string, text: string) => txt.split("\n").find((l) => l.includes(text)) ?? "";

// scripts29: <fields lang="he"> on the block was not read (only <field lang>): the fields
// stood as the English around them.
describe("<fields lang> on the block", () => {
  it("sets its fields in that language: Hebrew fields turned, the label at the right margin", async () => {
    const r = await withReferences(
      "fields-block-he",
      '<fields label-width="1.4in" lang="he">{{#each references}}<field label="{{label}}">{{value}}</field>{{/each}}</fields>',
      "en",
      { label: "מספר תיק", value: "2024/117" },
    );
    const doc = r.laidOut as LaidOutDoc;
    const items = (doc.pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text" && (i.block ?? "").startsWith("fields"),
    );
    const label = items.find((i) => i.text.trim() === "מספר") as TextItem;
    const value = items.find((i) => i.text.includes("2024")) as TextItem;
    expect(label.x + label.width).toBeCloseTo(doc.width - 1.1 * 72, 1);
    expect(value.x + value.width).toBeLessThan(label.x);
    // In the plain text, the label is read first: a viewer sets it on the right.
    expect(lineWith(r.txt as string, "2024/117")).toBe("מספר תיק  2024/117");
  });
});

// scripts29: the text output padded the columns of a table in a Hebrew passage as an English
// table's: an amount column aligned right had its spaces on the wrong side, and a row starting
// with a number or a Latin word was set left to right by a viewer, its columns reversed.
describe("a table in a passage written the other way, in the plain text", () => {
  it("runs each row right to left: marked where a viewer would not, `---:` at the column's right", async () => {
    const r = await render({
      file: join(ROOT, "data", "table-other-way-text.yaml"),
      text: `template: personal
lang: en
sender: { name: Dana Levi }
date: 2024-01-02
recipient: [Acme Ltd]
body: |
  ::: {lang=he}
  | כמות | פריט | מחיר |
  |---|---|---:|
  | 2 | מחשב נייד | 4,500 |
  | 1 | Dell XPS | 9,990 |
  :::
closing: Yours,
`,
    });
    const txt = r.txt as string;
    // The header's amount, aligned right, stands at its column's right: first in reading order.
    expect(lineWith(txt, "כמות")).toBe("כמות  פריט       מחיר");
    expect(lineWith(txt, "-----")).toBe("\u200F----  ---------  -----");
    // A mark before the amount: else "Dell XPS   9,990" would read as one run left to right.
    expect(lineWith(txt, "Dell")).toBe("\u200F1     Dell XPS   \u200F9,990");
    expect(lineWith(txt, "4,500")).toBe("2     מחשב נייד  4,500");
  });
});

// scripts29: a right-to-left letter's <columns> were written as rows a viewer set left to right
// where a column's line started with a Latin word or a number.
describe("<columns> in a right-to-left letter, in the plain text", () => {
  it("keeps the first column first in each row, marked to run right to left", async () => {
    const r = await withReferences(
      "columns-he",
      "<columns><column><p>Tel Aviv</p></column><column><p>Haifa</p></column></columns>",
      "he",
      { label: "תיק", value: "1" },
    );
    expect(lineWith(r.txt as string, "Tel Aviv")).toMatch(/^\u200FTel Aviv {3,}\u200FHaifa$/);
  });
});

// scripts29: a grid of Hebrew signers in an English letter filled from the left, as the
// English around it, though tables and fields in Hebrew are turned (scripts28).
describe("a signature grid in a language written the other way", () => {
  it("fills from the right, in the PDF and the plain text", async () => {
    const r = await render({
      file: join(ROOT, "data", "grid-he-signers.yaml"),
      text: `template: senate
letterhead: { org: Knesset Liaison Office }
date: 2024-01-02
recipient: [The Honorable Someone]
salutation: Dear Sir,
body: Thank you.
closing: Sincerely,
columns: 2
signers:
  - { name: Dr. דנה לוי, title: יו״ר, lang: he }
  - { name: משה כהן, title: סגן, lang: he }
`,
    });
    const doc = r.laidOut as LaidOutDoc;
    const cells = doc.pages[0]?.cells ?? [];
    const [first, second] = cells.filter((c) => /לוי|כהן/.test(c.label ?? ""));
    // ties41: a title in Latin letters is tied to the name after it, as in English text.
    expect(first?.label).toBe("Dr.\u00a0דנה לוי");
    expect((first?.x ?? 0) + (first?.width ?? 0)).toBeCloseTo(doc.width - 72, 0);
    expect(first?.x).toBeGreaterThan(second?.x ?? 0);
    // The first signer's name is drawn in its cell, right to left: its first word at the right.
    const name = (doc.pages[0]?.items ?? []).find(
      (i): i is TextItem => i.kind === "text" && i.text === "Dr",
    ) as TextItem;
    expect(name.x + name.width).toBeCloseTo(doc.width - 72, 0);
    // In the text, each row in reading order, marked so a viewer sets it right to left (it
    // starts with a Latin word): the first signer on the right.
    expect(lineWith(r.txt as string, "לוי")).toMatch(/^\u200FDr\.\u00a0דנה לוי {2,}משה כהן$/);
  });
});

// Adlam is beyond the BMP: bidi-js classed each of its UTF-16 units alone, a surrogate as
// left to right, so an Adlam sentence came out as one left-to-right run inside the
// right-to-left line: its words in reverse order, the full stop on the wrong side.
describe("a letter in Adlam, a right-to-left script beyond the BMP", () => {
  it("lays its words right to left, the full stop at the left end", async () => {
    const text = `template: personal-adlam\nlang: ff-Adlm\nbody: "𞤔𞤢𞤥 𞤼𞤢𞤲."\n`;
    const file = join(ROOT, "tests", "corpus", "ok-pular-adlam-vaccination-notice", "x.yaml");
    const r = await render({ file, text });
    const body = blockItems(r.laidOut as LaidOutDoc, "p#").sort((a, b) => b.x - a.x);
    expect(body.map((i) => [i.text.trim(), i.rtl])).toEqual([["𞤔𞤢𞤥 𞤼𞤢𞤲.", true]]);
  });
});
