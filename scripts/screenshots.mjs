// Renders page 1 of each built-in pack's example and saves it as docs/img/<pack>.png.
// Needs a build (npm run build) and pdftoppm (poppler-utils); run by hand, commit the PNGs:
//   node scripts/screenshots.mjs
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const EXAMPLES = {
  senate: "senate-itu-2020.yaml",
  business: "business-northwind-2024.yaml",
  din5008: "din5008-angebot-2024.yaml",
  personal: "personal-cover-letter.yaml",
};

try {
  execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
} catch {
  console.error("pdftoppm not found: install poppler-utils (apt-get install poppler-utils)");
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), "missive-shots-"));
for (const [pack, data] of Object.entries(EXAMPLES)) {
  const pdf = join(tmp, `${pack}.pdf`);
  execFileSync(
    "node",
    [join(ROOT, "bin/missive.js"), "render", join(ROOT, "data", data), "-o", pdf, "-q"],
    {
      env: { ...process.env, SOURCE_DATE_EPOCH: "1583884800" },
      stdio: "inherit",
    },
  );
  const stem = join(tmp, pack);
  execFileSync("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", "-singlefile", "-png", pdf, stem]);
  copyFileSync(`${stem}.png`, join(ROOT, "docs", "img", `${pack}.png`));
  console.error(`docs/img/${pack}.png`);
}
