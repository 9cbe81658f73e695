import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/**
 * Compares text with a golden file under tests/fixtures. `UPDATE_GOLDEN=1 npm test` rewrites
 * the goldens; review every diff before committing.
 */
export function expectGolden(relPath: string, actual: string): void {
  const file = join(FIXTURES, relPath);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (process.env.CI && !existsSync(file))
      throw new Error(`golden file missing in CI: ${relPath}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `golden ${relPath} differs (UPDATE_GOLDEN=1 to accept)`).toBe(
    readFileSync(file, "utf8"),
  );
}
