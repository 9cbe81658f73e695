import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasPackAsset, loadPack } from "../../src/load/load-pack.js";
import { forgetPacks } from "../../src/resources.js";
import { caught } from "../helpers/errors.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";
import { tempPack } from "../helpers/temp-pack.js";

describe("loadPack after forgetPacks (as in every start from the snapshot)", () => {
  it("reads a manifest that changed as it is now", () => {
    const dir = tempPack({});
    expect(loadPack(dir, dir, res).lang).toBe("en-US");
    const manifest = join(dir, "template.yaml");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/^lang: .*$/m, "lang: de-DE"));
    forgetPacks(res);
    expect(loadPack(dir, dir, res).lang).toBe("de-DE");
  });

  it("gives each load its own data, so one pack's changes cannot reach the next", () => {
    const dir = tempPack({});
    // A schema written in the manifest is the manifest's own data.
    const manifest = join(dir, "template.yaml");
    const schema = readFileSync(join(dir, "schema.json"), "utf8").replaceAll("\n", " ");
    writeFileSync(
      manifest,
      readFileSync(manifest, "utf8").replace(/^schema: .*$/m, `schema: ${schema}`),
    );
    const first = loadPack(dir, dir, res);
    expect(first.schemaFile).toBe(manifest);
    (first.schema as { title?: string }).title = "changed";
    forgetPacks(res);
    const second = loadPack(dir, dir, res);
    expect(second.schema).toEqual(JSON.parse(schema));
  });
});

describe("values", () => {
  const withValues = (dir: string, values: string) => {
    const manifest = join(dir, "template.yaml");
    writeFileSync(manifest, `${readFileSync(manifest, "utf8")}\nvalues: ${values}\n`);
    return dir;
  };

  it("are the manifest's mapping, merged key by key over the parent's", () => {
    const parent = withValues(tempPack({}), "{ top: { A: 8mm, B: 15mm }, left: 25mm }");
    const child = tempDir("pack");
    writeFileSync(
      join(child, "template.yaml"),
      `name: child\nextends: ${parent}\nvalues: { top: { A: 9mm } }\n`,
    );
    expect(loadPack(parent, parent, res).values).toEqual({
      top: { A: "8mm", B: "15mm" },
      left: "25mm",
    });
    expect(loadPack(child, child, res).values).toEqual({ top: { A: "9mm" }, left: "25mm" });
  });

  it("must be a mapping", async () => {
    const dir = withValues(tempPack({}), "[8mm, 15mm]");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems[0]?.message).toBe("values must be a mapping");
    expect(e.problems[0]?.location?.line).toBeGreaterThan(1);
  });
});

describe("page", () => {
  // Before, "pl.yaml:10:19: recipient.0: date line 1 is 14pt tall and cannot fit on any page".
  it("refuses margins that leave the text less than an inch, at the margin", async () => {
    const dir = tempPack({});
    const manifest = join(dir, "template.yaml");
    const text = readFileSync(manifest, "utf8");
    writeFileSync(manifest, text.replace(/margin: .*/, "margin: 5in"));
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.kind).toBe("template");
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([
      [
        "page margins leave no room for the text: top 360pt, right 360pt, bottom 360pt and left 360pt on a page of 612pt × 792pt",
        text.split("\n").findIndex((l) => /margin: /.test(l)) + 1,
      ],
    ]);
  });

  const withMargin = (margin: string) => {
    const dir = tempPack({});
    const manifest = join(dir, "template.yaml");
    const text = readFileSync(manifest, "utf8").replace(/margin: .*/, `margin: ${margin}`);
    writeFileSync(manifest, text);
    const line = text.split("\n").findIndex((l) => /margin: /.test(l)) + 1;
    return { dir, line };
  };

  // Before, "page margin top/right/bottom/left is not a length": four problems for one value.
  it("refuses one bad margin for every side once, at its value", async () => {
    const { dir, line } = withMargin("wide");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => [p.message, p.location?.line, p.location?.col])).toEqual([
      ["page margin is not a length", line, 11],
    ]);
  });

  // Before, at the mapping's `{` (column 11), whichever side was bad.
  it("refuses a bad side of the margin at that side's value", async () => {
    const { dir, line } = withMargin("{ top: 1in, right: wide, bottom: 1in, left: -1in }");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => [p.message, p.location?.line, p.location?.col])).toEqual([
      ["page margin right is not a length", line, 30],
      ["page margin left is not a length", line, 55],
    ]);
  });

  it("reads one margin as every side's", () => {
    const { dir } = withMargin("0.5in");
    expect(loadPack(dir, dir, res).page.margin).toEqual({
      top: 36,
      right: 36,
      bottom: 36,
      left: 36,
    });
  });

  // Before, "page margins leave -1088.8pt × … of the 612pt × 792pt page for the text".
  it("says plainly that margins wider than the page leave no room, with the page and margins", async () => {
    const { dir } = withMargin("{ top: 1in, right: 10in, bottom: 1in, left: 10in }");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => [p.message, p.hints])).toEqual([
      [
        "page margins leave no room for the text: top 72pt, right 720pt, bottom 72pt and left 720pt on a page of 612pt × 792pt",
        ["make the margins smaller, or the page larger: the text needs at least 72pt each way"],
      ],
    ]);
  });
});

