import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "../errors.js";
import { scriptOf } from "../model/direction.js";
import { hyphenMins } from "./hyphen-mins.js";
import { decodeTrie, hyphenateWith } from "./hyphen-trie.js";

export type Hyphenator = (word: string) => string[];

/**
 * The patterns `npm run build` converts from the `hyphen` package (scripts/
 * build-hyphenation.js): index.json maps each language tag hyphen knows to its file. Two
 * folders up from src/layout/, dist/layout/ and the snapshot's bundle (dist/snapshot/) alike.
 */
const PATTERNS = resolve(dirname(fileURLToPath(import.meta.url)), "../../dist/hyphenation");

/**
 * The hyphenation patterns of one thread (part of the resources, src/resources.ts), loaded on
 * first use only.
 */
export class Hyphenators {
  private readonly loaded = new Map<string, Hyphenator | null>();
  private index: Map<string, string> | undefined;

  /**
   * Returns a function splitting a word of letters into syllables for the language (`en-US` →
   * en-us patterns, `de-DE` → de), or null if no patterns exist. A bound function, so layout
   * can hand it on.
   */
  readonly for = (lang: string): Hyphenator | null => {
    const key = lang.toLowerCase();
    if (this.loaded.has(key)) return this.loaded.get(key) ?? null;
    this.index ??= patternFiles();
    const h = load(key, this.index);
    this.loaded.set(key, h);
    return h;
  };
}

function load(lang: string, index: Map<string, string>): Hyphenator | null {
  const script = scriptPatterns(lang);
  for (const name of [lang, lang.split("-")[0] ?? lang, script]) {
    const file = name && index.get(name);
    if (!file) continue;
    const trie = readPatterns(file, decodeTrie);
    const [left, right] = hyphenMins(name === script ? name : lang);
    // Memoised per word: every letter of a mail merge hyphenates the same body text.
    const seen = new Map<string, string[]>();
    return (word) => {
      let parts = seen.get(word);
      if (!parts) {
        if (seen.size >= 50_000) seen.clear();
        parts = keepEnds(hyphenateWith(trie, word), left, right);
        seen.set(word, parts);
      }
      return parts;
    };
  }
  return null;
}

/**
 * The name of the patterns for the script a language is written in (`mul-ethi` for Amharic,
 * Tigrinya, Ge'ez: its likely script, Ethi), for a language with none of its own, as TeX's
 * hyph-utf8 loads the Ethiopic patterns for Amharic and Ge'ez. Why: without them an Amharic
 * word was never broken, and a justified line of long words stretched its spaces to five
 * times their width; Ethiopic words are split between syllables (W3C's Ethiopic Layout
 * Requirements, "Hyphenation"), which the patterns allow.
 */
function scriptPatterns(lang: string): string | undefined {
  const script = scriptOf(lang);
  return script === undefined ? undefined : `mul-${script.toLowerCase()}`;
}

/** A Map, not the parsed object: a tag such as "constructor" must not find Object's. */
function patternFiles(): Map<string, string> {
  const read = (bytes: Buffer) => JSON.parse(String(bytes)) as Record<string, string>;
  return new Map(Object.entries(readPatterns("index.json", read)));
}

/** Reads and decodes a patterns file; a missing or damaged one is an installation problem. */
function readPatterns<T>(file: string, decode: (bytes: Buffer) => T): T {
  try {
    return decode(readFileSync(join(PATTERNS, file)));
  } catch (e) {
    throw fail(
      "internal",
      `cannot read hyphenation patterns ${file}: ${(e as Error).message}`,
      {},
      ["reinstall missive (in a checkout of its source: npm run build)"],
    );
  }
}

/** At least `left` letters before the first break and `right` after the last (hyphen-mins.ts). */
function keepEnds(parts: string[], left: number, right: number): string[] {
  const out = [...parts];
  while (out.length > 1 && [...(out[0] ?? "")].length < left)
    out.splice(0, 2, `${out[0]}${out[1]}`);
  while (out.length > 1 && [...(out[out.length - 1] ?? "")].length < right)
    out.splice(-2, 2, `${out[out.length - 2]}${out[out.length - 1]}`);
  return out;
}
