import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export type Hyphenator = (word: string) => string[];

const loaded = new Map<string, Hyphenator | null>();

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
  const root = dirname(require.resolve("hyphen/package.json"));
  for (const name of [lang, lang.split("-")[0] ?? lang]) {
    if (!/^[a-z0-9-]+$/.test(name) || !existsSync(join(root, name, "index.js"))) continue;
    const mod = require(`hyphen/${name}`) as { hyphenateSync(s: string, o?: object): string };
    return (word) => keepEnds(mod.hyphenateSync(word, { minWordLength: 6 }).split("\u00AD"));
  }
  return null;
}

/** At least two letters before the first break and three after the last, as TeX does for English. */
function keepEnds(parts: string[]): string[] {
  const out = [...parts];
  while (out.length > 1 && (out[0]?.length ?? 0) < 2) out.splice(0, 2, `${out[0]}${out[1]}`);
  while (out.length > 1 && (out[out.length - 1]?.length ?? 0) < 3)
    out.splice(-2, 2, `${out[out.length - 2]}${out[out.length - 1]}`);
  return out;
}
