import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { createResources, type Resources } from "../../src/resources.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { FIXED_DATE, ROOT } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

// PNGs with transparency (write/png-planes.ts): a logo with an alpha channel (the examples')
// and a grey signature with one, in one letter.

const dir = tempDir("png-planes");
copyFileSync(join(ROOT, "data/signatures/scribble.png"), join(dir, "scribble.png"));
copyFileSync(join(ROOT, "data/logos/northwind.png"), join(dir, "logo.png"));
const file = join(dir, "letter.yaml");
writeFileSync(
  file,
  [
    "template: business",
    "sender: { company: Acme Corp, address: [1 Main St], logo: logo.png }",
    "date: 2024-05-01",
    "recipient: [Ann Lee, Somewhere]",
    "salutation: Dear Ann,",
    "body: Hello.",
    "closing: Kind regards,",
    "signer: { name: Jane Boss, titles: [Director], image: scribble.png }",
    "",
  ].join("\n"),
);

async function pdfOf(res: Resources): Promise<string> {
  const opts = { ...letterOptions({ formats: ["pdf"], creationDate: FIXED_DATE.getTime() }) };
  const r = await renderLetter(
    { file, text: readFileSync(file, "utf8") },
    { ...opts, cwd: dir },
    res,
  );
  return pdfDump(Buffer.from(r.pdf as Uint8Array));
}

/** Each image object: its number, its soft mask's number, and the dump of its pixels. */
function images(dump: string) {
  const found: { id: number; mask: number | null; pixels: string }[] = [];
  for (const m of dump.matchAll(
    /^(\d+) 0 obj <<\n((?:(?!>>\n)[\s\S])*)>>\n {2}(\[image [^\]]*\])/gm,
  )) {
    const dict = m[2] as string;
    if (!dict.includes("/Subtype /Image")) continue;
    const mask = /\/SMask (\d+) 0 R/.exec(dict)?.[1];
    found.push({ id: Number(m[1]), mask: mask ? Number(mask) : null, pixels: m[3] as string });
  }
  return found;
}

describe("a PNG with transparency", () => {
  it("is embedded at once: its soft mask is the next object, not one numbered when decoding ends", async () => {
    const all = images(await pdfOf(createResources()));
    const withMask = all.filter((i) => i.mask !== null);
    // The logo (RGB) and the signature (grey), each with its alpha as a soft mask.
    expect(withMask).toHaveLength(2);
    for (const i of withMask) expect(i.mask).toBe(i.id + 1);
  });

  it("keeps its pixels: colour and alpha planes as the PNG decodes", async () => {
    const dump = await pdfOf(createResources());
    const png = PNG.sync.read(readFileSync(join(ROOT, "data/signatures/scribble.png")));
    const { width, height } = png;
    // Grey samples and alpha, one byte each per pixel.
    expect(dump).toContain(`[image ${width} × ${height} pixels, ${width * height} bytes`);
    expect(dump).toMatch(/\/ColorSpace \/DeviceGray\n\/SMask \d+ 0 R/);
  });

  it("comes out as the same bytes from a fresh thread and from one that embedded it before", async () => {
    const warm = createResources();
    const first = await pdfOf(warm);
    expect(await pdfOf(warm)).toBe(first);
    expect(await pdfOf(createResources())).toBe(first);
  });
});
