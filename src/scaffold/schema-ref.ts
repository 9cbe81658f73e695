import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { BUILTIN_TEMPLATES } from "../load/find-pack.js";

/** The folder missive is installed in (or the checkout). */
const ROOT = dirname(BUILTIN_TEMPLATES);

/**
 * Where the `$schema` line of a letter on a built-in pack points: the pack's schema file in
 * missive's package (dist/schemas/, scripts/build-schemas.js). A relative path when the
 * letter sits in the project that installed missive (or in the checkout), so the line holds
 * no machine's folder names; otherwise (a global install) the same file on unpkg.com at this
 * version, which resolves on every machine. Undefined when the schemas were not built.
 */
export function builtinSchemaRef(pack: string, letterDir: string): string | undefined {
  const file = join(ROOT, "dist", "schemas", `${pack}.json`);
  if (!existsSync(file)) return undefined;
  if (inInstallingProject(letterDir)) return relative(letterDir, file);
  const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return `https://unpkg.com/${name}@${version}/${relative(ROOT, file)}`;
}

/**
 * Whether `dir` lies in the project that installed missive as a dependency (or in the
 * checkout). There `missive` is not on the PATH: a project runs it as `npx missive`. A global
 * install's "project" is its prefix's lib/ folder, where no letter lies.
 */
export function inInstallingProject(dir: string): boolean {
  const project = basename(dirname(ROOT)) === "node_modules" ? dirname(dirname(ROOT)) : ROOT;
  const inside = relative(project, dir);
  return !inside.startsWith("..") && !isAbsolute(inside);
}
