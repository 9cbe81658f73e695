// The same letter, varied per record, rendered in one thread by missive and by Typst, warm:
// CPU milliseconds per letter of each and their ratio. Why beside the merge figures: on a
// shared machine a merge's wall time varies with the load, while CPU time in one thread
// compares the two typesetters' work per letter. missive renders the PDF and the text, as a
// merge writes both; Typst the PDF.
// Usage: node bench/in-process.js [letters]   (default 300; `npm run build` first)
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { letterOptions, renderLetter } from "../dist/pipeline.js";
import { createResources } from "../dist/resources.js";
import { typstBatch } from "./typst-batch.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SEED = join(ROOT, "data/senate-itu-2020.yaml");
const n = Number(process.argv[2] ?? 300);
const text = readFileSync(SEED, "utf8");

/** The seed letter to record i: another recipient and salutation. */
function letter(i) {
  const recipient = `recipient:\n  - The Honorable Person ${i}\n  - Secretary\n  - Department ${i % 17}\n  - ${100 + i} C Street NW\n  - Washington, DC 20520\n`;
  return {
    file: SEED,
    text: text
      .replace(/^recipient:\n(?: {2}- .*\n)+/m, recipient)
      .replace(/^salutation: .*$/m, `salutation: Dear Secretary ${i},`),
  };
}

const res = createResources();
const opts = { ...letterOptions({ creationDate: 0 }), cwd: ROOT };
for (let i = 0; i < 20; i++) await renderLetter(letter(-i - 1), opts, res);
const cpu = process.cpuUsage();
for (let i = 0; i < n; i++) await renderLetter(letter(i), opts, res);
const used = process.cpuUsage(cpu);
const missive = (used.user + used.system) / 1000 / n;
const typst = await typstBatch(n);
console.log(
  `in one thread, warm, ${n} letters: missive ${missive.toFixed(2)} ms CPU/letter (pdf+txt)`,
);
console.log(
  `Typst ${typst.cpu.toFixed(2)} ms CPU/letter (pdf; ${typst.wall.toFixed(2)} ms wall); missive ÷ Typst = ${(missive / typst.cpu).toFixed(2)}`,
);
