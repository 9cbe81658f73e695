/** Which typography passes a letter gets; each is on unless a pack or the letter turns it off. */
export interface Typography {
  /** Curly quotes and apostrophes from straight ones, by language. */
  quotes: boolean;
  /** French spacing: a narrow no-break space before ; : ! ? and inside « ». */
  spacing: boolean;
  /** No-break spaces after abbreviations, between numbers and units, before a spaced dash. */
  ties: boolean;
  /**
   * `--`, `---`, `...` and a number's `-`, typed for an en dash, an em dash, an ellipsis and
   * a minus sign, become them.
   */
  dashes: boolean;
  /** French ordinals' endings raised: 1er, 2e (french-ordinals.ts). */
  ordinals: boolean;
  /** Letters typed in a legacy form as the language writes them: Romanian ş ţ as ș ț. */
  diacritics: boolean;
}

export const TYPOGRAPHY_KEYS = [
  "quotes",
  "spacing",
  "ties",
  "dashes",
  "ordinals",
  "diacritics",
] as const;

export const ALL_ON: Typography = {
  quotes: true,
  spacing: true,
  ties: true,
  dashes: true,
  ordinals: true,
  diacritics: true,
};

/** Every pass off: for text that takes one pass alone (a PDF's author: its letters only). */
export const ALL_OFF: Typography = {
  quotes: false,
  spacing: false,
  ties: false,
  dashes: false,
  ordinals: false,
  diacritics: false,
};

/** JSON Schema of `typography:` in letter data (the manifest's is checked by load-pack). */
export const TYPOGRAPHY_SCHEMA = {
  type: "object",
  description: "typography of the text; each pass is on unless set false (here or by the pack)",
  additionalProperties: false,
  properties: {
    quotes: { type: "boolean", description: "curly quotes and apostrophes for the language" },
    spacing: {
      type: "boolean",
      description: "French: narrow no-break spaces before ; : ! ? and in « »",
    },
    ties: {
      type: "boolean",
      description: "no-break spaces: 5 km, Dr. Müller, before a spaced dash",
    },
    dashes: { type: "boolean", description: "-- and --- as – and —, ... as …, -5 as −5" },
    ordinals: { type: "boolean", description: "French: 1er, 2e with the ending raised" },
    diacritics: {
      type: "boolean",
      description: "Romanian: ş ţ typed with a cedilla as ș ț with the comma below",
    },
  },
};

/** `base` with the booleans of a `typography:` mapping over it; anything else is ignored. */
export function withTypography(base: Typography, value: unknown): Typography {
  if (!value || typeof value !== "object") return base;
  const v = value as Record<string, unknown>;
  const out = { ...base };
  for (const k of TYPOGRAPHY_KEYS) if (typeof v[k] === "boolean") out[k] = v[k];
  return out;
}

/** What is wrong with a manifest's `typography:` mapping, each with its path in the manifest. */
export function typographyProblems(value: unknown): { message: string; path: string }[] {
  if (value === undefined) return [];
  const hint = `typography is a mapping of ${TYPOGRAPHY_KEYS.join(", ")} to true or false`;
  if (!value || typeof value !== "object" || Array.isArray(value))
    return [{ message: hint, path: "typography" }];
  return Object.entries(value)
    .filter(
      ([k, v]) => !(TYPOGRAPHY_KEYS as readonly string[]).includes(k) || typeof v !== "boolean",
    )
    .map(([k]) => ({ message: `typography.${k}: ${hint}`, path: `typography.${k}` }));
}
