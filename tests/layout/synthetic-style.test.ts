import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { emboldenWidth, pickFace, syntheticPaint } from "../../src/layout/synthetic-style.js";
import type { FontFamily } from "../../src/model/style.js";
import { ROOT } from "../helpers/render.js";

const ALL: FontFamily = { regular: "R", bold: "B", italic: "I", boldItalic: "BI" };

describe("pickFace", () => {
  it.each([
    // family, bold, italic, file, made
    [ALL, true, true, "BI", undefined],
    [ALL, true, false, "B", undefined],
    [{ regular: "R" }, false, false, "R", undefined],
    [{ regular: "R" }, true, false, "R", { bold: true }],
    [{ regular: "R" }, false, true, "R", { italic: true }],
    [{ regular: "R" }, true, true, "R", { bold: true, italic: true }],
    [{ regular: "R", bold: "B" }, true, true, "B", { italic: true }],
    [{ regular: "R", italic: "I" }, true, true, "I", { bold: true }],
    [{ regular: "R", bold: "B" }, false, true, "R", { italic: true }],
    // A pack that names the regular file as the italic keeps the script upright.
    [{ regular: "R", italic: "R" }, false, true, "R", undefined],
  ] as [FontFamily, boolean, boolean, string, object | undefined][])(
    "%j bold %s italic %s: %s, making %j",
    (fam, bold, italic, path, made) => {
      const picked = pickFace(fam, bold, italic);
      expect(picked.path).toBe(path);
      expect(picked.synthetic).toEqual(made);
    },
  );

  it("keeps a script upright, bold italic too, in the family docs/scripts.md shows for it", () => {
    const doc = readFileSync(join(ROOT, "docs/scripts.md"), "utf8");
    const section = doc.slice(doc.indexOf("### Bold and italic"));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const fam = (parse(yaml) as { fonts: { naskh: FontFamily } }).fonts.naskh;
    for (const [bold, italic] of [
      [false, true],
      [true, true],
    ])
      expect(pickFace(fam, bold as boolean, italic as boolean).synthetic).toBeUndefined();
    // Without a bold italic file, a bold italic run is the bold file, sheared.
    expect(pickFace({ ...fam, boldItalic: undefined }, true, true).synthetic).toEqual({
      italic: true,
    });
  });
});

describe("the synthetic bold's stroke", () => {
  it("is a 24th of the size up to 9 pt, a 32nd from 36 pt, in between interpolated", () => {
    expect(emboldenWidth(6)).toBeCloseTo(6 / 24, 9);
    expect(emboldenWidth(9)).toBeCloseTo(9 / 24, 9);
    expect(emboldenWidth(48)).toBeCloseTo(48 / 32, 9);
    expect(emboldenWidth(22.5)).toBeCloseTo(22.5 * (1 / 24 + (1 / 32 - 1 / 24) / 2), 9);
    expect(syntheticPaint({ bold: true, italic: true }, 12)).toEqual({
      embolden: emboldenWidth(12),
      slant: 0.25,
    });
    expect(syntheticPaint(undefined, 12)).toEqual({});
  });
});
