import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export type Hyphenator = (word: string) => string[];

/** The shape of a `hyphen/<lang>` module. */
export interface HyphenPatterns {
  hyphenateSync(word: string, opts?: object): string;
}

const loaded = new Map<string, Hyphenator | null>();
const preloaded = new Map<string, HyphenPatterns>();

/**
 * Hands over patterns that were bundled rather than required: a V8 startup snapshot may not
 * hold modules loaded with `require` (src/startup/snapshot-entry.ts).
 */
export function preloadHyphenation(name: string, patterns: HyphenPatterns): void {
  preloaded.set(name, patterns);
}

/**
 * Returns a function splitting a word into syllables for the language (`en-US` → en-us
 * patterns, `de-DE` → de), or null if no patterns exist. Patterns load on first use only.
 */
export function hyphenatorFor(lang: string): Hyphenator | null {
  const key = lang.toLowerCase();
  if (loaded.has(key)) return loaded.get(key) ?? null;
  const h = load(key);
  loaded.set(key, h);
  return h;
}

function load(lang: string): Hyphenator | null {
  for (const name of [lang, lang.split("-")[0] ?? lang]) {
    const mod = preloaded.get(name) ?? requirePatterns(name);
    if (!mod) continue;
    // Memoised per word: every letter of a mail merge hyphenates the same body text.
    const seen = new Map<string, string[]>();
    return (word) => {
      let parts = seen.get(word);
      if (!parts) {
        if (seen.size >= 50_000) seen.clear();
        parts = keepEnds(mod.hyphenateSync(word, { minWordLength: 6 }).split("\u00AD"));
        seen.set(word, parts);
      }
      return parts;
    };
  }
  return null;
}

function requirePatterns(name: string): HyphenPatterns | null {
  const root = dirname(require.resolve("hyphen/package.json"));
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(join(root, name, "index.js"))) return null;
  return require(`hyphen/${name}`) as HyphenPatterns;
}

/** At least two letters before the first break and three after the last, as TeX does for English. */
function keepEnds(parts: string[]): string[] {
  const out = [...parts];
  while (out.length > 1 && (out[0]?.length ?? 0) < 2) out.splice(0, 2, `${out[0]}${out[1]}`);
  while (out.length > 1 && (out[out.length - 1]?.length ?? 0) < 3)
    out.splice(-2, 2, `${out[out.length - 2]}${out[out.length - 1]}`);
  return out;
}