// column39: page 1's own column set by the pack (page.firstMargin), not by each letter.
describe("page.firstMargin", () => {
  const withFirst = (first: string) => {
    const dir = tempPack({});
    const manifest = join(dir, "template.yaml");
    const text = readFileSync(manifest, "utf8").replace(
      /^( +margin: .*)$/m,
      `$1\n  firstMargin: ${first}`,
    );
    writeFileSync(manifest, text);
    const line = text.split("\n").findIndex((l) => /firstMargin: /.test(l)) + 1;
    return { dir, line };
  };

  it("reads page 1's left and right margins, a side not given left out", () => {
    const { dir } = withFirst("{ left: 2.5in }");
    expect(loadPack(dir, dir, res).page.firstMargin).toEqual({ left: 180 });
  });

  it("reads one length as both sides", () => {
    const { dir } = withFirst("2in");
    expect(loadPack(dir, dir, res).page.firstMargin).toEqual({ left: 144, right: 144 });
  });

  it.each([
    ["{ left: wide }", "page firstMargin left is not a length"],
    ["{ left: -1in }", "page firstMargin left is not a length"],
    ["{ top: 1in }", "page firstMargin has no top: it sets page 1's left and right margins only"],
    // One value for both sides, written once, is one problem (it was one for each side).
    ["wide", "page firstMargin is not a length"],
    ["-1in", "page firstMargin is not a length"],
    ["null", "page firstMargin is not a length"],
    [
      "{ left: 9in }",
      "page 1: page margins leave no room for the text: top 72pt, right 72pt, bottom 72pt and left 648pt on a page of 612pt × 792pt",
    ],
    [
      "{ left: 7in }",
      "page 1: page margins leave 36pt × 648pt of the 612pt × 792pt page for the text; it needs at least 72pt each way",
    ],
  ])("refuses %s at page.firstMargin", async (first, message) => {
    const { dir, line } = withFirst(first);
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.kind).toBe("template");
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([[message, line]]);
  });

  // Before, every problem was at the setting (`firstMargin:`'s value, column 16).
  it.each([
    ["{ left: 1in, right: wide }", 36],
    ["{ left: 1in, Right: 1in }", 29],
  ])("refuses %s at the bad side, not the whole setting", async (first, col) => {
    const { dir, line } = withFirst(first);
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => [p.location?.line, p.location?.col])).toEqual([[line, col]]);
  });
});

// A key that is no side is hinted at as what it most likely is: a misspelt side ("Left"),
// not page 1's top (the hint for "top" and "bottom").
it.each([
  ["Left", "its keys are left and right (lower case), or write one length for both"],
  [
    "bottom",
    "page 1's top is the letterhead's and its foot the footers': give the letterhead a height instead",
  ],
])("hints at page.firstMargin's %s as what it is", async (key, hint) => {
  const dir = tempPack({});
  const manifest = join(dir, "template.yaml");
  const text = readFileSync(manifest, "utf8").replace(
    /^( +margin: .*)$/m,
    `$1\n  firstMargin: { ${key}: 1in }`,
  );
  writeFileSync(manifest, text);
  const e = await caught(() => loadPack(dir, dir, res));
  expect(e.problems.map((p) => p.hints)).toEqual([[hint]]);
});

// Before, a page size every object has a property of (`constructor`, `__proto__`) was taken,
// a page of no width or height.
it("refuses a page size named as every object's property", async () => {
  const dir = tempPack({});
  const manifest = join(dir, "template.yaml");
  writeFileSync(
    manifest,
    readFileSync(manifest, "utf8").replace("  size: letter", "  size: constructor"),
  );
  const e = await caught(() => loadPack(dir, dir, res));
  expect(e.problems[0]).toMatchObject({
    message: "unknown page size constructor",
    location: { line: 5, path: "page.size" },
  });
});

