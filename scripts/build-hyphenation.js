#!/usr/bin/env node
// Converts the `hyphen` package's TeX hyphenation patterns into missive's compact form (part
// of `npm run build`, after tsc): dist/hyphenation/<language>.bin for each set of patterns,
// and index.json naming the file for each language tag hyphen knows (aliases such as `de`
// share de-1996's, as do languages with the same patterns). Why: src/layout/hyphen-trie.ts.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { hyphenPatterns } from "../dist/layout/hyphen-source.js";
import { compactTrie, encodeTrie } from "../dist/layout/hyphen-trie.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist/hyphenation");
const require = createRequire(import.meta.url);
const HYPHEN = dirname(require.resolve("hyphen/package.json"));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const files = new Map(); // sha256 of the encoded patterns → file name
const index = {};
for (const lang of readdirSync(HYPHEN).sort()) {
  if (!existsSync(join(HYPHEN, lang, "index.js"))) continue; // not a language folder
  const patterns = hyphenPatterns(HYPHEN, lang);
  if (!Array.isArray(patterns)) continue;
  const bytes = encodeTrie(compactTrie(patterns));
  const hash = createHash("sha256").update(bytes).digest("hex");
  let file = files.get(hash);
  if (!file) {
    file = `${lang}.bin`;
    files.set(hash, file);
    writeFileSync(join(OUT, file), bytes);
  }
  index[lang] = file;
}
if (!index["en-us"]) throw new Error(`no hyphenation patterns found in ${HYPHEN}`);
writeFileSync(join(OUT, "index.json"), `${JSON.stringify(index, null, 1)}\n`);
// The patterns keep their authors' terms; the package's licence travels with them.
copyFileSync(join(HYPHEN, "LICENSE"), join(OUT, "LICENSE"));
