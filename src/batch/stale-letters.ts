import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { placeInRoots } from "../place-in-roots.js";
import { openPreviousEntries } from "./previous-entries.js";

/** Letters of an earlier run that no record makes now: the first few, and how many. */
export interface StaleLetters {
  shown: string[];
  count: number;
}

const SHOWN = 3;

/**
 * The files the manifest at `manifestPath` lists (an earlier run's) that are still in the
 * output folder and that no record of this run writes. Why: a record removed from the
 * records file, or renamed by `--name`, leaves its earlier letter beside this run's, where
 * it would be printed and sent with them; the run says so rather than delete a file. Only a
 * file that lies in the output folder once links are followed is looked for: the manifest
 * and the folder may come from a pull request (`out/home -> ~`, an entry `home/.ssh/id_rsa`),
 * and the warning told whether such a file existed.
 */
export function staleLetters(
  manifestPath: string | null,
  outDir: string | null,
  planned: (path: string) => boolean,
): StaleLetters {
  const stale: StaleLetters = { shown: [], count: 0 };
  if (!manifestPath || !outDir) return stale;
  const previous = openPreviousEntries(manifestPath);
  try {
    for (const entry of previous.all())
      for (const f of entry.files) {
        const path = resolve(dirname(manifestPath), f.path);
        const place = placeInRoots(path, [outDir]);
        if (place === "missing" || !place.inside || planned(path)) continue;
        noteLeftOver(stale, [path]);
      }
  } finally {
    previous.close();
  }
  return stale;
}

/**
 * Notes the files that are there of `paths`, which no letter of this run replaced: an earlier
 * run's letters no record makes now, or those of a record that failed in this run (with
 * --keep-going), whose earlier letter would otherwise pass for this run's.
 */
export function noteLeftOver(stale: StaleLetters, paths: readonly string[]): void {
  for (const path of paths) {
    if (!existsSync(path)) continue;
    if (stale.count++ < SHOWN) stale.shown.push(path);
  }
}
