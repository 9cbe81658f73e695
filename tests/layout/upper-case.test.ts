import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { ROOT, render } from "../helpers/render.js";

/** A senate letter whose letterhead's place lines (an `uppercase` style) are `lines`. */
function placeLetter(lang: string, lines: string[]): string {
  return `template: senate
lang: ${lang}
letterhead:
  org: Org
  lines: [${lines.map((l) => JSON.stringify(l)).join(", ")}]
date: 2025-03-12
recipient: [X]
salutation: "X,"
body: X.
signers: [{ name: X }]
`;
}

/** The letterhead's painted items of a senate letter whose place lines are `lines`. */
async function headItems(
  lang: string,
  lines: string[],
): Promise<{ items: TextItem[]; txt: string }> {
  const r = await render({
    file: join(ROOT, "data", `upper-${lang}.yaml`),
    text: placeLetter(lang, lines),
  });
  const items = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
    (i): i is TextItem => i.kind === "text" && (i.block ?? "").startsWith("head/"),
  );
  return { items, txt: r.txt as string };
}

/** The words the PDF's layout and the text output give a style in capitals. */
async function capitals(lang: string, lines: string[]): Promise<{ pdf: string[]; txt: string }> {
  const { items, txt } = await headItems(lang, lines);
  return { pdf: items.map((i) => i.text), txt };
}

// scripts27: a style in capitals upper-cased with the machine's locale: a Turkish place
// "Diyarbakır" printed "DIYARBAKIR" (İ without its dot), Greek "Αθήνα" kept its accent "ΑΘΉΝΑ".
describe("a style in capitals", () => {
  it("writes Turkish i as İ", async () => {
    const { pdf, txt } = await capitals("tr", ["Diyarbakır, istiklal caddesi"]);
    expect(pdf.join(" ")).toContain("DİYARBAKIR, İSTİKLAL CADDESİ");
    expect(txt).toContain("DİYARBAKIR, İSTİKLAL CADDESİ");
  });

  it("writes Greek without accents, a diaeresis where an accent kept two vowels apart", async () => {
    const { pdf, txt } = await capitals("el", ["Αθήνα, Μάιος"]);
    expect(pdf.join(" ")).toContain("ΑΘΗΝΑ, ΜΑΪΟΣ");
    expect(txt).toContain("ΑΘΗΝΑ, ΜΑΪΟΣ");
  });

  it("writes English i as I", async () => {
    const { pdf, txt } = await capitals("en", ["Washington, district"]);
    expect(pdf.join(" ")).toContain("WASHINGTON, DISTRICT");
    expect(txt).toContain("WASHINGTON, DISTRICT");
  });

  // letterhead28: the senate's place line printed "RPSOUTHERN@JUSTICE.GOV.UK", and a web
  // address's case-sensitive path in capitals led nowhere.
  it("leaves e-mail and web addresses as typed", async () => {
    const line = "Tel 0161 · rpsouthern@justice.gov.uk · https://example.gov.uk/Forms/A1";
    const { pdf, txt } = await capitals("en", [line]);
    const want = "TEL 0161 · rpsouthern@justice.gov.uk · https://example.gov.uk/Forms/A1";
    expect(pdf.join(" ").replace(/\s+/g, " ")).toContain(want);
    expect(txt).toContain(want);
  });

  // letters28: the address kept as typed was still letter-spaced as the capitals around it,
  // so its small letters read as another style.
  it("sets an address kept as typed without the style's letter-spacing", async () => {
    const { items } = await headItems("en", ["Tel 0161 · rpsouthern@justice.gov.uk · Leeds"]);
    const spacing = (text: string) =>
      items.filter((i) => i.text.includes(text)).map((i) => i.tracking);
    expect(spacing("rpsouthern")).toEqual([0]);
    expect(spacing("TEL")[0]).toBeGreaterThan(0);
    expect(spacing("LEEDS")[0]).toBeGreaterThan(0);
  });
});