describe("styles", () => {
  // The line of the first style added after "styles:" in the senate pack's manifest, so the
  // pinned places follow the pack's data as it grows.
  const first =
    readFileSync(join(import.meta.dirname, "../../templates/senate/template.yaml"), "utf8")
      .split("\n")
      .indexOf("styles:") + 2;
  const withStyles = (extra: string) => {
    const dir = tempPack({});
    const manifest = join(dir, "template.yaml");
    const text = readFileSync(manifest, "utf8").replace("styles:\n", `styles:\n${extra}`);
    writeFileSync(manifest, text);
    return dir;
  };

  it("refuses a colour that is not #rrggbb and an unknown alignment, at their place", async () => {
    const dir = withStyles(
      '  bad: { color: banana }\n  short: { color: "#ff000" }\n  odd: { align: middle }\n',
    );
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.kind).toBe("template");
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([
      ["style bad.color is banana; it must be a colour written #rrggbb, like #1f3a60", first],
      ["style short.color is #ff000; it must be a colour written #rrggbb, like #1f3a60", first + 1],
      ["style odd.align is middle; it must be left, center, right or justify", first + 2],
    ]);
  });

  // Before: rendered, exit 0, into a PDF whose text operators read NaN (poppler: "Unknown
  // operator 'NaN'"): styles are looked up by name in objects, which all have a toString.
  it("refuses a style named as every object's property, and one extending such a name", async () => {
    const dir = withStyles(
      "  constructor: { bold: true }\n  toString: { size: 30 }\n  ok: { extends: valueOf, size: 12 }\n",
    );
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => [p.message, p.location?.line, p.location?.col])).toEqual([
      ["a style may not be named constructor, a name every JavaScript object has", first, 3],
      ["a style may not be named toString, a name every JavaScript object has", first + 1, 3],
    ]);
    const fine = withStyles("  ok: { extends: valueOf, size: 12 }\n");
    expect(loadPack(fine, fine, res).styles.ok).toMatchObject({ size: 12, font: "serif" });
    // Before, accepted, and every letter stopped with "cannot read undefined: ERR_INVALID_ARG_TYPE".
    const font = withStyles("  odd: { font: toString }\n");
    expect((await caught(() => loadPack(font, font, res))).problems[0]).toMatchObject({
      message: "style odd uses font toString, which the pack does not define",
      location: { line: first, path: "styles.odd.font" },
    });
  });

  // Before, a runover the page cannot hold was clamped in the layout without a word.
  it("refuses a runover below 0 or past half the page, at its place", async () => {
    const dir = withStyles(
      "  neg: { runover: -4 }\n  wide: { runover: 400 }\n  ok: { runover: 12 }\n",
    );
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([
      ["style neg.runover is -4; it must be a runover from 0 to half the page width", first],
      ["style wide.runover is 400; it must be a runover from 0 to half the page width", first + 1],
    ]);
  });

  it("refuses a first-line indent below 0 or past half the page, at its place", async () => {
    const dir = withStyles(
      "  neg: { firstLineIndent: -1 }\n  wide: { firstLineIndent: 11in }\n  huge: { firstLineIndent: 30em }\n",
    );
    const e = await caught(() => loadPack(dir, dir, res));
    const bounds = "it must be a first-line indent from 0 to half the page width";
    expect(e.problems.map((p) => [p.message, p.location?.line])).toEqual([
      [`style neg.firstLineIndent is -1; ${bounds}`, first],
      [`style wide.firstLineIndent is 792; ${bounds}`, first + 1],
      [`style huge.firstLineIndent is 30em (330pt); ${bounds}`, first + 2],
    ]);
  });

  // Two characters of Chinese are two ems of the text's size, whatever size a style sets.
  it("makes lengths in ems points by the size of the style they end up in", () => {
    const dir = withStyles(
      "  cjk: { firstLineIndent: 2em, leading: 1.5em }\n  big: { extends: cjk, size: 20 }\n  fixed: { extends: cjk, firstLineIndent: 30 }\n",
    );
    const { styles } = loadPack(dir, dir, res);
    // The senate pack's default is 11pt.
    expect(styles.cjk).toMatchObject({ firstLineIndent: 22, leading: 16.5 });
    expect(styles.big).toMatchObject({ firstLineIndent: 40, leading: 30 });
    expect(styles.fixed).toMatchObject({ firstLineIndent: 30, leading: 16.5 });
  });

  it("keeps a parent pack's ems, by the child's size, until the child sets the length in points", () => {
    const parent = withStyles("  cjk: { firstLineIndent: 2em }\n");
    const child = (styles: string) => {
      const dir = tempDir("pack");
      writeFileSync(
        join(dir, "template.yaml"),
        `name: child\nextends: ${parent}\nstyles:\n${styles}`,
      );
      return loadPack(dir, dir, res).styles.cjk;
    };
    expect(child("  cjk: { size: 12 }\n")?.firstLineIndent).toBe(24);
    expect(child("  cjk: { firstLineIndent: 30 }\n")?.firstLineIndent).toBe(30);
    expect(child("  cjk: { firstLineIndent: 3em }\n")?.firstLineIndent).toBe(33);
  });

  it("refuses ems where a length of the font's own size or a count is meant", async () => {
    const dir = withStyles("  a: { size: 2em }\n  b: { hyphenPenalty: 2em }\n");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => p.message)).toEqual([
      "style a.size must be a length",
      "style b.hyphenPenalty must be a length",
    ]);
  });

  // Before, "style tall.leading is 2000; it must be a leading above 0", which it is.
  it("names both bounds of a leading it refuses", async () => {
    const dir = withStyles("  flat: { leading: 0 }\n  tall: { leading: 2000 }\n");
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.problems.map((p) => p.message)).toEqual([
      "style flat.leading is 0; it must be a leading from above 0 to 1000pt",
      "style tall.leading is 2000; it must be a leading from above 0 to 1000pt",
    ]);
  });

  it("gives a style that changes its size a matching leading unless it sets one", () => {
    const dir = withStyles("  big: { size: 23 }\n  set: { size: 23, leading: 24 }\n");
    const pack = loadPack(dir, dir, res);
    // The senate pack's default is 11 on 14.
    expect(pack.styles.big?.leading).toBe(29.27);
    expect(pack.styles.set?.leading).toBe(24);
  });
});

