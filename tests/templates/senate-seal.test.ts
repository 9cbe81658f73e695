import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { greyPng } from "../helpers/png-chunk.js";
import { SEED } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// A House member's or an agency's letterhead carries a seal above the name (letterhead.seal);
// before, the senate pack printed the name and lines only.
it("centres the letterhead's seal above the name, on page 1 only, as a decorative image", async () => {
  const dir = tempDir("senate-seal");
  writeFileSync(join(dir, "seal.png"), greyPng(300, 300));
  const seed = readFileSync(SEED, "utf8").replace(
    /^letterhead:\n/m,
    "letterhead:\n  seal: seal.png\n",
  );
  writeFileSync(join(dir, "letter.yaml"), seed);
  const r = await runCli(["render", "letter.yaml", "--emit", "layout", "-o", "-"], { cwd: dir });
  expect(r.stderr).toBe("");
  type Item = {
    kind: string;
    x: number;
    y: number;
    width: number;
    height: number;
    text?: string;
    alt?: string;
  };
  const pages = (JSON.parse(r.stdout) as { pages: { items: Item[] }[] }).pages;
  const seal = pages[0]?.items.find((i) => i.kind === "image");
  const org = pages[0]?.items.find((i) => i.text === "United States Senate");
  expect(seal).toMatchObject({ width: 57.6, height: 57.6, alt: "" });
  // Centred on the page (US Letter, 612 pt), the name below it.
  expect((seal?.x ?? 0) + (seal?.width ?? 0) / 2).toBeCloseTo(306, 0);
  expect(org?.y).toBeGreaterThan((seal?.y ?? 0) + (seal?.height ?? 0));
  expect(
    pages
      .slice(1)
      .flatMap((p) => p.items)
      .filter((i) => i.kind === "image"),
  ).toEqual([]);
});
