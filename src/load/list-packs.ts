import { join, resolve } from "node:path";
import { isMissiveError } from "../errors.js";
import type { Resources } from "../resources.js";
import { BUILTIN_TEMPLATES, leadsOutside, packFolders } from "./find-pack.js";
import { loadPack } from "./load-pack.js";
import type { TemplatePack } from "./pack-types.js";

export interface PackEntry {
  name: string;
  dir: string;
  /** `built-in`, or the folder it was found in. */
  source: string;
  /** The loaded pack, or why it failed to load. */
  pack?: TemplatePack;
  error?: string;
}

/**
 * Every pack a letter could use from `cwd`: the project's `./templates/*` first (they shadow
 * built-ins of the same name, as in the search order), then the built-ins. A pack linked into
 * `./templates` is listed as lookup takes it: only where its links stay in `cwd`.
 */
export function listPacks(cwd: string, res: Resources): PackEntry[] {
  const seen = new Set<string>();
  const out: PackEntry[] = [];
  const local = resolve(cwd, "templates");
  for (const [root, source] of [
    [local, local],
    [BUILTIN_TEMPLATES, "built-in"],
  ] as const) {
    for (const name of packFolders(root)) {
      const dir = join(root, name);
      if (seen.has(dir) || (root === local && leadsOutside(dir, cwd) !== undefined)) continue;
      seen.add(dir);
      const entry: PackEntry = {
        name,
        dir,
        source: root === BUILTIN_TEMPLATES ? "built-in" : source,
      };
      try {
        entry.pack = loadPack(dir, cwd, res);
      } catch (e) {
        if (!isMissiveError(e)) throw e;
        entry.error = e.message;
      }
      out.push(entry);
    }
  }
  return out;
}
