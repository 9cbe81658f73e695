import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  elements,
  readTagged,
  type StructNode,
  type TaggedPdf,
  taggedProblems,
  textOf,
} from "../helpers/pdf-structure.js";
import { hasPdftotext } from "../helpers/poppler.js";
import { ROOT, render, SEED } from "../helpers/render.js";

const EXAMPLES = readdirSync(join(ROOT, "data")).filter((f) => f.endsWith(".yaml"));

async function tagged(src: string | { file: string; text: string }): Promise<TaggedPdf> {
  return readTagged((await render(src, ["pdf"])).pdf as Uint8Array);
}

/** Every element of every page with its text, in reading order, each element once. */
function readingOrder(pdf: TaggedPdf, role: string): string[] {
  return pdf.pages.flatMap((p) =>
    elements(p.tree)
      .filter((e) => e.role === role)
      .map((e) => textOf(e, p.text).trim()),
  );
}

describe("tagged PDF", () => {
  it.each(EXAMPLES)("%s passes the PDF/UA checks", async (file) => {
    const pdf = await tagged(join(ROOT, "data", file));
    expect(taggedProblems(pdf)).toEqual([]);
    expect(pdf.pages[0]?.tree?.children?.[0]?.role).toBe("Document");
  });

  it("finds what is wrong in an untagged PDF (the checks can fail)", async () => {
    const pdf = await tagged(join(ROOT, "data", "agency-warning-2024.yaml"));
    const stripped: TaggedPdf = {
      ...pdf,
      raw: pdf.raw
        .replace(/\/Marked true/g, "/Marked false")
        .replace(/\/Lang \(/g, "/Lung (")
        .replace(/\/ID \(/g, "/Id ("),
      pages: pdf.pages.map((p) => ({ ...p, untagged: ["showText"], tree: null })),
    };
    const problems = taggedProblems(stripped);
    expect(problems).toContain("MarkInfo /Marked true");
    expect(problems).toContain("/Lang in the catalog");
    expect(problems).toContain("page 1: untagged showText");
    expect(problems).toContain("every Note with a unique /ID");
    expect(problems.some((p) => /belongs to no element/.test(p))).toBe(true);
  });

  it("keeps each signer's name and title together, in the data's order", async () => {
    const pdf = await tagged(SEED);
    const signers = seedSigners();
    expect(signers).toHaveLength(17);
    const items = pdf.pages.flatMap((p) =>
      elements(p.tree)
        .filter((e) => e.role === "L")
        .flatMap((l) => (l.children ?? []).filter((c) => c.role === "LI"))
        .map((li) => textOf(li, p.text).replace(/\s+/g, " ").trim())
        // pdf.js gives each page the elements that have content anywhere: keep this page's.
        .filter((t) => t !== ""),
    );
    expect(items).toEqual(signers.map((s) => `${s.name} ${s.title}`.replace(/\s+/g, " ")));
  });

  it("marks the running head on pages 2+ as an artifact, not content", async () => {
    const pdf = await tagged(SEED);
    const content = pdf.pages.flatMap((p) => elements(p.tree).map((e) => textOf(e, p.text)));
    expect(content.some((t) => /Page 2/.test(t))).toBe(false);
    expect(pdf.pages[1]?.marks.some((m) => m.tag === "Artifact")).toBe(true);
  });

  it("tags headings by level, lists with labels, tables with header cells, footnotes", async () => {
    const pdf = await tagged(join(ROOT, "data", "agency-warning-2024.yaml"));
    const roles = new Set(pdf.pages.flatMap((p) => elements(p.tree).map((e) => e.role)));
    for (const r of [
      "H2",
      "L",
      "LI",
      "Lbl",
      "LBody",
      "Table",
      "TR",
      "TH",
      "TD",
      "Note",
      "BlockQuote",
    ])
      expect(roles, r).toContain(r);
    expect(readingOrder(pdf, "TH")).toEqual(["Requirement", "Model PC-600", "Model PC-600X"]);
    // A nested list is an L inside its parent's LI.
    const nested = pdf.pages.flatMap((p) =>
      elements(p.tree).filter((e) => e.role === "LI" && e.children?.some((c) => c.role === "L")),
    );
    expect(nested.length).toBeGreaterThan(0);
  });

  it("tags a list right after another (a bulleted one, then a numbered one) as a list of its own", async () => {
    const pdf = await tagged(letter("- Apples\n  - Pears\n\n  1. First\n  2. Second"));
    const lists = pdf.pages.flatMap((p) =>
      elements(p.tree)
        .filter((e) => e.role === "L")
        .filter((l) => l.children?.some((li) => li.children?.some((c) => c.role === "Lbl")))
        .map((l) => l.children?.map((li) => textOf(li, p.text).replace(/\s+/g, ""))),
    );
    expect(lists).toEqual([
      ["•Apples", "•Pears"],
      ["1.First", "2.Second"],
    ]);
    expect(taggedProblems(pdf)).toEqual([]);
  });

  // A table in a list item ("3. Approve the fees as follows:" and the fees) ended the list in
  // the structure tree: the items after it became a second list, the table none of the item's.
  it("tags a table in a list item inside that item, and the list goes on after it", async () => {
    const pdf = await tagged(
      letter(
        "1. First point.\n  2. Approve the fees as follows:\n\n     | Fee | Amount |\n     |---|---:|\n     | Permit | 200 |\n\n  3. Third point.",
      ),
    );
    const lists = pdf.pages.flatMap((p) =>
      elements(p.tree)
        .filter((e) => e.role === "L")
        .filter((l) => l.children?.some((li) => li.children?.some((c) => c.role === "Lbl")))
        .map((l) => ({
          items: l.children?.filter((c) => c.role === "LI").length,
          table: elements(l).some((e) => e.role === "Table"),
        })),
    );
    expect(lists).toEqual([{ items: 3, table: true }]);
    const second = pdf.pages.flatMap((p) =>
      elements(p.tree).filter((e) => e.role === "LI" && textOf(e, p.text).includes("Approve")),
    );
    expect(second.flatMap((li) => elements(li).filter((e) => e.role === "Table"))).toHaveLength(1);
    expect(taggedProblems(pdf)).toEqual([]);
  });

  // A cell holding U+2029 (or U+2028) ended the Markdown table there: its rows were tagged as
  // a paragraph of pipes. The cell now holds both lines, as one TD.
  it("tags a table whose cell holds a line separator as one table, the cell's lines in one TD", async () => {
    const pdf = await tagged(
      letter(
        "| Item | Note |\n  |---|---|\n  | Permit | Due\u2029in May |\n  | Fee | Paid\u2028twice |",
      ),
    );
    const rows = pdf.pages.flatMap((p) =>
      elements(p.tree)
        .filter((e) => e.role === "TR")
        .map((tr) => (tr.children ?? []).map((c) => textOf(c, p.text).replace(/\s+/g, " ").trim())),
    );
    expect(rows).toEqual([
      ["Item", "Note"],
      ["Permit", "Due in May"],
      ["Fee", "Paid twice"],
    ]);
    expect(taggedProblems(pdf)).toEqual([]);
  });

  it("gives links a Link element with their annotation, spans in another language their Lang", async () => {
    const pdf = await tagged(
      letter("See [our terms](https://example.com/terms) or [Guten Tag]{lang=de}."),
    );
    const all = pdf.pages.flatMap((p) => elements(p.tree));
    const link = all.find((e) => e.role === "Link") as StructNode;
    expect(link.children?.map((c) => c.type)).toEqual(["content", "object"]);
    expect(all.find((e) => e.role === "Span")?.lang).toBe("de");
    expect(pdf.raw).toMatch(/\/Lang \(en-US\)/);
    expect(pdf.raw).toMatch(/\/Contents \(Link to https:\/\/example.com\/terms\)/);
    expect(taggedProblems(pdf)).toEqual([]);
  });

  it("describes a signature image as the signer's signature, unless the markup says otherwise", async () => {
    const pdf = await tagged(
      letter("Body.", "signer: { name: Jane Doe, image: signatures/scribble.png }"),
    );
    const figures = pdf.pages.flatMap((p) => elements(p.tree).filter((e) => e.role === "Figure"));
    expect(figures.map((f) => f.alt)).toContain("Signature of Jane Doe");
  });

  it("says what it shows in the letter's language: signature, link and footnote (pack labels)", async () => {
    const text = letter(
      "Siehe [unsere Bedingungen](https://example.com/agb).[^1]\n\n  [^1]: Eine Fußnote.",
      "lang: de\nsigner: { name: Erika Muster, image: signatures/scribble.png }",
    );
    const pdf = await tagged(text);
    const figures = pdf.pages.flatMap((p) => elements(p.tree).filter((e) => e.role === "Figure"));
    expect(figures.map((f) => f.alt)).toContain("Unterschrift von Erika Muster");
    expect(pdf.raw).toMatch(/\/Contents \(Link zu https:\/\/example.com\/agb\)/);
    // pdfkit writes text beyond ASCII in UTF-16BE, after a byte order mark.
    const utf16 = Buffer.from("\uFEFFFußnote 1", "utf16le").swap16().toString("latin1");
    expect(pdf.raw).toContain(`/Contents (${utf16})`);
    expect(taggedProblems(pdf)).toEqual([]);
  });
});

describe("pdftotext reads a signature grid name by name", () => {
  it.skipIf(!hasPdftotext).each([[[]], [["-raw"]]])("pdftotext %j", async (mode) => {
    const dir = mkdtempSync(join(tmpdir(), "missive-tag-"));
    try {
      const file = join(dir, "seed.pdf");
      writeFileSync(file, (await render(SEED, ["pdf"])).pdf as Uint8Array);
      const text = execFileSync("pdftotext", [...(mode as string[]), file, "-"], {
        encoding: "utf8",
      }).replace(/\s+/g, " ");
      // Each name, in order, is followed by its title before the next name.
      let at = 0;
      for (const s of seedSigners()) {
        const name = text.indexOf(s.name, at);
        expect(name, `${s.name} after the signer before`).toBeGreaterThan(at - 1);
        const after = text.slice(name + s.name.length).trimStart();
        expect(after.startsWith(s.title), `${s.name}'s title next`).toBe(true);
        at = name + s.name.length;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function seedSigners(): { name: string; title: string }[] {
  return (parse(readFileSync(SEED, "utf8")) as { signers: { name: string; title: string }[] })
    .signers;
}

/** A business-pack letter with this body (Markdown) and extra data. */
function letter(
  body: string,
  extra = "signer: { name: Jane Doe }",
): { file: string; text: string } {
  const text = `template: business
sender: { company: Example Co, address: [1 Main Street] }
date: 2024-05-14
recipient: [Ms. Ann Lee]
subject: A subject
salutation: "Dear Ms. Lee:"
body: |
  ${body}
closing: Sincerely,
${extra}
`;
  return { file: join(ROOT, "data", "inline-tagged.yaml"), text };
}
