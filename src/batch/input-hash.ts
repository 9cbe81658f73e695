import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type LetterOptions, letterOptionsText } from "../letter-options.js";
import type { TemplatePack } from "../load/pack-types.js";

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

/** Content hashes of asset files, memoised for the run ("missing" if the file is gone). */
export function assetHasher(): (path: string) => string {
  const seen = new Map<string, string>();
  return (path) => {
    let hit = seen.get(path);
    if (hit === undefined) {
      try {
        hit = createHash("sha256").update(readFileSync(path)).digest("hex");
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
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function hashFile(h: ReturnType<typeof createHash>, path: string): void {
  h.update(`${path}\0`).update(readFileSync(path)).update("\0");
}
