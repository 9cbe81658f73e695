import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, sep } from "node:path";

const require = createRequire(import.meta.url);

/**
 * Resolves a manifest's `pkg:<npm package>/<file>` font reference (a font shipped by an
 * installed npm package). Returns null if no file exists, so the caller can report it with the
 * manifest location. Paths in the pack are load-pack.ts's (findFont), checked against the pack.
 */
export function resolveFontPath(ref: string, dirs: string[]): string | null {
  return ref.startsWith("pkg:") ? fromPackage(ref.slice(4), dirs) : null;
}

/**
 * A file of an installed npm package, and only that: a relative or absolute spec, or `..` in
 * it, would let `pkg:` name any file on the machine, so those are not found, and neither is
 * a file that resolves outside the package's own folder in node_modules. The package is
 * looked for as Node looks for it from each pack folder (so a pack in the user's project
 * finds the font packages installed there, e.g. `@fontsource/noto-serif-sc`), then in
 * missive's own install.
 */
function fromPackage(spec: string, dirs: string[]): string | null {
  const name = packageOf(spec);
  if (!name) return null;
  const inPackage = `${sep}node_modules${sep}${name.replace("/", sep)}${sep}`;
  for (const from of [...dirs.map((d) => createRequire(join(d, "template.yaml"))), require]) {
    const path = resolveWith(from, spec);
    if (path?.includes(inPackage)) return path;
  }
  return null;
}

function resolveWith(from: NodeJS.Require, spec: string): string | null {
  try {
    return from.resolve(spec);
  } catch {
    return null;
  }
}

/** The npm package a `pkg:` spec names, or undefined for a spec that may not be looked up. */
function packageOf(spec: string): string | undefined {
  const parts = spec.split(/[/\\]/);
  const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  if (!name || isAbsolute(spec) || parts.some((p) => p === ".." || p === "." || p === ""))
    return undefined;
  return name;
}

/**
 * For a `pkg:` font that was not found, the package when it is not installed where the pack
 * or missive would find it: then the fix is to install it (a pack's fonts for other scripts
 * come from the user's project, docs/scripts.md), not to change the path.
 */
export function missingFontPackage(ref: string, dirs: string[]): string | undefined {
  const name = ref.startsWith("pkg:") ? packageOf(ref.slice(4)) : undefined;
  if (!name) return undefined;
  const folders = [
    ...dirs.flatMap((d) => createRequire(join(d, "template.yaml")).resolve.paths(name) ?? []),
    ...(require.resolve.paths(name) ?? []),
  ];
  return folders.some((f) => existsSync(join(f, name))) ? undefined : name;
}
