import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { senateLetter } from "../helpers/letters.js";
import { ROOT } from "../helpers/render.js";

/** A letter's text output at `width` columns. */
const textOfLetter = async (letter: ReturnType<typeof senateLetter>, width: number) =>
  (
    await renderLetter(letter, {
      ...letterOptions({ formats: ["txt"], textWidth: width, creationDate: 0 }),
      cwd: ROOT,
      stopAfter: "model",
    })
  ).txt as string;

const textOf = (width: number, extra = "") => textOfLetter(senateLetter(2, 2, extra), width);

describe("writeText", () => {
  // tables41: a list nested 60 deep indented each level two columns more, past the width:
  // from level 32 its words were cut ("leve", "l 33") and lines ran to 400 columns.
  it("indents a list nested past the width within half of it, its words whole", async () => {
    const list = Array.from({ length: 60 }, (_, l) => `${"  ".repeat(l + 1)}- Level${l + 1}`);
    const letter = senateLetter(2, 2);
    const text = letter.text.replace(
      /body: \|\n[\s\S]*?\nclosing:/,
      `body: |\n${list.join("\n")}\nclosing:`,
    );
    const lines = (await textOfLetter({ ...letter, text }, 72)).split("\n");
    const levels = lines.filter((l) => /Level/.test(l));
    expect(levels.length).toBe(60);
    for (const l of levels) {
      expect(l).toMatch(/^ *\S+ Level\d+$/);
      expect(l.length - l.trimStart().length).toBeLessThanOrEqual(36);
    }
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(72);
  });

  it("wraps paragraphs at the configured width", async () => {
    for (const width of [40, 72, 100]) {
      const lines = (await textOf(width)).split("\n");
      for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width);
      expect(lines.some((l) => [...l].length > width - 15)).toBe(true);
    }
  });

  it("centres the letterhead and leaves no trailing spaces", async () => {
    const txt = await textOf(72);
    const first = txt.split("\n")[0] as string;
    expect(first.trim()).toBe("United States Senate");
    expect(first.length - first.trimStart().length).toBe(
      Math.floor((72 - "United States Senate".length) / 2),
    );
    expect(txt).not.toMatch(/[ \t]$/m);
  });

  // pages39: a label's and an area code's ties are noncharacters the PDF's justified lines
  // read (model/ties.ts); the text output, never justified, writes each as a no-break space.
  it("writes a label's and an area code's ties as no-break spaces", async () => {
    const refs = `references:
  - { label: "Re", value: "Invoice No. 5, p. 12; please call (19) 2116-0555" }`;
    const txt = await textOf(72, refs);
    expect(txt).toContain("Invoice No.\u00a05, p.\u00a012; please call (19)\u00a02116-0555");
    expect(txt).not.toMatch(/[\ufdd0-\ufdef]/u);
  });

  // pages39: the PDF heads the entries a page break carries on with "cc (continued):"; the
  // text output has no pages, so its list stands whole under its one label.
  it("sets a long copy list whole under its one label, never continued", async () => {
    const cc = `cc:\n${Array.from({ length: 30 }, (_, i) => `  - Office ${i + 1}`).join("\n")}`;
    const txt = await textOf(72, cc);
    expect(txt.match(/^cc: +Office 1$/gm)).toHaveLength(1);
    expect(txt).toMatch(/^ +Office 30$/m);
    expect(txt).not.toContain("continued");
  });

  // Before, the label column was as wide as the longest label, and the values got the ten
  // columns left: "Notice of / Proposed / Civil" one word a line.
  it("keeps a long reference label from squeezing the values into a sliver", async () => {
    const refs = `references:
  - { label: "Your reference (as stated in your letter of 12 September 2024)", value: "MC/LEGAL/2024/0915" }
  - { label: "Re", value: "Notice of proposed civil penalty and request for information" }`;
    const lines = (await textOf(72, refs)).split("\n");
    const re = lines.findIndex((l) => l.startsWith("Re "));
    expect(lines.slice(re - 3, re + 2)).toEqual([
      "Your reference (as        MC/LEGAL/2024/0915",
      "stated in your letter of",
      "12\u00a0September\u00a02024)",
      "Re                        Notice of proposed civil penalty and request",
      "                          for information",
    ]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(72);
  });

  // Before, six columns at -w 72 left each name eight characters ("Signer N" / "umber 1"),
  // and at -w 20 none: each name one letter a line.
  it("sets fewer signature columns than the PDF when the width leaves a name too little", async () => {
    const six = senateLetter(6, 6);
    const txt = async (textWidth: number) =>
      (
        await renderLetter(six, {
          ...letterOptions({ formats: ["txt"], textWidth, creationDate: 0 }),
          cwd: ROOT,
        })
      ).txt as string;
    const wide = (await txt(72)).split("\n");
    expect(wide).toContain(
      `${"Signer Number 1".padEnd(21)}    ${"Signer Number 2".padEnd(21)}    Signer Number 3`,
    );
    expect(wide).toContain(
      `${"Signer Number 4".padEnd(21)}    ${"Signer Number 5".padEnd(21)}    Signer Number 6`,
    );
    const narrow = (await txt(20)).split("\n");
    for (let n = 1; n <= 6; n++) expect(narrow).toContain(`Signer Number ${n}`);
  });

  // Before, an open letter's 150 organisations, listed with signatureSpace: 0pt, were three
  // blank lines apart in the text (the room to sign the PDF no longer leaves), 600 lines.
  it("lists names with no room to sign one under another, as the PDF sets them", async () => {
    const letter = (titles: boolean) => {
      const { file, text } = senateLetter(3, 1, "signatureSpace: 0pt");
      return { file, text: titles ? text : text.replace(/\n {4}title: .*/g, "") };
    };
    const txt = async (titles: boolean) =>
      (
        await renderLetter(letter(titles), {
          ...letterOptions({ formats: ["txt"], textWidth: 72, creationDate: 0 }),
          cwd: ROOT,
        })
      ).txt as string;
    expect(await txt(false)).toContain(
      "Sincerely,\n\nSigner Number 1\nSigner Number 2\nSigner Number 3\n",
    );
    // A name and its title stay together, a blank line between one signer and the next.
    expect(await txt(true)).toContain(
      "Sincerely,\n\nSigner Number 1\nUnited States Senator\n\nSigner Number 2\n",
    );
  });

  it("ends with exactly one newline", async () => {
    expect(await textOf(72)).toMatch(/[^\n]\n$/);
  });

  const withBody = async (lines: string[], lang = "en") => {
    const letter = senateLetter(1, 1);
    letter.text = `lang: ${lang}\n${letter.text}`.replace(
      /body: \|\n[\s\S]*?\nclosing:/,
      `body: |\n${lines.map((l) => `  ${l}`).join("\n")}\nclosing:`,
    );
    return (
      await renderLetter(letter, {
        ...letterOptions({ formats: ["txt"], creationDate: 0 }),
        cwd: ROOT,
      })
    ).txt as string;
  };

  it("writes a tight list's items on consecutive lines", async () => {
    const txt = await withBody([
      "Items:",
      "",
      "- one",
      "- two",
      "  - two a",
      "- three",
      "",
      "After.",
    ]);
    expect(txt).toContain("Items:\n\n• one\n• two\n  – two a\n• three\n\nAfter.");
  });

  // The PDF sets a loose list's items apart as paragraphs: so does the text.
  it("writes a loose list's items a blank line apart", async () => {
    const txt = await withBody(["1.1 one", "", "1.2 two:", "    - a", "    - b", "", "After."]);
    // The line that introduces a nested list stays with it, as in the PDF.
    expect(txt).toContain("1.1 one\n\n1.2 two:\n    • a\n    • b\n\nAfter.");
  });

  // letters23: a numbered list and then a bulleted one were written as one list.
  it("writes a list right after another one a blank line apart from it", async () => {
    const txt = await withBody(["1. one", "2. two", "", "- note a", "- note b"]);
    expect(txt).toContain("1. one\n2. two\n\n• note a\n• note b");
  });

  // Before, a rule in the text (a reply slip's cut line) left nothing in plain text.
  it("writes a rule of the letter's text as a line of hyphens, and none of the letterhead's", async () => {
    const txt = await withBody(["Please return the slip below.", "", "---", "", "Reply slip"]);
    expect(txt).toContain(`Please return the slip below.\n\n${"-".repeat(72)}\n\nReply slip`);
    expect(txt.match(/^-+$/gm)).toEqual(["-".repeat(72)]);
    // The business pack draws a rule under its letterhead: decoration, not text.
    const file = join(ROOT, "data", "business-northwind-2024.yaml");
    const business = await renderLetter(
      { file, text: readFileSync(file, "utf8") },
      { ...letterOptions({ formats: ["txt"], creationDate: 0 }), cwd: ROOT, stopAfter: "model" },
    );
    expect(business.txt).not.toMatch(/^-+$/m);
  });

  // letters26: the PDF sets a list's markers flush right against its text ("(ii)" under
  // "(iii)", "9." under "10."); the text output set them flush left, each item's text after
  // its own marker, so the items' text did not line up.
  it("sets a list's markers flush right and its items' text in one column, as the PDF", async () => {
    const txt = await withBody([
      "(i) one",
      "(ii) two",
      "(iii) three",
      "",
      "After.",
      "",
      "9. nine",
      "10. ten",
    ]);
    expect(txt).toContain("  (i) one\n (ii) two\n(iii) three\n\nAfter.\n\n 9. nine\n10. ten");
  });

  // letters26: the text output wraps where the PDF breaks, at spaces; a tie of the typography
  // pass (model/ties.ts) is no space to it, so an ordinal and its word, a street and its
  // house number, stay on one line in both.
  it("keeps the words the typography tied on one line", async () => {
    // 72 columns end after "Kerkstraat", before "12".
    const filler = "Wij ontvingen uw brief van de gemeente over het pand aan de";
    const txt = await withBody([`${filler} Kerkstraat 12 in Utrecht.`], "nl");
    expect(txt).toMatch(/\nKerkstraat\u00a012 in Utrecht\./);
  });

  it("keeps blank lines between the items of a list where an item has a further paragraph", async () => {
    const txt = await withBody(["- one", "- two", "", "  More about two.", "- three"]);
    expect(txt).toContain("• one\n\n• two\n\n  More about two.\n\n• three");
  });

  // wrap30: the Capitol office's line broke "· FAX⏎(916) 323-5341" inside the fax number's
  // field, where the PDF breaks at the separator before it.
  it("breaks a letterhead's line of fields at a separator, not inside a field", async () => {
    const letter = senateLetter(1, 1);
    letter.text = letter.text.replace(
      '  lines: ["WASHINGTON, DC 20510"]',
      `  offices:
    - label: Capitol Office
      lines: ["State Capitol, Room 5050", "Sacramento, CA 95814 · (916) 651-4012 · FAX (916) 323-5341"]
    - label: District Office
      lines: ["1020 N Street, Suite 300", "Fresno, CA 93721"]`,
    );
    const txt = await textOfLetter(letter, 72);
    // The typography ties "(916)" to its number: read as a space here.
    const capitol = txt.split("\n").map((l) => l.slice(0, 34).trim().replaceAll("\u00a0", " "));
    const at = capitol.indexOf("Sacramento, CA 95814");
    expect(at).toBeGreaterThan(0);
    expect(capitol.slice(at, at + 3)).toEqual([
      "Sacramento, CA 95814",
      "(916) 651-4012",
      "FAX (916) 323-5341",
    ]);
  });

  // Before, a paragraph that wraps to some hundred thousand lines (a template that repeats the
  // body, 12 MB of it at 72 columns) ended in exit 70, "Maximum
  // call stack size exceeded": its lines were appended with push(...lines), one argument each.
  it("writes a paragraph that wraps to 600,000 lines", async () => {
    const letter = senateLetter(1, 1);
    const words = "a ".repeat(6_000_000);
    letter.text = letter.text.replace("Paragraph 1 says", `${words}Paragraph 1 says`);
    const txt = await textOfLetter(letter, 20);
    const full = txt.split("\n").filter((l) => l === "a a a a a a a a a a");
    expect(full.length).toBeGreaterThan(599_000);
  }, 60_000);
});
