import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { greyPng } from "../helpers/png-chunk.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// An image in the body (`![alt](file)`, docs/markup.md): at its own size (150 dpi), made
// smaller to the width of the text when wider, centred; `{width=…}` sets its width.
const letter = (image: string) => `template: business
sender: { company: Acme, logo: false, address: [1 Main St] }
recipient: [Ms. Dana Whitfield]
body: |
  The chart below shows the quarterly figures.

  ${image}

  Thank you.
signer: { name: Ann Lee }
`;

/** The drawn images of page 1 (x, y, width, height in points), from the PDF's content stream. */
async function imagesOf(dir: string, yaml: string) {
  writeFileSync(join(dir, "letter.yaml"), yaml);
  const r = await runCli(["render", "letter.yaml", "--emit", "layout", "-o", "-"], { cwd: dir });
  expect(r.stderr).toBe("");
  const doc = JSON.parse(r.stdout) as { pages: { items: { kind: string }[] }[] };
  return doc.pages[0]?.items.filter((i) => i.kind === "image") ?? [];
}

it("sets an image of its own paragraph at its size, or at most as wide as the text", async () => {
  const dir = tempDir("body-images");
  writeFileSync(join(dir, "wide.png"), greyPng(1600, 600));
  writeFileSync(join(dir, "small.png"), greyPng(150, 75));
  // US Letter, 1 in margins: the text is 468 pt wide, from x = 72.
  expect(await imagesOf(dir, letter("![Quarterly sales](wide.png)"))).toMatchObject([
    { x: 72, width: 468, height: 175.5, alt: "Quarterly sales" },
  ]);
  expect(await imagesOf(dir, letter("![A stamp](small.png)"))).toMatchObject([
    { x: 72 + (468 - 72) / 2, width: 72, height: 36 },
  ]);
  expect(await imagesOf(dir, letter("![Sales](wide.png){width=2in}"))).toMatchObject([
    { x: 72 + (468 - 144) / 2, width: 144, height: 54 },
  ]);
  const pdf = await runCli(["render", "letter.yaml", "-o", "out"], { cwd: dir });
  expect(pdf.code).toBe(0);
  expect(readFileSync(join(dir, "out", "letter.txt"), "utf8")).toMatch(/^ +\[Sales\]$/m);
});

it("says where in the body an image it cannot use is named", async () => {
  const dir = tempDir("body-images");
  writeFileSync(join(dir, "letter.yaml"), letter("![Site map](maps/site.png)"));
  const r = await runCli(["render", "letter.yaml", "-o", "out"], { cwd: dir });
  expect(r.code).toBe(6);
  expect(r.stderr.split("\n")[0]).toBe(
    // A path inside the current folder is shown relative to it (shown-paths.ts).
    "error: letter.yaml:7:15: body: image not found: maps/site.png",
  );
  writeFileSync(join(dir, "letter.yaml"), letter("![Secrets](../../etc/hostname)"));
  const out = await runCli(["render", "letter.yaml", "-o", "out"], { cwd: dir });
  expect(out.code).toBe(4);
  expect(out.stderr.split("\n")[0]).toBe(
    `error: letter.yaml:7:14: body: image ../../etc/hostname is outside the root ${dir}`,
  );
  // An address was read as a file name beside the data: "image not found: <dir>/https:/…".
  writeFileSync(join(dir, "letter.yaml"), letter("![Logo](https://example.com/logo.png)"));
  const url = await runCli(["render", "letter.yaml", "-o", "out"], { cwd: dir });
  expect(url.code).toBe(6);
  expect(url.stderr.split("\n")[0]).toBe(
    "error: letter.yaml:7:11: body: image https://example.com/logo.png is an address: images are read from files, never fetched",
  );
});
