import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
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
      else if (d.isFile()) out.push({ path: join(to, relative(from, p)), data: readFileSync(p) });
    }
  };
  visit(from);
  return out.sort((a, b) => a.path.localeCompare(b.path));
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
