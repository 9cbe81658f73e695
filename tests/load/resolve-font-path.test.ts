import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveFontPath } from "../../src/load/resolve-font-path.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { FIXED_DATE, ROOT } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const CJK = join(ROOT, "tests/fixtures/fonts/NotoSerifSC-subset.ttf");

/** A user's project with a font package installed in its own node_modules and a pack using it. */
function project(): string {
  const dir = tempDir("font-project");
  const pkg = join(dir, "node_modules/@someone/cjk-font");
  mkdirSync(join(pkg, "files"), { recursive: true });
  writeFileSync(join(pkg, "package.json"), '{ "name": "@someone/cjk-font", "version": "1.0.0" }\n');
  cpSync(CJK, join(pkg, "files/cjk.ttf"));
  const pack = join(dir, "templates/zh");
  mkdirSync(pack, { recursive: true });
  writeFileSync(
    join(pack, "template.yaml"),
    [
      "name: zh",
      "extends: senate",
      "fonts:",
      "  cjk:",
      "    regular: pkg:@someone/cjk-font/files/cjk.ttf",
      "fallbackFonts: [cjk, dejavu]",
      "",
    ].join("\n"),
  );
  return dir;
}

describe("pkg: fonts", () => {
  it("are found in the node_modules of the pack's own project, then in missive's", () => {
    const dir = project();
    const pack = join(dir, "templates/zh");
    expect(resolveFontPath("pkg:@someone/cjk-font/files/cjk.ttf", [pack])).toBe(
      join(dir, "node_modules/@someone/cjk-font/files/cjk.ttf"),
    );
    // Not from a folder outside that project, and missive's own packages still resolve.
    expect(resolveFontPath("pkg:@someone/cjk-font/files/cjk.ttf", [ROOT])).toBeNull();
    expect(resolveFontPath("pkg:dejavu-fonts-ttf/ttf/DejaVuSerif.ttf", [pack])).toMatch(
      /node_modules\/dejavu-fonts-ttf\/ttf\/DejaVuSerif\.ttf$/,
    );
    expect(resolveFontPath("pkg:@someone/cjk-font/../../x.ttf", [pack])).toBeNull();
  });

  it("let a letter in that project set Chinese with the font installed there", async () => {
    const dir = project();
    const letter = [
      "template: zh",
      "letterhead: { org: 国际合作, lines: [WASHINGTON] }",
      "date: 2020-03-11",
      "recipient: [The Honorable Jane Doe]",
      "salutation: Dear Ms. Doe,",
      "body: 我们写信是为了表达对国际合作的关切。",
      "signers: [{ name: A B, title: Senator }]",
      "",
    ].join("\n");
    const file = join(dir, "letter.yaml");
    writeFileSync(file, letter);
    const r = await renderLetter(
      { file, text: letter },
      { ...letterOptions({ formats: ["pdf"], creationDate: FIXED_DATE.getTime() }), cwd: dir },
    );
    const fonts = new Set(
      r.laidOut?.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === "text" ? [i.font] : []))),
    );
    expect(fonts).toContain(join(dir, "node_modules/@someone/cjk-font/files/cjk.ttf"));
  });
});
