// Renders page 1 of each example letter to a PNG for the docs, through missive's own page
// images (pdf.js drawing on @napi-rs/canvas; no system packages). Run by hand after
// `npm run build`, then commit the images. `node scripts/screenshot.js <file.yaml>…` makes
// only those.
import { readdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readText } from "../dist/load/read-text.js";
import { letterOptions, renderLetter } from "../dist/pipeline.js";
import { encodePng } from "../dist/raster/encode-png.js";
import { openPdf } from "../dist/raster/open-pdf.js";

const DPI = 80;
const root = join(import.meta.dirname, "..");
const only = process.argv.slice(2);
const files = readdirSync(join(root, "data")).filter(
  (f) => f.endsWith(".yaml") && (only.length === 0 || only.includes(f)),
);
for (const f of files) {
  const stem = basename(f, ".yaml");
  const r = await renderLetter(readText(join(root, "data", f)), {
    ...letterOptions({ formats: ["pdf"], creationDate: 0 }),
    cwd: root,
  });
  const doc = await openPdf(r.pdf, f);
  const png = encodePng(await doc.draw(1, DPI), DPI);
  await doc.close();
  const target = join(root, "docs", "img", `${stem}-page1.png`);
  // Written beside the image and renamed, so an interrupted run leaves the old image whole.
  writeFileSync(`${target}.tmp`, png);
  renameSync(`${target}.tmp`, target);
  console.error(`docs/img/${stem}-page1.png`);
}
