import { execFileSync } from "node:child_process";

/** Whether poppler's pdftotext is installed: the tests that run it are skipped if not. */
export const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
