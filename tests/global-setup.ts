import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Stops the run when dist/ is older than the sources it is built from. Why: the startup
 * snapshot, the worker threads and bin/missive run dist/, while most tests import src/
 * directly; after an edit without `npm run build`, the two disagree and tests fail for a
 * reason their messages do not name. `npm test` builds first, so this speaks only to a
 * `npx vitest` run after an edit.
 */
export default function checkBuild(): void {
  const root = join(import.meta.dirname, "..");
  const built = mtime(join(root, "dist/snapshot/missive.blob"));
  const newest = newestIn(join(root, "src"));
  if (built === undefined || newest.mtime > built) {
    throw new Error(
      built === undefined
        ? "dist/ is not built: run `npm run build` (or `npm test`, which builds first)"
        : `dist/ is older than ${newest.file}: run \`npm run build\` (or \`npm test\`, which builds first)`,
    );
  }
}

function mtime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestIn(dir: string): { file: string; mtime: number } {
  let best = { file: dir, mtime: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    const m = statSync(file).mtimeMs;
    if (m > best.mtime) best = { file, mtime: m };
  }
  return best;
}
