import { type BlockText, hasLanguage, langAt, primaryLanguage } from "./block-text.js";

/** Romanian's s and t with a cedilla (the legacy forms) and the letters with a comma below. */
const COMMA_BELOW: Readonly<Record<string, string>> = {
  "\u015f": "\u0219", // ş → ș
  "\u0163": "\u021b", // ţ → ț
  "\u015e": "\u0218", // Ş → Ș
  "\u0162": "\u021a", // Ţ → Ț
};

/**
 * Romanian ş ţ Ş Ţ typed with a cedilla become ș ț Ș Ț, with the comma below that Romanian
 * writes (the Romanian Academy's norm, SR 13011). Why: the cedilla forms are those of old
 * keyboards and code pages (ISO 8859-2, Windows-1250), not a spelling: a Romanian reader sees
 * them as a Turkish letter in the word, the hyphenation patterns know only the comma forms
 * (so "şcoală" was not hyphenated as "școală" is), and text searched for "ș" missed them.
 * Only characters whose language is Romanian (`ro`, and `mo`, its old Moldovan tag) change:
 * a Turkish name in its own span keeps its ş. URLs, e-mail addresses and code keep theirs.
 */
export function romanianCommas(block: BlockText): void {
  if (!hasLanguage(block, "ro") && !hasLanguage(block, "mo")) return;
  for (const m of block.text.matchAll(/[\u015e\u015f\u0162\u0163]/g)) {
    const i = m.index;
    if (block.fixed[i] || !ROMANIAN.has(primaryLanguage(langAt(block, i)))) continue;
    block.out.set(i, COMMA_BELOW[m[0]] ?? m[0]);
  }
}

const ROMANIAN: ReadonlySet<string> = new Set(["ro", "mo"]);
