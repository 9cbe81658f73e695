import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";

const swaps = vi.hoisted(() => new Map<string, Buffer>());
const reads = vi.hoisted(() => [] as string[]);

// Every input goes through readRegular: the moment after missive read and checked an image,
// an attacker swaps the file for another.
vi.mock("../../src/load/read-regular.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load/read-regular.js")>();
  return {
    ...real,
    readRegular: (path: string, max: number) => {
      reads.push(path);
      const bytes = real.readRegular(path, max);
      const swap = swaps.get(path);
      if (swap) writeFileSync(path, swap);
      return bytes;
    },
  };
});

const { tempDir } = await import("../helpers/temp-dir.js");
const { runCli } = await import("../helpers/run-cli.js");
const { greyPng: png } = await import("../helpers/png-chunk.js");

const LETTER = `template: senate
date: 2020-03-11
letterhead: { org: O, lines: [L] }
recipient: [R]
salutation: Dear R,
body: Hello.
closing: Sincerely,
signers: [{ name: N, title: T, image: sig.png }]
`;

it("paints the image bytes it checked: a file swapped after the check never enters the PDF", async () => {
  const dir = tempDir("swap");
  const sig = join(dir, "sig.png");
  writeFileSync(join(dir, "letter.yaml"), LETTER);
  writeFileSync(sig, png(3, 2));
  // Checked as 3 × 2; then 7 × 5 lies at the same path while the PDF is painted.
  swaps.set(sig, png(7, 5));
  const r = await runCli(["render", "letter.yaml", "-f", "pdf", "-o", "out"], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  expect(readFileSync(sig)).toEqual(png(7, 5));
  const pdf = readFileSync(join(dir, "out", "letter.pdf")).toString("latin1");
  expect(pdf.match(/\/Width \d+/g)).toEqual(["/Width 3"]);
  expect(pdf.match(/\/Height \d+/g)).toEqual(["/Height 2"]);
  expect(reads.filter((p) => p === sig)).toEqual([sig]);
});

it("paints a merge's combined PDF from the checked bytes too", async () => {
  const dir = tempDir("swap-merge");
  const sig = join(dir, "sig.png");
  writeFileSync(join(dir, "letter.yaml"), LETTER);
  writeFileSync(join(dir, "people.csv"), "closing\nYours\n");
  writeFileSync(sig, png(3, 2));
  swaps.set(sig, png(7, 5));
  const r = await runCli(
    [
      "render",
      "letter.yaml",
      "--merge",
      "people.csv",
      "-f",
      "txt",
      "-o",
      "out",
      "--combine",
      "all.pdf",
    ],
    { cwd: dir },
  );
  expect(r.code, r.stderr).toBe(0);
  expect(readFileSync(sig)).toEqual(png(7, 5));
  const pdf = readFileSync(join(dir, "all.pdf")).toString("latin1");
  expect(pdf.match(/\/Width \d+/g)).toEqual(["/Width 3"]);
});
