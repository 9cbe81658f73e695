import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { FileToWrite } from "../output/write-atomic.js";

/**
 * The files of a pack folder, ready to be written elsewhere, so a built-in pack can be copied
 * into a project and edited (`missive init --eject`). Reads only; output/ writes.
 */
export function packFiles(from: string, to: string): FileToWrite[] {
  const out: FileToWrite[] = [];
  const visit = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) visit(p);
      else if (d.isFile()) out.push({ path: join(to, relative(from, p)), data: readFileSync(p) });
    }
  };
  visit(from);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
