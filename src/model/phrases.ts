import { ownOf } from "../own-of.js";

/**
 * What the tagged PDF says of what it shows, for a reader who cannot see it: a signature
 * image's alternative text, a link's and a footnote reference's description. In the letter's
 * language: a pack gives them as labels (`labels.de.signatureAlt: "Unterschrift von {name}"`);
 * a pack without them gets these.
 */
export interface Phrases {
  /** `{name}`: the signer's name. */
  signatureAlt: string;
  /** `{href}`: where the link leads. */
  linkTo: string;
  /** `{mark}`: the footnote's mark. */
  footnote: string;
}

export const DEFAULT_PHRASES: Phrases = {
  signatureAlt: "Signature of {name}",
  linkTo: "Link to {href}",
  footnote: "Footnote {mark}",
};

/** The phrases a letter's labels give, each missing one in English. */
export function phrasesFrom(labels: Record<string, string>): Phrases {
  return {
    signatureAlt: labels.signatureAlt ?? DEFAULT_PHRASES.signatureAlt,
    linkTo: labels.linkTo ?? DEFAULT_PHRASES.linkTo,
    footnote: labels.footnote ?? DEFAULT_PHRASES.footnote,
  };
}

/**
 * A phrase with its `{key}` places filled; a place with no value is left as written, and so is
 * one named after what every object has (`{constructor}`), which a pack may write.
 */
export function fillPhrase(phrase: string, values: Record<string, string>): string {
  return phrase.replace(/\{(\w+)\}/g, (whole, key: string) => ownOf(values, key) ?? whole);
}