describe("styles of a pack that extends another", () => {
  it("take the child's default, keep their own properties, and scale leading with a new size", () => {
    const dir = tempDir("child-styles");
    writeFileSync(
      join(dir, "template.yaml"),
      [
        "extends: business",
        "styles:",
        "  default: { font: sans, color: '#222222' }",
        "  company: { size: 30 }",
        "",
      ].join("\n"),
    );
    const pack = loadPack(dir, dir, res);
    // business: default serif 11/14, subject bold, company sans 15/18 bold #1f3a60.
    expect(pack.styles.subject).toMatchObject({ font: "sans", color: "#222222", bold: true });
    expect(pack.styles.company).toMatchObject({ size: 30, leading: 36, color: "#1f3a60" });
  });
});

describe("extends written as a path", () => {
  it("finds a pack beside the extending one, relative to its folder, whatever the cwd", () => {
    const holder = tempDir("packs");
    for (const [name, manifest] of [
      ["base", "extends: senate\nlang: de-DE\n"],
      ["child", "extends: ../base\n"],
    ] as const) {
      mkdirSync(join(holder, name));
      writeFileSync(join(holder, name, "template.yaml"), manifest);
    }
    expect(loadPack(join(holder, "child"), tempDir("elsewhere"), res).lang).toBe("de-DE");
  });

  it("refuses a pack outside the folder that holds the extending one", async () => {
    const holder = tempDir("packs");
    const outside = tempDir("outside");
    writeFileSync(join(outside, "template.yaml"), "extends: senate\n");
    mkdirSync(join(holder, "child"));
    writeFileSync(join(holder, "child", "template.yaml"), `extends: ${outside}\n`);
    const e = await caught(() => loadPack(join(holder, "child"), holder, res));
    expect(e?.problems[0]?.message).toMatch(/^the pack \S+ is outside \S+, the folder that holds/);
  });
});

