import { existsSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "../errors.js";
import { didYouMean } from "./did-you-mean.js";

/** The folder of built-in packs shipped with missive. */
export const BUILTIN_TEMPLATES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../templates",
);

export const MANIFEST = "template.yaml";

/**
 * Finds a pack folder by name or path. Search order (documented in docs/templates.md):
 * an explicit path → `templates/<name>` next to the data file → `./templates/<name>` →
 * built-ins. `exclude` skips a folder, so a pack may extend a built-in of the same name.
 */
export function findPack(
  nameOrPath: string,
  opts: { dataDir?: string; cwd: string; exclude?: string },
): string {
  const tried: string[] = [];
  for (const dir of candidates(nameOrPath, opts)) {
    if (opts.exclude && resolve(dir) === resolve(opts.exclude)) continue;
    tried.push(dir);
    if (existsSync(join(dir, MANIFEST))) return resolve(dir);
  }
  const known = listBuiltinPacks();
  const guess = didYouMean(nameOrPath, known);
  throw fail("template", `template pack not found: ${nameOrPath}`, undefined, [
    ...(guess ? [`did you mean \`${guess}\`?`] : []),
    `looked in ${tried.join(", ")}`,
    `built-in packs: ${known.join(", ")}`,
  ]);
}

function candidates(nameOrPath: string, opts: { dataDir?: string; cwd: string }): string[] {
  if (isPathLike(nameOrPath)) {
    return [isAbsolute(nameOrPath) ? nameOrPath : resolve(opts.cwd, nameOrPath)];
  }
  const list: string[] = [];
  if (opts.dataDir) list.push(join(opts.dataDir, "templates", nameOrPath));
  list.push(join(opts.cwd, "templates", nameOrPath));
  list.push(join(BUILTIN_TEMPLATES, nameOrPath));
  return [...new Set(list.map((d) => resolve(d)))];
}

export function isPathLike(s: string): boolean {
  return s.includes("/") || s.includes("\\") || s.startsWith(".");
}

export function listBuiltinPacks(): string[] {
  return packFolders(BUILTIN_TEMPLATES);
}

/** The names of the pack folders (those with a manifest) directly inside `root`. */
export function packFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, MANIFEST)))
    .map((d) => d.name)
    .sort();
}
