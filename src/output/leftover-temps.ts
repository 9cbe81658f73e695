import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tempOwnerOf } from "./temp-names.js";
import { ownerIsGone } from "./temp-owner.js";

/**
 * Removes from each folder (not the folders below it) the temporary files (temp-names.ts)
 * of runs that were killed outright: only those whose maker is provably gone, never a live
 * run's. Returns the paths removed. Never throws: it is tidying, and a folder that cannot be
 * read or a file that cannot be removed changes nothing about the run that tidies.
 */
export function removeLeftovers(dirs: Iterable<string>): string[] {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const owner = tempOwnerOf(name);
      if (!owner || !ownerIsGone(owner)) continue;
      try {
        rmSync(join(dir, name));
        removed.push(join(dir, name));
      } catch {}
    }
  }
  return removed;
}
