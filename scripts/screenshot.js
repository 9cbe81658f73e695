// Renders page 1 of each example letter to a PNG for the docs (needs pdftoppm from
// poppler-utils; run by hand after `npm run build`, then commit the images).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readText } from "../dist/load/read-text.js";
import { renderLetter } from "../dist/pipeline.js";

const root = join(import.meta.dirname, "..");
const only = process.argv.slice(2);
const files = readdirSync(join(root, "data")).filter(
  (f) => f.endsWith(".yaml") && (only.length === 0 || only.includes(f)),
);
const tmp = mkdtempSync(join(tmpdir(), "missive-shot-"));
for (const f of files) {
  const stem = basename(f, ".yaml");
  const r = await renderLetter(readText(join(root, "data", f)), {
    cwd: root,
    formats: ["pdf"],
    textWidth: 72,
    created: new Date(0),
  });
  const pdf = join(tmp, `${stem}.pdf`);
  writeFileSync(pdf, r.pdf);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    join(tmp, stem),
  ]);
  renameSync(join(tmp, `${stem}.png`), join(root, "docs", "img", `${stem}-page1.png`));
  console.error(`docs/img/${stem}-page1.png`);
}
