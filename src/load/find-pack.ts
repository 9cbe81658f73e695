import { existsSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "../errors.js";
import { placeInRoots } from "../place-in-roots.js";
import { didYouMean } from "./did-you-mean.js";

/** The folder of built-in packs shipped with missive. */
export const BUILTIN_TEMPLATES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../templates",
);

export const MANIFEST = "template.yaml";

export interface PackSearch {
  dataDir?: string;
  /** The data's root (--root, else dataDir): a pack in `templates/` beside the data lies in it. */
  dataRoot?: string;
  cwd: string;
  exclude?: string;
}

/**
 * Finds a pack folder by name or path. Search order (documented in docs/templates.md):
 * an explicit path → `templates/<name>` next to the data file → `./templates/<name>` →
 * built-ins. `exclude` skips a folder, so a pack may extend a built-in of the same name.
 */
export function findPack(nameOrPath: string, opts: PackSearch): string {
  const tried: string[] = [];
  let itself = false;
  for (const { dir, root } of candidates(nameOrPath, opts)) {
    if (opts.exclude && resolve(dir) === resolve(opts.exclude)) {
      itself = true;
      continue;
    }
    tried.push(dir);
    if (existsSync(join(dir, MANIFEST))) return inside(nameOrPath, resolve(dir), root);
  }
  const known = listBuiltinPacks();
  // The packs of the templates/ folders searched too: `extends: hartly` means the firm's own;
  // not the pack that extends (`hartly`'s `extends: hartlee` is no `hartly`: a loop).
  const excluded = opts.exclude && resolve(opts.exclude);
  const near = tried
    .filter((d) => !d.startsWith(BUILTIN_TEMPLATES))
    .flatMap((d) => packFolders(dirname(d)).filter((n) => resolve(dirname(d), n) !== excluded));
  const guess = didYouMean(nameOrPath, [...new Set([...near, ...known])]);
  throw fail("template", `template pack not found: ${nameOrPath}`, undefined, [
    ...(itself ? [`${nameOrPath} is this pack itself, which no pack extends`] : []),
    ...(guess ? [`did you mean \`${guess}\`?`] : []),
    ...(tried.length > 0 ? [`looked in ${tried.join(", ")}`] : []),
    `built-in packs: ${known.join(", ")}`,
  ]);
}

/**
 * The pack folder found in a `templates/` folder, once its links are seen to stay in the
 * folder that holds `templates/`. Why: a pull request's `templates/acme -> /srv/letters/ceo`
 * (or a `templates` linked out) made a letter, or a pack's `extends: acme`, take another
 * pack of the machine, its signatures and letterhead, by name. A path is checked by its caller.
 */
function inside(name: string, dir: string, root: string | undefined): string {
  if (root === undefined) return dir;
  const real = leadsOutside(dir, root);
  if (real === undefined) return dir;
  throw fail(
    "template",
    `template pack ${name} is outside ${resolve(root)}: templates/${name} leads to ${real}`,
    undefined,
    [
      "a pack in templates/ must lie in the folder that holds templates/ (the data's root, or the current folder); name a pack elsewhere with -t",
    ],
  );
}

/**
 * Where a pack folder of a `templates/` folder really is when its links lead out of `root`,
 * the folder that holds `templates/`; undefined when lookup takes it (`missive templates`
 * lists only those).
 */
export function leadsOutside(dir: string, root: string): string | undefined {
  const place = placeInRoots(dir, [root]);
  return place === "missing" || place.inside ? undefined : place.real;
}

/** The folders a pack may be in, each with the root its links must stay in (none: built-in, a path). */
function candidates(nameOrPath: string, opts: PackSearch): { dir: string; root?: string }[] {
  if (isPathLike(nameOrPath)) {
    return [{ dir: isAbsolute(nameOrPath) ? nameOrPath : resolve(opts.cwd, nameOrPath) }];
  }
  const list: { dir: string; root?: string }[] = [];
  if (opts.dataDir)
    list.push({
      dir: resolve(opts.dataDir, "templates", nameOrPath),
      root: opts.dataRoot ?? opts.dataDir,
    });
  list.push({ dir: resolve(opts.cwd, "templates", nameOrPath), root: opts.cwd });
  list.push({ dir: resolve(BUILTIN_TEMPLATES, nameOrPath) });
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.dir) && seen.add(c.dir));
}

export function isPathLike(s: string): boolean {
  return s.includes("/") || s.includes("\\") || s.startsWith(".");
}

export function listBuiltinPacks(): string[] {
  return packFolders(BUILTIN_TEMPLATES);
}

/**
 * The names of the pack folders (those with a manifest) directly inside `root`, a folder
 * linked there too, as lookup follows it (where it may lead is the caller's to check).
 */
export function packFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter(
      (d) => (d.isDirectory() || d.isSymbolicLink()) && existsSync(join(root, d.name, MANIFEST)),
    )
    .map((d) => d.name)
    .sort();
}
