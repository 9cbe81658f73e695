import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyphenPatterns } from "../../src/layout/hyphen-source.js";
import {
  compactTrie,
  decodeTrie,
  encodeTrie,
  type HyphenTrie,
  hyphenateWith,
  type SourcePatterns,
} from "../../src/layout/hyphen-trie.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor } from "../helpers/resources.js";

const require = createRequire(import.meta.url);
const BUILT = join(ROOT, "dist/hyphenation");
const index = JSON.parse(readFileSync(join(BUILT, "index.json"), "utf8")) as Record<string, string>;

interface HyphenModule {
  hyphenateSync(word: string, opts: object): string;
  patterns: SourcePatterns;
}
const HYPHEN = join(ROOT, "node_modules/hyphen");
const createHyphenator = require("hyphen/hyphen.js") as (
  p: SourcePatterns,
) => (w: string, o: object) => string;
/** hyphen's own hyphenator, over the patterns as the build reads them (cu's need repair). */
const library = (lang: string): HyphenModule => {
  const patterns = hyphenPatterns(HYPHEN, lang);
  return { hyphenateSync: createHyphenator(patterns), patterns };
};
const built = (lang: string) => decodeTrie(readFileSync(join(BUILT, index[lang] as string)));
// Before any test hyphenates: hyphen adds every word it hyphenates to its patterns' exceptions.
const pristineEnGb = structuredClone(library("en-gb").patterns);
const theirs = (m: HyphenModule, word: string) =>
  m.hyphenateSync(word, { minWordLength: 6 }).split("\u00AD");

/** The letters a language's patterns start with: what random words are made of. */
function alphabet(trie: HyphenTrie): string[] {
  const out: string[] = [];
  for (let e = trie.first[0] as number; e < (trie.first[1] as number); e++) {
    const ch = String.fromCharCode(trie.chars[e] as number);
    if (/^\p{L}$/u.test(ch)) out.push(ch);
  }
  return out;
}

/** Words of the repository's own texts: letters only, as layout asks (paragraph-items.ts). */
function realWords(): string[] {
  const text = [
    ...readdirSync(join(ROOT, "data")).map((f) => join(ROOT, "data", f)),
    ...readdirSync(join(ROOT, "docs")).map((f) => join(ROOT, "docs", f)),
  ]
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .map((f) => readFileSync(f, "utf8"))
    .join(" ");
  return [...new Set(text.match(/\p{L}{6,}/gu) ?? [])];
}

describe("compact hyphenation patterns", () => {
  it("were built for every language the hyphen package ships", () => {
    const langs = readdirSync(HYPHEN, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "patterns")
      .map((d) => d.name);
    expect(langs.length).toBeGreaterThan(70);
    expect(Object.keys(index).sort()).toEqual(langs.sort());
  });

  it("include Church Slavonic, whose patterns file Node cannot parse as shipped", () => {
    expect(() => require("hyphen/cu/index.js")).toThrow(SyntaxError);
    expect(index.cu).toBe("cu.bin");
    const word = "\u0431\u043b\u0430\u0433\u043e\u0441\u043b\u043e\u0432\u0435\u043d\u0456\u0435";
    expect(hyphenateWith(built("cu"), word)).toEqual(theirs(library("cu"), word));
    expect(hyphenateWith(built("cu"), word).length).toBeGreaterThan(1);
  });

  it("break the repository's own words where hyphen does (en-us, en-gb, de)", () => {
    const words = realWords();
    expect(words.length).toBeGreaterThan(1000);
    for (const lang of ["en-us", "en-gb", "de"]) {
      const [mine, lib] = [built(lang), library(lang)];
      for (const w of words) expect(hyphenateWith(mine, w), `${lang} ${w}`).toEqual(theirs(lib, w));
    }
  });

  it("break random words where hyphen does, in every language", () => {
    for (const lang of Object.keys(index)) {
      const [mine, lib] = [built(lang), library(lang)];
      const letters = alphabet(mine);
      if (letters.length === 0) continue;
      const word = fc
        .array(fc.constantFrom(...letters), { minLength: 6, maxLength: 24 })
        .map((a) => a.join(""));
      fc.assert(
        fc.property(word, fc.boolean(), (w, upper) => {
          const text = upper ? w.toUpperCase() : w;
          if (!/^\p{L}+$/u.test(text)) return;
          expect(hyphenateWith(mine, text), `${lang} ${text}`).toEqual(theirs(lib, text));
        }),
        { numRuns: 150, seed: 20201103 },
      );
    }
  });

  it("use the patterns' own exceptions (en-us: as-soc-iate, present)", () => {
    const trie = built("en-us");
    expect(hyphenateWith(trie, "associate")).toEqual(["as", "soc", "iate"]);
    expect(hyphenateWith(trie, "Associates")).toEqual(["As", "soc", "iates"]);
    expect(hyphenateWith(trie, "present")).toEqual(["present"]);
    expect(hyphenateWith(trie, "hyphenation")).toEqual(theirs(library("en-us"), "hyphenation"));
  });

  it("survive saving and reading back, also from an unaligned buffer", () => {
    const trie = compactTrie(pristineEnGb);
    expect(trie).toEqual(built("en-gb"));
    const saved = encodeTrie(trie);
    const shifted = Buffer.alloc(saved.length + 1);
    saved.copy(shifted, 1);
    for (const bytes of [saved, shifted.subarray(1)]) {
      const back = decodeTrie(bytes);
      expect(back).toEqual(trie);
      expect(hyphenateWith(back, "international")).toEqual(hyphenateWith(trie, "international"));
    }
    expect(() => decodeTrie(Buffer.alloc(64))).toThrow("not a missive hyphenation file");
    expect(() => decodeTrie(saved.subarray(0, 10))).toThrow("not a missive hyphenation file");
    // Cut short inside a larger buffer (as Node's pool holds small files): not read on into it.
    const pool = Buffer.alloc(saved.length + 64);
    saved.copy(pool);
    expect(() => decodeTrie(pool.subarray(0, saved.length - 8))).toThrow(
      `a hyphenation file of ${saved.length - 8} bytes, not the ${saved.length} its header says`,
    );
  });

  it("keep at least two letters before a break and three after, for a language tag", () => {
    const h = hyphenatorFor("en-US");
    expect(h?.("telecommunications")).toEqual(["telecom", "mu", "ni", "ca", "tions"]);
    expect(hyphenatorFor("de-DE")?.("Silbentrennung")).toEqual(["Sil", "ben", "tren", "nung"]);
    expect(hyphenatorFor("tlh")).toBeNull();
    // Names an object has of its own are not languages.
    for (const tag of ["constructor", "__proto__", "toString", "hasOwnProperty"])
      expect(hyphenatorFor(tag), tag).toBeNull();
  });
});
