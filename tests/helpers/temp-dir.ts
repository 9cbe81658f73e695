import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/**
 * A fresh folder in the system's temporary folder, removed when the test file ends
 * (tests/setup.ts). Why: a suite that leaves its folders behind fills a CI runner's /tmp.
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `missive-${name}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
