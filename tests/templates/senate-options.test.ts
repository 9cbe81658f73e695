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

// A coalition's letter lists hundreds of organisations, who sign by being named: with
// signatureSpace: 0pt the grid leaves no room to sign above each name (32 pt by default).
it("sets the grid's rows closer by the signature space it is given", async () => {
  const dir = tempDir("senate-space");
  const seed = readFileSync(SEED, "utf8");
  const rowPitch = async (yaml: string) => {
    writeFileSync(join(dir, "letter.yaml"), yaml);
    const r = await runCli(["render", "letter.yaml", "--emit", "layout", "-o", "-"], { cwd: dir });
    expect(r.stderr).toBe("");
    const pages = (JSON.parse(r.stdout) as { pages: { items: { text?: string; y: number }[] }[] })
      .pages;
    const y = (name: string) => pages.flatMap((p) => p.items).find((i) => i.text === name)?.y;
    // Rob Portman and Richard Blumenthal: the first two rows of the left column, on one page.
    return {
      pitch: (y("Richard Blumenthal") ?? 0) - (y("Rob Portman") ?? 0),
      lead: (y("Rob Portman") ?? 0) - (y("Sincerely,") ?? 0),
      pages: pages.length,
    };
  };
  const usual = await rowPitch(seed);
  const listed = await rowPitch(seed.replace(/^columns: 2$/m, "columns: 2\nsignatureSpace: 0pt"));
  expect(usual.pitch - listed.pitch).toBeCloseTo(32, 1);
  expect(listed.pages).toBeLessThanOrEqual(usual.pages);
  // letters28: the names ran on right under "Sincerely," as if it were their heading; they
  // stand a paragraph's space (the body's 10 pt) under it, as the text output's blank line.
  expect(listed.lead - (usual.lead - 32)).toBeCloseTo(10, 1);
});
