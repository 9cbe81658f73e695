import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * Resolves a font reference from a manifest: `pkg:<npm package>/<file>` (a font shipped by an
 * installed npm package) or a path relative to one of the pack's folders. Returns null if no
 * file exists, so the caller can report it with the manifest location.
 */
export function resolveFontPath(ref: string, dirs: string[]): string | null {
  if (ref.startsWith("pkg:")) {
    try {
      return require.resolve(ref.slice(4));
    } catch {
      return null;
    }
  }
  if (isAbsolute(ref)) return existsSync(ref) ? ref : null;
  for (const dir of dirs) {
    const p = join(dir, ref);
    if (existsSync(p)) return p;
  }
  return null;
}
