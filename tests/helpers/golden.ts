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
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `golden ${relPath} is missing (UPDATE_GOLDEN=1 creates it)`).toBe(true);
  expect(actual, `golden ${relPath} differs (UPDATE_GOLDEN=1 to accept)`).toBe(
    readFileSync(file, "utf8"),
  );
}
