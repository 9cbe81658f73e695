import { readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fail } from "../errors.js";
import { isFolder } from "../is-folder.js";

/** Two renders of one letter to compare; a letter only one side has lacks the other. */
export interface RenderPair {
  name: string;
  a?: string;
  b?: string;
}

/**
 * What `missive diff A B` compares: two PDF files, or every PDF of two folders, paired by
 * file name (the folders `render -o` or a merge filled from the old and the new pack).
 */
export function pairRenders(a: string, b: string, cwd: string): RenderPair[] {
  const [pathA, pathB] = [resolve(cwd, a), resolve(cwd, b)];
  const [dirA, dirB] = [isFolder(pathA), isFolder(pathB)];
  if (dirA !== dirB)
    throw fail("usage", `${dirA ? a : b} is a folder and ${dirA ? b : a} is not`, undefined, [
      "compare two PDF files, or two folders of PDFs",
    ]);
  if (!dirA) return [{ name: basename(pathB), a: pathA, b: pathB }];
  const [inA, inB] = [pdfsIn(pathA), pdfsIn(pathB)];
  const names = [...new Set([...inA, ...inB])].sort();
  if (names.length === 0)
    throw fail("usage", `neither ${a} nor ${b} holds a .pdf file`, undefined, [
      "render the letters into both folders first",
    ]);
  return names.map((name) => ({
    name,
    ...(inA.includes(name) ? { a: join(pathA, name) } : {}),
    ...(inB.includes(name) ? { b: join(pathB, name) } : {}),
  }));
}

function pdfsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name.toLowerCase().endsWith(".pdf"))
    .map((e) => e.name);
}
