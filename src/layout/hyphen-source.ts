import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import type { SourcePatterns } from "./hyphen-trie.js";

const require = createRequire(import.meta.url);

/** A key of an object literal as written unquoted at the start of a line: `ⸯ: 30,`. */
const BARE_KEY = /^(\s*)([^\s"'{}[\],:()]+):/gmu;
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/**
 * The `hyphen` package's patterns for one of its language folders (`hyphen/<lang>/`), for
 * the build (scripts/build-hyphenation.js) and the tests that compare against `hyphen`
 * itself. Why not only `require`: hyphen 1.14.1's Church Slavonic (cu) patterns write the key
 * U+2E2F VERTICAL TILDE unquoted, a letter that may not start an identifier, so Node cannot
 * parse the file. Then the patterns file the folder names is read with such keys quoted.
 */
export function hyphenPatterns(hyphenDir: string, lang: string): SourcePatterns {
  const index = join(hyphenDir, lang, "index.js");
  try {
    return (require(index) as { patterns: SourcePatterns }).patterns;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
  }
  const name = /require\("\.\.\/patterns\/([^"/]+\.js)"\)/.exec(readFileSync(index, "utf8"))?.[1];
  if (!name) throw new Error(`${index} names no patterns file`);
  const file = join(hyphenDir, "patterns", name);
  const text = readFileSync(file, "utf8").replace(BARE_KEY, (whole, indent, key) =>
    IDENTIFIER.test(key) || /^\d+$/.test(key) ? whole : `${indent}"${key}":`,
  );
  const module = { exports: {} as unknown };
  runInNewContext(text, { module }, { filename: file });
  return module.exports as SourcePatterns;
}
