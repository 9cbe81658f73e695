/**
 * Fallback chains by script or language (a pack's `fontChains`): a key is a Unicode script
 * name as in `\p{Script=…}` (`Han`, `Arabic`, `Devanagari`) or a language tag (`ja`,
 * `zh-TW`); its value, the font families tried, in order, after the style's own font.
 */
export type FontChains = Record<string, string[]>;

/**
 * The characters a script's chain draws, or null if the key is not a script name (then it is
 * a language tag): the script's own (by Script_Extensions, so "。" is Han's too) and those of
 * no script of their own (punctuation, combining marks) that the style's font lacks.
 */
export function scriptPattern(key: string): RegExp | null {
  try {
    return new RegExp(
      `^[\\p{Script_Extensions=${key}}\\p{Script=Common}\\p{Script=Inherited}]$`,
      "u",
    );
  } catch {
    return null;
  }
}

/** The chain for a language: its own tag's, else its primary language's (`zh-TW`, then `zh`). */
export function languageChain(chains: FontChains, lang: string): string[] {
  const tag = lang.toLowerCase();
  for (const [key, families] of Object.entries(chains))
    if (key.toLowerCase() === tag && !scriptPattern(key)) return families;
  const primary = tag.split("-")[0] ?? "";
  for (const [key, families] of Object.entries(chains))
    if (key.toLowerCase() === primary && !scriptPattern(key)) return families;
  return [];
}
