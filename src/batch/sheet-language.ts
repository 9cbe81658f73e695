/**
 * Numbers and dates as a spreadsheet writes them in its language, for `--records-lang`: a
 * European Excel's CSV has `1.234,50` and `15.03.2024`, an American one's `3/15/2024`. Why
 * only by a language named: `1.234` is a thousand and more in German, a little over one in
 * English, and no file says which it means.
 */

/** Marks a locale's text may carry around its digits (Arabic's date literals have them). */
const BIDI = /[\u061c\u200e\u200f]/g;
const SPACES = " \u00a0\u202f";

const escaped = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
const anyOf = (chars: string) => `[${escaped(chars)}]`;

/** The number `text` writes in `lang` (`1.234,50`, `1 234,5`, `-5`), or undefined. */
export function sheetNumber(text: string, lang: string): number | undefined {
  const parts = new Intl.NumberFormat(lang, { numberingSystem: "latn" }).formatToParts(-12345.6);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const group = part("group");
  const groups = SPACES.includes(group) ? SPACES : group === "'" || group === "’" ? "'’" : group;
  const decimal = part("decimal");
  // A currency sign an amount column's format added is left out: a helper writes its own.
  const re = new RegExp(
    `^\\s*\\p{Sc}?\\s*([-+\u2212])?\\s*(\\d{1,3}(?:${anyOf(groups)}\\d{3})+|\\d+)(?:${escaped(decimal)}(\\d+))?\\s*\\p{Sc}?\\s*$`,
    "u",
  );
  const m = re.exec(text.replace(BIDI, ""));
  if (!m) return undefined;
  const digits = (m[2] as string).replace(/\D/g, "");
  const n = Number(`${digits}.${m[3] ?? "0"}`);
  return m[1] === "-" || m[1] === "\u2212" ? -n : n;
}

/** A numeric date's fields: day and month in one or two digits, the year in four. */
const FIELD_DIGITS: Readonly<Record<string, string>> = {
  day: "(\\d{1,2})",
  month: "(\\d{1,2})",
  year: "(\\d{4})",
};

/** The date `text` writes in `lang`'s numeric form (`15.03.2024`, `3/15/2024`), as YYYY-MM-DD. */
export function sheetDate(text: string, lang: string): string | undefined {
  const parts = new Intl.DateTimeFormat(lang, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "UTC",
    numberingSystem: "latn",
  }).formatToParts(new Date(Date.UTC(2024, 2, 5)));
  const order: string[] = parts.map((p) => p.type).filter((t) => FIELD_DIGITS[t] !== undefined);
  const pattern = parts
    .map((p, i) => {
      const digits = FIELD_DIGITS[p.type];
      if (digits) return digits;
      const literal = p.value.replace(BIDI, "").trim();
      // A last literal (Hungarian's "2024. 03. 05.") may be left out, as people write it.
      const optional = i === parts.length - 1 ? "?" : "";
      return `\\s*(?:${escaped(literal)})${optional}\\s*`;
    })
    .join("");
  const m = new RegExp(`^\\s*${pattern}\\s*$`).exec(text.replace(BIDI, ""));
  if (!m || order.length !== 3) return undefined;
  const field = (type: string) => m[order.indexOf(type) + 1] as string;
  return `${field("year")}-${field("month").padStart(2, "0")}-${field("day").padStart(2, "0")}`;
}
