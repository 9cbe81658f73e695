import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { dropChangedFonts, loadFont } from "../../src/layout/font-file.js";

const require = createRequire(import.meta.url);
const serif = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const sans = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf");

it("parses a font once, and again after its file changed or vanished", () => {
  const dir = mkdtempSync(join(tmpdir(), "missive-font-"));
  const path = join(dir, "face.ttf");
  copyFileSync(serif, path);
  const first = loadFont(path);
  expect(loadFont(path)).toBe(first);
  expect(dropChangedFonts()).not.toContain(path);

  copyFileSync(sans, path);
  expect(dropChangedFonts()).toEqual([path]);
  const second = loadFont(path);
  expect(second).not.toBe(first);
  expect(second.postscriptName).toBe("DejaVuSansCondensed");

  rmSync(path);
  expect(dropChangedFonts()).toEqual([path]);
});
