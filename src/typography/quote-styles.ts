/** The quotation marks of one language: the outer pair, the pair nested in it, the apostrophe. */
export interface QuoteStyle {
  outer: readonly [open: string, close: string];
  inner: readonly [open: string, close: string];
  apostrophe: string;
}

const style = (outer: string, inner: string): QuoteStyle => ({
  outer: [outer[0] ?? "", outer[1] ?? ""],
  inner: [inner[0] ?? "", inner[1] ?? ""],
  apostrophe: "’",
});

const ENGLISH = style("“”", "‘’");

/**
 * Quotation marks by language tag (a primary language, or a tag with a region where the
 * region writes them differently). Straight double quotes become the outer pair (the inner
 * one when nested in it), straight single quotes the inner pair. French spacing inside « »
 * is added by french-spacing.ts, not here. The one place these characters are listed.
 */
export const QUOTE_STYLES: ReadonlyMap<string, QuoteStyle> = new Map(
  Object.entries({
    en: ENGLISH,
    de: style("„“", "‚‘"),
    "de-ch": style("«»", "‹›"),
    "de-li": style("«»", "‹›"),
    fr: style("«»", "“”"),
    "fr-ch": style("«»", "‹›"),
    ru: style("«»", "„“"),
    uk: style("«»", "„“"),
    be: style("«»", "„“"),
    es: style("«»", "“”"),
    it: style("«»", "“”"),
    "it-ch": style("«»", "‹›"),
    pt: style("«»", "“”"),
    "pt-br": style("“”", "‘’"),
    ca: style("«»", "“”"),
    el: style("«»", "“”"),
    nl: style("“”", "‘’"),
    pl: style("„”", "«»"),
    cs: style("„“", "‚‘"),
    sk: style("„“", "‚‘"),
    sl: style("„“", "‚‘"),
    hr: style("„”", "‚’"),
    hu: style("„”", "»«"),
    ro: style("„”", "«»"),
    bg: style("„“", "‚‘"),
    sv: style("””", "’’"),
    fi: style("””", "’’"),
    da: style("»«", "›‹"),
    nb: style("«»", "‘’"),
    nn: style("«»", "‘’"),
    no: style("«»", "‘’"),
    et: style("„“", "‚‘"),
    lt: style("„“", "‚‘"),
    lv: style("«»", "„“"),
    tr: style("“”", "‘’"),
    zh: style("“”", "‘’"),
    "zh-tw": style("「」", "『』"),
    "zh-hk": style("「」", "『』"),
    "zh-hant": style("「」", "『』"),
    ja: style("「」", "『』"),
    ko: style("“”", "‘’"),
  }),
);

/** The quotation marks for a language tag: the tag, then its language and region, else English. */
export function quoteStyleFor(lang: string): QuoteStyle {
  const parts = lang.toLowerCase().split(/[-_]/);
  const language = parts[0] ?? "";
  const region = parts.slice(1).find((p) => p.length === 2 || p === "hant");
  return (
    QUOTE_STYLES.get(lang.toLowerCase()) ??
    (region ? QUOTE_STYLES.get(`${language}-${region}`) : undefined) ??
    QUOTE_STYLES.get(language) ??
    ENGLISH
  );
}
