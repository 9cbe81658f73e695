import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { loadPack } from "../../src/load/load-pack.js";
import { caught } from "../helpers/errors.js";
import { ROOT, render } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempPack } from "../helpers/temp-pack.js";

function withChains(chains: string): string {
  const dir = tempPack({});
  const manifest = join(dir, "template.yaml");
  writeFileSync(manifest, `${readFileSync(manifest, "utf8")}fontChains:\n${chains}`);
  return dir;
}

describe("a pack's fallback chains by script or language (fontChains)", () => {
  it("are read over the chains of the pack extended", () => {
    const dir = withChains("  Devanagari: [dejavu]\n  ja: [serif, dejavu]\n");
    expect(loadPack(dir, dir, res).fontChains).toEqual({
      Devanagari: ["dejavu"],
      ja: ["serif", "dejavu"],
    });
  });

  it("report a key that is no script or language, an unknown family and a bad list, each at its line", async () => {
    const dir = withChains("  Klingonish: [dejavu]\n  Han: [cjk]\n  ja: dejavu\n");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.kind).toBe("template");
    const lines = readFileSync(join(dir, "template.yaml"), "utf8").split("\n");
    const lineOf = (s: string) => lines.findIndex((l) => l.startsWith(s)) + 1;
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([
      [
        "fontChains: Klingonish is neither a Unicode script name nor a language tag",
        lineOf("  Klingonish"),
      ],
      ["fontChains.Han names cjk, not a family in fonts", lineOf("  Han")],
      ["fontChains.ja must be a list of font families", lineOf("  ja: dejavu")],
    ]);
  });

  it("draw a script's letters, and the marks and punctuation among them, from its chain", async () => {
    const r = await render(join(ROOT, "data", "senate-hindi-signers-2024.yaml"));
    const items = (r.laidOut as LaidOutDoc).pages[0]?.items ?? [];
    const texts = items.filter((i): i is TextItem => i.kind === "text");
    const fontOf = (t: string) => texts.find((i) => i.text === t)?.font ?? "";
    expect(fontOf("सुनीता")).toMatch(/NotoSerifDevanagari/);
    expect(fontOf("अध्यक्ष")).toMatch(/NotoSerifDevanagari/);
    // The comma after परिषद, between two Devanagari words, takes their face (script32,
    // layout/neutral-faces.ts); it was the text font's, a Latin comma in a Hindi title.
    expect(fontOf("परिषद,")).toMatch(/NotoSerifDevanagari/);
    expect(fontOf("(Sunita Sharma)")).toMatch(/SourceSerif4/);
  });
});

describe("a letter's own fallback chains (fontChains in its data)", () => {
  const letter = (chains: string) => ({
    file: join(ROOT, "data", "own-chains.yaml"),
    text: `template: senate-devanagari
letterhead: { org: Senate }
date: 2024-01-02
recipient: [Someone]
salutation: Dear Someone,
body: नमस्ते.
closing: Sincerely,
signers: [{ name: A. Signer, title: Senator }]
fontChains:
${chains}`,
  });

  it("go over the pack's, key by key", async () => {
    const r = await render(letter("  ja: [dejavu]\n"));
    expect(r.model?.fontChains).toEqual({ Devanagari: ["devanagari"], ja: ["dejavu"] });
  });

  it("may name only the pack's families, as the letter's error at its line says", async () => {
    const e = await caught(() => render(letter("  Devanagari: [mangal]\n")));
    expect(e.kind).toBe("data");
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([
      ["fontChains.Devanagari names mangal, not a family in fonts", 10],
    ]);
  });
});
