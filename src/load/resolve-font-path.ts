import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, sep } from "node:path";

const require = createRequire(import.meta.url);

/**
 * Resolves a font reference from a manifest: `pkg:<npm package>/<file>` (a font shipped by an
 * installed npm package) or a path relative to one of the pack's folders. Returns null if no
 * file exists, so the caller can report it with the manifest location.
 */
export function resolveFontPath(ref: string, dirs: string[]): string | null {
  if (ref.startsWith("pkg:")) return fromPackage(ref.slice(4));
  if (isAbsolute(ref)) return existsSync(ref) ? ref : null;
  for (const dir of dirs) {
    const p = join(dir, ref);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * A file of an installed npm package, and only that: a relative or absolute spec, or `..` in
 * it, would let `pkg:` name any file on the machine, so those are not found, and neither is
 * a file that resolves outside the package's own folder in node_modules.
 */
function fromPackage(spec: string): string | null {
  const parts = spec.split(/[/\\]/);
  const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  if (!name || isAbsolute(spec) || parts.some((p) => p === ".." || p === "." || p === ""))
    return null;
  let path: string;
  try {
    path = require.resolve(spec);
  } catch {
    return null;
  }
  return path.includes(`${sep}node_modules${sep}${name.replace("/", sep)}${sep}`) ? path : null;
}
