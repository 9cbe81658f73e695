import { join, parse } from "node:path";

/**
 * The files of a letter's page images, from the name planned for them (`out/letter.png`):
 * one page keeps that name; several are `letter-1.png` … `letter-N.png`, the numbers padded to
 * the width of the last (`letter-01.png` for ten pages or more), so they sort in page order.
 */
export function pageImageNames(path: string, pages: number): string[] {
  if (pages === 1) return [path];
  const { dir, name, ext } = parse(path);
  const width = String(pages).length;
  return Array.from({ length: pages }, (_, i) =>
    join(dir, `${name}-${String(i + 1).padStart(width, "0")}${ext}`),
  );
}
