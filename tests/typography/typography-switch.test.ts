import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "../../src/load/load-pack.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { caught } from "../helpers/errors.js";
import { senateLetter } from "../helpers/letters.js";
import { FIXED_DATE, ROOT, render } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempPack } from "../helpers/temp-pack.js";

const manifest = (dir: string) => readFileSync(join(dir, "template.yaml"), "utf8");
const quotedLetter = (extra = "", template = "senate") => {
  const src = senateLetter(1, 1, extra);
  const text = src.text
    .replace("Paragraph 1 says", `"Paragraph 1" says Mr. Doe's`)
    .replace("template: senate", `template: ${template}`);
  // A pack the data names by path must lie under the data's folder (docs/security.md).
  const file = template === "senate" ? src.file : join(template, "letter.yaml");
  return { ...src, file, text };
};

describe("turning typography off", () => {
  it("is on by default", async () => {
    const r = await render(quotedLetter(), ["txt"]);
    expect(r.txt).toContain("“Paragraph\u00a01” says Mr.\u00a0Doe’s");
  });

  it("per letter, with typography: in its data", async () => {
    const r = await render(quotedLetter("typography: { quotes: false }"), ["txt"]);
    expect(r.txt).toContain(`"Paragraph\u00a01" says Mr.\u00a0Doe's`);
  });

  it("per pack, with typography: in its manifest, which a letter may turn on again", async () => {
    const dir = tempPack({});
    const off = tempPack({
      "template.yaml": `${manifest(dir)}\ntypography: { quotes: false, ties: false }\n`,
    });
    expect(loadPack(off, off, res).typography).toEqual({
      quotes: false,
      spacing: true,
      ties: false,
      dashes: true,
      ordinals: true,
      diacritics: true,
    });
    // The pack is named as -t does: a template path in the data must lie under its folder.
    const withPack = (extra: string) =>
      renderLetter(quotedLetter(extra), {
        ...letterOptions({ template: off, formats: ["txt"], creationDate: FIXED_DATE.getTime() }),
        cwd: ROOT,
      });
    const plain = await withPack("");
    expect(plain.txt).toContain(`"Paragraph 1" says Mr. Doe's`);
    const curled = await withPack("typography: { quotes: true }");
    expect(curled.txt).toContain("“Paragraph 1” says Mr. Doe’s");
  });

  it("reports a manifest's typography that is not a mapping of booleans", async () => {
    const dir = tempPack({});
    const bad = tempPack({
      "template.yaml": `${manifest(dir)}\ntypography: { quotes: no, ligatures: true }\n`,
    });
    const e = await caught(() => loadPack(bad, bad, res));
    expect(e.problems.map((p) => p.message)).toEqual([
      "typography.quotes: typography is a mapping of quotes, spacing, ties, dashes, ordinals, diacritics to true or false",
      "typography.ligatures: typography is a mapping of quotes, spacing, ties, dashes, ordinals, diacritics to true or false",
    ]);
  });

  it("reports a letter's typography that is not a mapping of booleans", async () => {
    const src = quotedLetter("typography: { quotes: off }");
    const e = await caught(() => render(src, ["txt"]));
    expect(e.kind).toBe("data");
    expect(e.problems[0]).toMatchObject({ message: 'must be true or false, not the text "off"' });
    const line = src.text.split("\n").findIndex((l) => l.startsWith("typography:")) + 1;
    expect(e.problems[0]?.location?.line).toBe(line);
  });
});
