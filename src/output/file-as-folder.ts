import { statSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";
import { fail } from "../errors.js";
import { fileKind } from "../file-kind.js";
import { refuseFolderLinkedOut } from "./folder-linked-out.js";

/**
 * Refuses, before anything is written, an output folder that is a file (or a device, such as
 * `-o /dev/null`) or lies under one (`-o notes.txt/out`), naming the option and its value
 * (`given`: as written, or an absolute path, shown from `cwd` when inside it).
 * Why first: the first write would fail on the name of a hidden temporary file (ENOTDIR),
 * which names no option, and only after the letter had been laid out.
 */
export function refuseFileAsFolder(flag: string, given: string, folder: string, cwd: string): void {
  // Every output folder a command is given passes here first: a link out of the current
  // folder is refused at the same moment.
  refuseFolderLinkedOut(flag, given, folder, cwd);
  const found = notAFolderOnTheWay(folder);
  if (!found) return;
  throw fail(
    "output",
    `${flag} ${isAbsolute(given) ? shownPath(cwd, given) : given}: ${shownPath(cwd, found.path)} is ${found.kind}, not a folder`,
    undefined,
    ["choose a folder, or a path where one can be made"],
  );
}

/** The nearest of `folder` and the folders above it that exists, when it is not a folder. */
export function notAFolderOnTheWay(folder: string): { path: string; kind: string } | undefined {
  for (let p = folder; dirname(p) !== p; p = dirname(p)) {
    try {
      const st = statSync(p, { throwIfNoEntry: false });
      if (st) return st.isDirectory() ? undefined : { path: p, kind: fileKind(st) };
    } catch (e) {
      // Below a file (ENOTDIR): the file is further up. Anything else the write will say.
      if ((e as NodeJS.ErrnoException).code !== "ENOTDIR") return undefined;
    }
  }
  return undefined;
}

/** A path as a message shows it: from the current folder when inside it, else in full. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
