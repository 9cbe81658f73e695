import { join, parse } from "node:path";
import { fileNameKey } from "./file-name-key.js";

/**
 * The diff picture of page `page` of the letter `name` (a PDF's file name) in `dir`:
 * `letter-2.diff.png`, the number padded to the width of the larger page count so that
 * they sort in page order.
 */
export function diffImageName(dir: string, name: string, page: number, pages: number): string {
  const n = String(page).padStart(String(pages).length, "0");
  return join(dir, `${parse(name).name}-${n}.diff.png`);
}

/**
 * The first two letters (PDF file names) whose pictures would have the same names, or
 * undefined. Why: pictures are named after the letter without its extension, so `a.pdf` and
 * `a.PDF` would write one picture over the other, and `A.pdf` and `a.pdf` too on macOS and
 * Windows; names are compared as a merge compares its letters' (case and Unicode form).
 */
export function samePictureNames(names: readonly string[]): [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = fileNameKey(parse(name).name);
    const other = seen.get(key);
    if (other !== undefined) return [other, name];
    seen.set(key, name);
  }
  return undefined;
}
