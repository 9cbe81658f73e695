import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_FONT_BYTES } from "../layout/font-file.js";
import { type LetterOptions, letterOptionsText } from "../letter-options.js";
import type { TemplatePack } from "../load/pack-types.js";
import { readRegular } from "../load/read-regular.js";
import { placeInRoots } from "../place-in-roots.js";
import { pushAll } from "../push-all.js";

/**
 * The part of every record's input hash that all records share: missive's version, the base
 * letter, every file of the template pack (and the packs it extends), the fonts, and the
 * letter's options whole (letter-options.ts: every option that changes a letter is one of
 * them). Computed once per run.
 */
export function sharedInputHash(opts: {
  version: string;
  baseText: string;
  pack: TemplatePack;
  letter: LetterOptions;
}): string {
  const h = createHash("sha256");
  h.update(`missive ${opts.version}\0${opts.baseText}\0${letterOptionsText(opts.letter)}\0`);
  for (const dir of opts.pack.dirs) for (const f of listFiles(dir)) hashFile(h, f);
  for (const fam of Object.values(opts.pack.fonts))
    for (const path of Object.values(fam)) {
      // Fonts from npm packages are large and change only with an install: size and mtime do.
      const st = statSync(path);
      h.update(`${path}\0${st.size}\0${st.mtimeMs}\0`);
    }
  return h.digest("hex");
}

/**
 * One record's input hash: the shared part, the record's own fields (and the texts they
 * personalise, run-batch.ts), and the images it used.
 */
export function recordInputHash(
  shared: string,
  data: unknown,
  assets: string[],
  assetHash: (path: string) => string,
): string {
  const h = createHash("sha256").update(shared).update(JSON.stringify(data));
  for (const a of assets) h.update(`\0${a}\0${assetHash(a)}`);
  return h.digest("hex");
}

/**
 * Content hashes of asset files, memoised for the run ("missing" if the file is gone). A path
 * outside `roots` (the data's root and the pack's folders, where every image a letter uses
 * lies) is not read: it hashes as "outside", so its record is rendered again. Why: the
 * previous manifest names the assets to hash, and a manifest from a pull request could name
 * any file of the machine.
 */
export function assetHasher(roots: readonly string[]): (path: string) => string {
  const seen = new Map<string, string>();
  return (path) => {
    let hit = seen.get(path);
    if (hit === undefined) {
      const place = placeInRoots(path, roots);
      try {
        hit =
          place !== "missing" && !place.inside
            ? "outside"
            : createHash("sha256").update(readRegular(path, MAX_FONT_BYTES)).digest("hex");
      } catch {
        hit = "missing";
      }
      seen.set(path, hit);
    }
    return hit;
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const p = join(dir, e.name);
    // Appended without spreading: a folder of the pack may hold 200,000 files.
    if (e.isDirectory()) pushAll(out, listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/**
 * A file of the pack by its bytes; one no letter can read (larger than a font may be, or no
 * longer a regular file) by its size and time. Why: the folder may hold anything (a pack from
 * a pull request with a file of 3 GB made --skip-unchanged end in exit 70, "File size is
 * greater than 2 GiB", after reading it whole); a letter reads no file of the pack past
 * MAX_FONT_BYTES, so such a file cannot change one.
 */
function hashFile(h: ReturnType<typeof createHash>, path: string): void {
  h.update(`${path}\0`);
  try {
    h.update(readRegular(path, MAX_FONT_BYTES));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EFBIG" && code !== "ENOTREG" && code !== "EACCES") throw e;
    const st = statSync(path);
    h.update(`${code}\0${st.size}\0${st.mtimeMs}`);
  }
  h.update("\0");
}
