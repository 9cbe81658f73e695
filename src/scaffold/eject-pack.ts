import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { MAX_FONT_BYTES } from "../layout/font-file.js";
import { cannotRead } from "../load/cannot-read.js";
import { readRegular } from "../load/read-regular.js";
import { withCommonKeys } from "../load/validate-data.js";
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
      else if (d.isFile()) out.push({ path: join(to, relative(from, p)), data: packFile(p) });
    }
  };
  visit(from);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A file of the pack, read as a pack's inputs are: a regular file of at most the size of the
 * largest a letter may use (a font). Why: a pack's folder may hold anything, and a file of
 * 3 GB was read whole, ending the run with exit 70 ("File size … is greater than 2 GiB").
 */
function packFile(path: string): Buffer {
  try {
    return readRegular(path, MAX_FONT_BYTES);
  } catch (e) {
    throw cannotRead(path, e, "remove it from the pack's folder, or copy the pack by hand");
  }
}

/**
 * Makes the ejected pack's schema declare the keys every letter may carry (`template`,
 * `lang`), so an editor's validator accepts the file init writes; missive adds them anyway.
 */
export function withCommonKeysIn(files: FileToWrite[], schemaFile: string): void {
  const file = files.find((f) => f.path === schemaFile);
  if (!file || !(file.data instanceof Uint8Array)) return;
  const schema = JSON.parse(Buffer.from(file.data).toString("utf8"));
  file.data = `${JSON.stringify(withCommonKeys(schema), null, 2)}\n`;
}
