import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fail } from "../errors.js";
import { MAX_FONT_BYTES } from "../layout/font-file.js";
import { cannotRead } from "../load/cannot-read.js";
import { readRegular } from "../load/read-regular.js";
import { withCommonKeys } from "../load/validate-data.js";
import type { FileToWrite } from "../output/write-atomic.js";

/**
 * The most a pack's files may hold together to be ejected: every one is held until all are
 * written. Why: each file may be as large as a font, and a pack folder from a pull request
 * with forty such files (sparse, 2.5 GB) took 2.7 GB of memory to copy; two hundred would end
 * the process. A pack of four CJK font families is some 500 MB.
 */
export const MAX_EJECT_BYTES = 1024 ** 3;

/**
 * The files of a pack folder, ready to be written elsewhere, so a built-in pack can be copied
 * into a project and edited (`missive init --eject`). Reads only; output/ writes.
 */
export function packFiles(from: string, to: string, maxBytes = MAX_EJECT_BYTES): FileToWrite[] {
  const out: FileToWrite[] = [];
  let total = 0;
  const visit = (dir: string) => {
    // In order of name, so the file the limit is met at does not depend on the file system.
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const d of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, d.name);
      if (d.isDirectory()) visit(p);
      else if (d.isFile()) {
        const data = packFile(p);
        total += data.length;
        if (total > maxBytes)
          throw fail(
            "input",
            `${from}: the pack's files come to over ${maxBytes.toLocaleString("en-US")} bytes (at ${relative(from, p)}); init --eject copies at most that`,
            undefined,
            ["remove what no letter uses from the pack's folder, or copy the pack by hand"],
          );
        out.push({ path: join(to, relative(from, p)), data });
      }
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