describe("hasPackAsset", () => {
  const at = { file: "letter.hbs", line: 2, col: 3 };

  it("finds a file of the pack, and says no for one it has not", () => {
    const dir = tempPack({});
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "logo.png"), "x");
    const pack = loadPack(dir, dir, res);
    expect(hasPackAsset(pack, "assets/logo.png", at)).toBe(true);
    expect(hasPackAsset(pack, "assets/seal.png", at)).toBe(false);
  });

  // Before, a link in the pack to a missing file outside answered "no" and one to an existing
  // file an error: the outcome told the template whether the file exists.
  it("refuses a link in the pack that leads outside, whether or not its target exists", async () => {
    const dir = tempPack({});
    const outside = tempDir("outside");
    writeFileSync(join(outside, "there.png"), "x");
    mkdirSync(join(dir, "assets"));
    symlinkSync(join(outside, "there.png"), join(dir, "assets", "there.png"));
    symlinkSync(join(outside, "nowhere.png"), join(dir, "assets", "nowhere.png"));
    const pack = loadPack(dir, dir, res);
    for (const name of ["assets/there.png", "assets/nowhere.png"]) {
      const e = await caught(() => hasPackAsset(pack, name, at));
      expect([e.kind, e.problems[0]?.message]).toEqual([
        "template",
        expect.stringMatching(new RegExp(`^asset ${name} is outside the pack folder`)),
      ]);
    }
  });

  // An answer about a file outside the pack would show on the page whether it exists.
  it("refuses a name outside the pack whether or not the file exists", async () => {
    const dir = tempPack({});
    writeFileSync(join(dir, "..", "there.png"), "x");
    const pack = loadPack(dir, dir, res);
    for (const name of ["../there.png", "../nowhere.png", "/etc/passwd", "assets/../../x", ""]) {
      const e = await caught(() => hasPackAsset(pack, name, at));
      expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
        "template",
        `hasAsset: ${JSON.stringify(name)} is not a file inside the pack`,
        at,
      ]);
    }
  });
});

// Before, a language's labels written as one text were passed over without a word, and a
// control character in a label or a value was refused only as the markup it made ("malformed
// letter markup: disallowed character", at the markup's line, not the manifest's).
describe("a pack's labels and values", () => {
  /** A pack extending a copy of senate, its manifest these lines after two of its own. */
  const withManifest = (lines: string) => {
    const dir = tempDir("pack");
    writeFileSync(join(dir, "template.yaml"), `name: child\nextends: ${tempPack({})}\n${lines}\n`);
    return dir;
  };
  const said = async (dir: string) =>
    (await caught(() => loadPack(dir, dir, res))).problems.map(
      (p) => `${p.location?.line}: ${p.location?.path}: ${p.message}`,
    );

  it("are a mapping of languages, each a mapping of names to texts", async () => {
    const dir = withManifest('labels:\n  ps: "P.S."\n  en: { ps: [P, S] }\n  de: { ps: "PS:" }');
    expect(await said(dir)).toEqual([
      "4: labels.ps: a language's labels are a mapping of names to texts",
      "5: labels.en.ps: a label is a text",
    ]);
  });

  // Before, any key was kept as a language: `en_US:`, `english:` or `jp:` labels, which no
  // letter's `lang:` can name, were passed over for every letter without a word.
  it("are keyed by language tags a letter's lang could be, with a guess at the one meant", async () => {
    const dir = withManifest(
      'labels:\n  en_US: { ps: "P.S." }\n  English: { ps: "P.S." }\n  jp: { ps: "追伸" }\n  "x!": { ps: "P.S." }\n  de-CH: { ps: "PS:" }\n  zz-bogus: { ps: "P.S." }',
    );
    const e = await caught(() => loadPack(dir, dir, res));
    expect(e.kind).toBe("template");
    expect(e.problems.map((p) => [p.location?.line, p.location?.path, p.message, p.hints])).toEqual(
      [
        [4, "labels.en_US", '"en_US" is not a language tag', ["did you mean `en-US`?"]],
        [
          5,
          "labels.English",
          '"English" is a language\'s name, not its tag',
          ["did you mean `en`?"],
        ],
        [
          6,
          "labels.jp",
          "\"jp\" is a country's code (Japan), not a language's",
          ["did you mean `ja` (Japanese)?"],
        ],
        [
          7,
          "labels.x!",
          '"x!" is not a language tag',
          ["key each language's labels by a BCP 47 tag such as en, de-CH or pt-BR"],
        ],
      ],
    );
  });

  it("hold no control character, located where it is written", async () => {
    const dir = withManifest('labels: { en: { ps: "\\e]8;;x\\aP.S." } }\nvalues: { x: "a\\x9b" }');
    expect(await said(dir)).toEqual([
      "3: labels.en.ps: contains the control character U+001B at position 1",
      "4: values.x: contains the control character U+009B at position 2",
    ]);
  });
});
