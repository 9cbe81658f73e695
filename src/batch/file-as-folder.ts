import { dirname } from "node:path";
import { refuseFileAsFolder } from "../output/file-as-folder.js";
import type { MergeOptions } from "./merge-options.js";

/**
 * Refuses, before anything is written, a merge whose output folder (-o), or the folder of its
 * manifest or combined PDF, is a file or lies under one (`-o notes.txt`).
 */
export function refuseFilesAsFolders(o: MergeOptions): void {
  if (o.outDir) refuseFileAsFolder("-o", o.outDir, o.outDir, o.cwd);
  if (o.manifestPath)
    refuseFileAsFolder("--manifest", o.manifestPath, dirname(o.manifestPath), o.cwd);
  if (o.combinePath) refuseFileAsFolder("--combine", o.combinePath, dirname(o.combinePath), o.cwd);
}
