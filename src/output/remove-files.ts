import { rmSync } from "node:fs";

/**
 * Removes files this run wrote. Why: a mail merge that stops at a failing record must not
 * leave some letters behind looking like a finished run.
 */
export function removeFiles(paths: Iterable<string>): void {
  for (const p of paths) rmSync(p, { force: true });
}
