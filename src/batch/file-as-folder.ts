import { statSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fail } from "../errors.js";
import type { MergeOptions } from "./merge-options.js";

/**
 * Refuses, before anything is written, a merge whose output folder (-o), or the folder of its
 * manifest or combined PDF, is a file or lies under one (`-o notes.txt`). Why first: the run's
 * first write would fail on the name of a hidden temporary file, which names no option.
 */
export function refuseFilesAsFolders(o: MergeOptions): void {
  const folders: [string, string | null, string | undefined][] = [
    ["-o", o.outDir, o.outDir ?? undefined],
    ["--manifest", o.manifestPath, o.manifestPath ? dirname(o.manifestPath) : undefined],
    ["--combine", o.combinePath, o.combinePath ? dirname(o.combinePath) : undefined],
  ];
  for (const [flag, given, folder] of folders) {
    const file = folder === undefined ? undefined : fileOnTheWay(folder);
    if (file !== undefined)
      throw fail(
        "output",
        `${flag} ${relative(o.cwd, given as string) || given}: ${relative(o.cwd, file) || file} is a file, not a folder`,
        undefined,
        ["choose a folder, or a path where one can be made"],
      );
  }
}

/** The nearest of `folder` and the folders above it that exists, when it is not a folder. */
function fileOnTheWay(folder: string): string | undefined {
  for (let p = folder; dirname(p) !== p; p = dirname(p)) {
    try {
      const st = statSync(p, { throwIfNoEntry: false });
      if (st) return st.isDirectory() ? undefined : p;
    } catch (e) {
      // Below a file (ENOTDIR): the file is further up. Anything else the write will say.
      if ((e as NodeJS.ErrnoException).code !== "ENOTDIR") return undefined;
    }
  }
  return undefined;
}
