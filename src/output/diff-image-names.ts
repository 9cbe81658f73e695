import { join, parse } from "node:path";

/**
 * The diff picture of page `page` of the letter `name` (a PDF's file name) in `dir`:
 * `letter-2.diff.png`, the number padded to the width of the larger page count so that
 * they sort in page order.
 */
export function diffImageName(dir: string, name: string, page: number, pages: number): string {
  const n = String(page).padStart(String(pages).length, "0");
  return join(dir, `${parse(name).name}-${n}.diff.png`);
}
