import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { inkBox, pngDpi, pngPixels } from "../helpers/png-pixels.js";
import { ROOT } from "../helpers/render.js";
import { runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const PERSONAL = join(ROOT, "data/personal-cover-letter.yaml");
const SENATE = join(ROOT, "data/senate-itu-2020.yaml");

describe("render -f png", () => {
  it("draws a one-page letter into <stem>.png, its ink where the PDF puts its text", async () => {
    const dir = tempDir("png-one");
    const args = ["--debug", "render", PERSONAL, "-f", "pdf,png", "--dpi", "72", "-o", "out/"];
    const r = runBin(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // pdf.js loads in a process started from the snapshot, which cannot import() (pdfjs.ts).
    expect(r.stderr).toMatch(/^missive: started from the startup snapshot/m);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "personal-cover-letter.pdf",
      "personal-cover-letter.png",
    ]);
    const png = readFileSync(join(dir, "out/personal-cover-letter.png"));
    expect(pngDpi(png)).toBe(72);
    const pixels = await pngPixels(png);
    // US Letter at 72 dpi: one pixel a point.
    expect([pixels.width, pixels.height]).toEqual([612, 792]);
    const pdf = await extractPdf(readFileSync(join(dir, "out/personal-cover-letter.pdf")));
    const left = Math.min(...pdf.items.map((i) => i.x));
    const right = Math.max(...pdf.items.map((i) => i.x + i.width));
    const top = Math.min(...pdf.items.map((i) => i.top));
    const bottom = Math.max(...pdf.items.map((i) => i.y));
    const ink = inkBox(pixels);
    expect(ink).toBeDefined();
    // Glyphs' ink lies a little inside their advance boxes, descenders below the baseline.
    expect(Math.abs((ink?.left ?? 0) - left)).toBeLessThan(3);
    expect(Math.abs((ink?.right ?? 0) - right)).toBeLessThan(3);
    expect(Math.abs((ink?.top ?? 0) - top)).toBeLessThan(4);
    expect(Math.abs((ink?.bottom ?? 0) - bottom)).toBeLessThan(5);
  });

  it("numbers the pages of a longer letter, and draws the same bytes twice", () => {
    const dir = tempDir("png-pages");
    for (const out of ["a/", "b/"]) {
      const r = runBin(["render", SENATE, "-f", "png", "-o", out, "--dpi", "50"], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    const names = ["senate-itu-2020-1.png", "senate-itu-2020-2.png", "senate-itu-2020-3.png"];
    expect(readdirSync(join(dir, "a")).sort()).toEqual(names);
    for (const n of names)
      expect(readFileSync(join(dir, "b", n)).equals(readFileSync(join(dir, "a", n))), n).toBe(true);
  });

  it("takes -o letter.png as the images' name, at 150 dpi by default", async () => {
    const dir = tempDir("png-named");
    const r = runBin(["--json", "render", PERSONAL, "-o", "page.png"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const { files } = JSON.parse(r.stdout);
    expect(files.map((f: { format: string; page: number }) => [f.format, f.page])).toEqual([
      ["png", 1],
    ]);
    const png = readFileSync(join(dir, "page.png"));
    expect(pngDpi(png)).toBe(150);
    expect((await pngPixels(png)).width).toBe((612 * 150) / 72);
  });

  it.each([
    [["-f", "png", "-o", "-"], "page images cannot go to standard output"],
    [["--dpi", "100", "-o", "out/"], "--dpi sets the resolution of page images"],
    [
      ["-f", "png", "--dpi", "5", "-o", "out/"],
      "--dpi must be a whole number from 30 to 600, not 5",
    ],
    [["-f", "pdf,png", "-m", "people.csv"], "a mail merge writes PDF and text, not page images"],
  ])("refuses %j as a usage error and writes nothing", (args, message) => {
    const dir = tempDir("png-usage");
    const r = runBin(["render", PERSONAL, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${message}`);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("never draws over an input: an image the letter uses", () => {
    const letter = `${readFileSync(PERSONAL, "utf8")}signatureImage: scribble.png\n`;
    const sig = join(ROOT, "data/signatures/scribble.png");
    const before = statSync(sig).mtimeMs;
    const r = runBin(["render", "-", "-f", "png", "-o", sig, "--root", ROOT], {
      cwd: join(ROOT, "data/signatures"),
      stdin: letter,
    });
    expect(r.code, r.stderr).toBe(8);
    expect(r.stderr).toContain("error: scribble.png is an image the letter uses, an input");
    expect(statSync(sig).mtimeMs).toBe(before);
  });
});
