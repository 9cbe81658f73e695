import { ownOf } from "../own-of.js";
import { xmlEscape, xmlEscapeLines } from "./xml-escape.js";

/** The places a label has for the page counters, which the layout fills on each page. */
const COUNTERS: Readonly<Record<string, string>> = {
  pageNumber: "<page/>",
  pageCount: "<pages/>",
};

/** Options template-ast.ts adds to every call, which are no places. */
const LOCATING: ReadonlySet<string> = new Set(["path", "file", "literal"]);

/**
 * A label as markup, its `{place}`s filled, so that each language puts the words where its
 * grammar does ("Page {pageNumber} of {pageCount}", "第{pageNumber}页，共{pageCount}页"). A
 * place takes, in order: the value the call gives it (`{{label "letterTo" name=…}}`; what
 * another helper printed is markup already), a page counter, or the letter's label of that
 * name (as written, its own places not filled); any other place is left as written.
 */
export function fillLabel(
  text: string,
  args: Readonly<Record<string, unknown>>,
  labels: Readonly<Record<string, string>>,
): string | undefined {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    const key = m[1] as string;
    out += xmlEscape(text.slice(last, m.index));
    out += placeText(key, args, labels) ?? xmlEscape(m[0]);
    last = m.index + m[0].length;
    if (out.length > MAX_FILLED_LABEL) return undefined;
  }
  return out + xmlEscape(text.slice(last));
}

/**
 * The most characters a filled label may have; fillLabel gives undefined past it. Why: each
 * place is filled with a label or a value of megabytes, so a label of `{a}{a}{a}…` multiplies
 * the data (a letter's own labels: 600,000 places of a 2 MB label), and the template failed at
 * JavaScript's limit of text, blamed on the pack. A label is a line or two.
 */
export const MAX_FILLED_LABEL = 1024 * 1024;

function placeText(
  key: string,
  args: Readonly<Record<string, unknown>>,
  labels: Readonly<Record<string, string>>,
): string | undefined {
  const v = LOCATING.has(key) ? undefined : ownOf(args, key);
  if (typeof v === "object" && v !== null && "toHTML" in v) return String(v);
  if (v !== undefined && v !== null) return xmlEscapeLines(String(v));
  const counter = ownOf(COUNTERS, key);
  if (counter) return counter;
  const label = ownOf(labels, key);
  return label === undefined ? undefined : xmlEscape(label);
}
