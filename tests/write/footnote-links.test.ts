import { beforeAll, describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import {
  type RawElement,
  rawElements,
  readTagged,
  type TaggedPdf,
  taggedProblems,
} from "../helpers/pdf-structure.js";
import { FIXED_DATE, ROOT, render } from "../helpers/render.js";
import { tempPack } from "../helpers/temp-pack.js";

// Several footnotes, the last so long that it continues at the foot of the next page.
const filler = Array.from(
  { length: 8 },
  (_, i) =>
    `  Filler paragraph ${i + 1} takes up room on the first page, with enough words to wrap over three lines of the letter body at this size and measure.`,
).join("\n\n");
const sentences = Array.from({ length: 120 }, (_, i) => `Sentence ${i + 1} of the long note.`);
const letter = {
  file: `${ROOT}/data/inline-note-links.yaml`,
  text: `template: senate
letterhead: { org: United States Senate }
date: 2020-01-01
recipient: [The Honorable Jane Doe]
salutation: Dear Secretary Doe,
body: |
  A first claim.[^a] A second claim in the same paragraph.[^b]

  A third claim.[^c]

${filler}

  The paragraph that refers to the long note.[^long] It goes on after the reference.

${filler}

  [^a]: Note about the first claim.
  [^b]: Note about the second claim.
  [^c]: Note about the third claim.
  [^long]: ${sentences.join(" ")}
closing: Sincerely,
signers:
  - name: Jane Doe
`,
};

/** The text of an element: its content's and its kids', in order, over all pages. */
function textOf(el: RawElement, all: Map<number, RawElement>, pdf: TaggedPdf): string {
  return el.children
    .map((c) =>
      typeof c === "number"
        ? textOf(all.get(c) as RawElement, all, pdf)
        : pdf.pages.map((p) => p.text.get(c) ?? "").join(""),
    )
    .join("");
}

/** The page (from 0) of a marked-content id, and its baseline. */
function placeOf(id: string, pdf: TaggedPdf): { page: number; baseline: number } {
  const page = pdf.pages.findIndex((p) => p.baselines.has(id));
  return { page, baseline: pdf.pages[page]?.baselines.get(id) ?? Number.NaN };
}

describe("footnote references linked to their notes", () => {
  let pdf: TaggedPdf;
  let all: Map<number, RawElement>;
  beforeAll(async () => {
    pdf = await readTagged((await render(letter, ["pdf"])).pdf as Uint8Array);
    all = rawElements(pdf.raw);
  });

  it("passes the PDF/UA checks, every Note with an /ID of its own listed in the IDTree", () => {
    expect(taggedProblems(pdf)).toEqual([]);
    const notes = [...all.values()].filter((e) => e.role === "Note");
    expect(notes).toHaveLength(4);
    const ids = notes.map((n) => n.id);
    expect(new Set(ids).size, "unique ids").toBe(4);
    const tree = /\/IDTree (\d+) 0 R/.exec(pdf.raw)?.[1];
    const names = new RegExp(`\\n${tree} 0 obj\\n<<\\n/Names \\[(.*?)\\]`, "s").exec(pdf.raw)?.[1];
    for (const n of notes)
      expect(names, `${n.id} in the IDTree`).toContain(`(${n.id}) ${n.num} 0 R`);
  });

  it("makes each reference mark a Reference to the Note with its number, by /Ref and by link", () => {
    const refs = [...all.values()].filter((e) => e.role === "Reference");
    expect(refs.map((r) => textOf(r, all, pdf))).toEqual(["1", "2", "3", "4"]);
    for (const ref of refs) {
      const mark = textOf(ref, all, pdf);
      const note = all.get(ref.refs[0] as number) as RawElement;
      expect(ref.refs, `reference ${mark} refers to one element`).toHaveLength(1);
      expect(note.role).toBe("Note");
      // The Note starts with its mark, as a label, then its text.
      const label = all.get(note.kids[0] as number) as RawElement;
      expect(label.role).toBe("Lbl");
      expect(textOf(label, all, pdf).trim()).toBe(mark);
      const link = all.get(ref.kids[0] as number) as RawElement;
      expect(link.role).toBe("Link");
      expect(link.annotations).toHaveLength(1);
      expect(pdf.linkDests.get(link.annotations[0] as number)).toBe(note.id);
      // The link leads to the top of the note's first line.
      const dest = pdf.dests.get(note.id as string);
      const first = placeOf(label.content[0] as string, pdf);
      expect(dest?.page, `note ${mark}'s page`).toBe(first.page);
      expect((dest?.y ?? 0) - first.baseline).toBeGreaterThan(0);
      expect((dest?.y ?? 0) - first.baseline).toBeLessThan(12);
    }
    expect(pdf.raw).toMatch(/\/Contents \(Footnote 1\)/);
  });

  it("keeps a note split across pages one Note, its reference linked to where it starts", () => {
    const long = [...all.values()].find(
      (e) => e.role === "Note" && textOf(e, all, pdf).includes("Sentence 120"),
    ) as RawElement;
    const pages = new Set(long.content.map((id) => placeOf(id, pdf).page));
    expect([...pages]).toHaveLength(2);
    expect(textOf(long, all, pdf)).toMatch(/^\s*4\s*Sentence 1 of/);
    const ref = [...all.values()].find((e) => e.role === "Reference" && e.refs[0] === long.num);
    expect(pdf.dests.get(long.id as string)?.page).toBe(Math.min(...pages));
    expect(ref, "the long note's reference").toBeDefined();
  });
});

describe('endnotes (notes="end") linked to their references', () => {
  it("links each reference to its Note after the letter", async () => {
    const pack = tempPack({
      "letter.hbs": `<letter lang="en-US" title="Endnotes" notes="end">
  <body>{{markdown body path="body"}}</body>
</letter>
`,
    });
    const body = "body: |\n  One.[^a]\n\n  Two.[^b]\n\n  [^a]: Note a.\n  [^b]: Note b.\n";
    const r = await renderLetter(
      { file: `${ROOT}/data/inline-endnotes.yaml`, text: `${body}signers: [{ name: Jane Doe }]\n` },
      { ...letterOptions({ template: pack, creationDate: FIXED_DATE.getTime() }), cwd: ROOT },
    );
    const pdf = await readTagged(r.pdf as Uint8Array);
    const all = rawElements(pdf.raw);
    expect(taggedProblems(pdf)).toEqual([]);
    const refs = [...all.values()].filter((e) => e.role === "Reference");
    expect(refs.map((ref) => all.get(ref.refs[0] as number)?.id)).toEqual(["note-1", "note-2"]);
    const noteText = (ref: RawElement) =>
      textOf(all.get(ref.refs[0] as number) as RawElement, all, pdf)
        .replace(/\s+/g, " ")
        .trim();
    expect(refs.map(noteText)).toEqual(["1 Note a.", "2 Note b."]);
  });
});
