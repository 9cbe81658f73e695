import { statSync } from "node:fs";
import { resolve } from "node:path";
import { fail } from "../errors.js";
import { fileKind } from "../file-kind.js";

/**
 * Reads `--root`: a folder that exists. Why here: a root that is mistyped or names a file holds
 * nothing, so every image the letter names was called bad data, "outside the root
 * /work/letters/imgs" (exit 4), which sends one looking at the letter instead of the flag.
 */
export function checkRoot(value: string | undefined, cwd: string): string | null {
  if (value === undefined) return null;
  const st = statSync(resolve(cwd, value), { throwIfNoEntry: false });
  if (st?.isDirectory()) return value;
  throw fail(
    "usage",
    `--root ${value}: ${st ? `it is ${fileKind(st)}, not a folder` : "no such folder"}`,
    undefined,
    ["give the folder the files the data names lie in (default: the data file's folder)"],
  );
}
