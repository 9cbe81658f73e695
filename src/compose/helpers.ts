import type { HelperOptions as HbOptions } from "handlebars";
import { fail, type Location } from "../errors.js";
import { isNumbering } from "../model/list-marker.js";
import { ownOf } from "../own-of.js";
import { afterLeading, among } from "./among.js";
import { fillLabel, MAX_FILLED_LABEL } from "./fill-label.js";
import { formatDate } from "./format-date.js";
import {
  type Check,
  isBoolean,
  isPrintable,
  isText,
  oneOf,
  type Signature,
  type Signatures,
} from "./helper-calls.js";
import type { IntlFormats } from "./intl-formats.js";
import {
  inlineMarkdownToMarkup,
  inlineMarkdownToText,
  markdownToMarkup,
  type TableTally,
} from "./markdown.js";
import { onOneLine } from "./on-one-line.js";
import { textLines } from "./text-lines.js";
import { xmlEscape, xmlEscapeLines } from "./xml-escape.js";

/** What template-ast.ts adds to every pack helper call: where it is, and if its value is written there. */
const located = { path: isText, file: isText, literal: isBoolean };
const oneValue = (example: string, options: Record<string, Check> = {}): Signature => ({
  args: [1, 1],
  block: false,
  options: { ...located, ...options },
  example,
});

/**
 * How each pack helper is called (`path=` and `file=` locate its errors, `literal=` says its
 * value is written in the template; template-ast.ts adds them). template-ast.ts checks a template's calls by it when the pack loads.
 */
export const PACK_HELPER_SIGNATURES: Signatures = {
  __text: oneValue("{{recipient.name}}", { computed: isText }),
  markdown: oneValue('{{markdown body path="body"}}, {{markdown subject as="inline"}}', {
    numbering: isText,
    bullets: isText,
    as: oneOf("inline", "text", "line"),
    spaces: oneOf("kept"),
  }),
  date: oneValue('{{date date style="medium"}}', {
    style: oneOf("full", "long", "medium", "short"),
  }),
  label: {
    ...oneValue('{{label "pageOf"}}, {{label "letterTo" to=recipient.[0]}}'),
    anyOption: isPrintable,
  },
  labelled: {
    args: [2, 2],
    block: false,
    options: { ...located, ownLabel: isBoolean },
    values: [isText, isText],
    example: '{{labelled "ps" ps}}',
  },
  lines: oneValue("{{lines recipient}}"),
  addressees: oneValue("{{addressees recipient}}"),
  join: { args: [1, 2], block: false, options: located, example: '{{join list ", "}}' },
  eq: { args: [2, 2], block: false, example: '{{#if (eq closing "")}}…{{/if}}' },
  among: {
    args: [2, 2],
    block: false,
    example: '{{#if (among salutation (label "salutationsToNoOne"))}}…{{/if}}',
  },
  asset: oneValue('{{asset "assets/logo.png"}}'),
  hasAsset: oneValue('{{#if (hasAsset "assets/logo.png")}}…{{/if}}'),
};

/** What helpers need to know about the letter being composed. */
export interface HelperContext {
  lang: string;
  labels: Record<string, string>;
  /** The letter's own labels (`labels:` in its data), which `labels` holds over the pack's. */
  ownLabels: Readonly<Record<string, string>>;
  /** Maps a data path to its place in the data file, for helper errors. */
  locate(path: string): Location;
  /** Where a piece of text is written inside the value at a data path. */
  locateText(path: string, needle: string): Location;
  templateFile: string;
  /** The thread's Intl formatters (src/resources.ts). */
  formats: IntlFormats;
  /** Whether the pack (or one it extends) has this file; `at` places a refusal. */
  hasAsset(file: string, at: Location): boolean;
  /** The times `#each` has repeated a block so far in this letter (checked-blocks.ts bounds it). */
  loopSteps: number;
  /** The cells of the tables the letter's Markdown fields held so far (markdown.ts bounds it). */
  tables: TableTally;
  /** What `date: today` stands for: the letter's creation day, ISO (format-date.ts). */
  today?: string;
  /** Marks each partial's output with its name (partial-marks.ts), to place a markup error. */
  markPartials?: boolean;
}

/** Handlebars passes the call site to helpers; its typings omit it. */
type HelperOptions = HbOptions & { loc?: { start: { line: number; column: number } } };

type SafeStringCtor = new (s: string) => unknown;

/** A helper argument that lists words (`bullets="• – o"`), or undefined when absent. */
function words(o: HelperOptions, key: string): string[] | undefined {
  const v = o.hash[key];
  return typeof v === "string" ? v.split(/\s+/).filter((w) => w !== "") : undefined;
}

/**
 * The helpers every pack can use. Text helpers escape for XML themselves and return SafeString,
 * so Handlebars' HTML escaping does not escape twice. Why so few: a template is data that many people edit, so
 * each helper is documented in docs/templates.md and checked for at load time.
 */
export function makeHelpers(ctx: () => HelperContext, SafeString: SafeStringCtor) {
  const where = (o: HelperOptions, path?: unknown): Location =>
    typeof path === "string"
      ? ctx().locate(path)
      : {
          file: typeof o.hash.file === "string" ? o.hash.file : ctx().templateFile,
          line: o.loc?.start.line,
          col: (o.loc?.start.column ?? 0) + 1,
        };
  // The letter's own label is the data's (exit 4, at it); the pack's, the pack's.
  const labelTooLong = (key: string, o: HelperOptions) => {
    const own = ownOf(ctx().ownLabels, key) !== undefined;
    return fail(
      own ? "data" : "template",
      `${own ? "" : `label ${key}: `}filled, the label would be over ${MAX_FILLED_LABEL.toLocaleString("en-US")} characters`,
      own ? ctx().locate(`labels.${key}`) : where(o),
      ["each {place} is filled with a value or a label of that name: a label is a line or two"],
    );
  };
  // What another helper printed (a label, a date, a join) is markup already, not escaped again.
  const isMarkup = (v: unknown) => v instanceof SafeString;
  const markupOf = (v: unknown) => (isMarkup(v) ? String(v) : xmlEscapeLines(String(v ?? "")));
  // A list or mapping printed as text would be its items joined by commas, or
  // "[object Object]": the template's mistake, at its call (the data matched the schema; the
  // template named the wrong field, or `this`).
  const notListed = (name: string, value: unknown, o: HelperOptions, what = "the value") => {
    if (typeof value !== "object" || value === null || isMarkup(value)) return;
    const kind = Array.isArray(value) ? "a list" : "a mapping";
    throw fail("template", `${name}: ${what} is ${kind}, not text`, where(o), [
      Array.isArray(value) ? `join it: {{join list ", "}}` : "give one of its fields",
    ]);
  };
  // A value written in the template (`{{date "2024-02-30"}}`) is the template's mistake, at
  // its call; one read from a data field is the data's, at the field when it can be found.
  const blameOf = (o: HelperOptions) => (o.hash.literal === true ? "template" : "data");
  const placeOf = (o: HelperOptions) => where(o, o.hash.literal === true ? undefined : o.hash.path);
  // The lines a helper of address lines reads: a list's entries, or a multi-line text's lines
  // as join reads them (text-lines.ts: U+2028 too, no empty line after the last line break).
  const linesOf = (name: string, value: unknown, o: HelperOptions): unknown[] => {
    if (!Array.isArray(value)) notListed(name, value, o);
    const list = Array.isArray(value) ? value : typeof value === "string" ? textLines(value) : null;
    if (!list) throw fail(blameOf(o), "expected a list of lines or multi-line text", placeOf(o));
    for (const [i, item] of list.entries()) notListed(name, item, o, `item ${i + 1}`);
    return list;
  };
  const labelOf = (key: unknown, o: HelperOptions): string => {
    const text = typeof key === "string" ? ownOf(ctx().labels, key) : undefined;
    if (text === undefined) {
      throw fail("template", `no label ${String(key)} for language ${ctx().lang}`, where(o), [
        `add it under labels.<lang>.${String(key)} in template.yaml`,
      ]);
    }
    return text;
  };
  // What `{{lookup …}}` found, printed: nothing when not set, as Handlebars printed it.
  const computedText = (name: string, value: unknown, at: Location) => {
    if (value === undefined || value === null) return "";
    if (typeof value === "object" && !isMarkup(value))
      throw fail(
        "template",
        `${name}: the value is ${Array.isArray(value) ? "a list" : "a mapping"}, not text`,
        at,
        [
          Array.isArray(value)
            ? `loop over it with {{#each (${name} …)}}…{{/each}}`
            : `print one of its fields, e.g. {{#with (${name} …)}}{{name}}{{/with}}`,
        ],
      );
    return isMarkup(value) ? value : new SafeString(xmlEscapeLines(String(value)));
  };
  return {
    /**
     * Escaped text output; every `{{path}}` is rewritten to this (template-ast.ts,
     * checkAndRewrite).
     */
    __text(value: unknown, o: HelperOptions) {
      const path = o.hash.path as string | undefined;
      const at = {
        file: String(o.hash.file),
        line: o.loc?.start.line,
        col: (o.loc?.start.column ?? 0) + 1,
      };
      const computed = o.hash.computed as string | undefined;
      if (computed !== undefined) return computedText(computed, value, at);
      if (value === undefined || value === null) {
        throw fail("template", `${path ?? "value"} is not set in the data`, at, [
          `add ${path} to the data, or wrap it in {{#if ${path}}}…{{/if}}`,
        ]);
      }
      if (typeof value === "object") {
        throw fail(
          "template",
          `${path ?? "value"} is ${Array.isArray(value) ? "a list" : "a mapping"}, not text`,
          at,
          [
            Array.isArray(value)
              ? `loop over it with {{#each ${path}}}…{{/each}}`
              : `print one of its fields, e.g. {{${path}.name}}`,
          ],
        );
      }
      return new SafeString(xmlEscapeLines(String(value)));
    },
    markdown(value: unknown, o: HelperOptions) {
      notListed("markdown", value, o);
      if (typeof value !== "string") throw fail(blameOf(o), "expected Markdown text", placeOf(o));
      const path = o.hash.path;
      const at = (source: string) =>
        typeof path === "string" ? ctx().locateText(path, source) : where(o);
      // A field printed as one paragraph (as="inline"), or its text where markup cannot go.
      if (o.hash.as === "inline") {
        const markup = inlineMarkdownToMarkup(value, at);
        // spaces="kept": a field that is one line of fields, as an address line is (a
        // subject "DY13 8QT    Tel: 07700 900123"), keeps the spaces typed between them.
        return new SafeString(o.hash.spaces === "kept" ? keptSpaces(markup) : markup);
      }
      if (o.hash.as === "text") return new SafeString(inlineMarkdownToText(value, at));
      // as="line": the text on one line, for a running header that names the field among
      // other parts ("Muster GmbH · 26.11.2026 · Anhörung … Kennzeichen FR-FW 2207"): a
      // subject's line breaks, typed for its block on page 1, became lines of the header.
      if (o.hash.as === "line") return new SafeString(onOneLine(inlineMarkdownToText(value, at)));
      const markers = { numbering: words(o, "numbering"), bullets: words(o, "bullets") };
      const bad = markers.numbering?.find((m) => !isNumbering(m));
      if (bad)
        throw fail("template", `numbering: ${bad} is not a numbering pattern`, where(o), [
          'write e.g. numbering="1. a) (i)": a counter 1, a, A, i, I or 가 with punctuation around it, or after clause numbers (2.1)',
        ]);
      return new SafeString(markdownToMarkup(value, at, markers, ctx().tables));
    },
    date(value: unknown, o: HelperOptions) {
      const style = typeof o.hash.style === "string" ? o.hash.style : "long";
      // Free text is printed as written, line breaks included.
      notListed("date", value, o);
      const c = ctx();
      const text = formatDate(
        value,
        c.lang,
        style,
        placeOf(o),
        c.formats,
        blameOf(o),
        c.labels,
        c.today,
      );
      return new SafeString(xmlEscapeLines(text));
    },
    label(key: unknown, o: HelperOptions) {
      // A list or mapping would fill the place as its items' text, unescaped: markup from data.
      for (const [name, v] of Object.entries(o.hash ?? {}))
        if (typeof v === "object" && v !== null && !("toHTML" in v))
          throw fail(
            "template",
            `label: ${name}= is ${Array.isArray(v) ? "a list" : "a mapping"}, not text`,
            where(o),
            [`give the place one piece of text, e.g. ${name}=recipient.[0]`],
          );
      const filled = fillLabel(labelOf(key, o), o.hash, ctx().labels);
      if (filled === undefined) throw labelTooLong(String(key), o);
      return new SafeString(filled);
    },
    /**
     * The label, a space and the text, or the text alone when it starts with the label
     * already: a postscript typed "P.S. Remember…" or "PS: …" is not printed "P.S. P.S.".
     * With `ownLabel=true` (a reference line), also when it starts with a label of its own:
     * "Our file: HL-31" or "N/Réf. : JF-17" is not printed "Reference: Our file: HL-31".
     */
    labelled(key: unknown, value: unknown, o: HelperOptions) {
      notListed("labelled", value, o);
      const label = labelOf(key, o);
      // Markup (a postscript's inline Markdown) is read for its words.
      const text = isMarkup(value) ? String(value).replace(/<[^>]*>/g, "") : String(value ?? "");
      const escaped = markupOf(value);
      const labelled =
        startsWithLabel(text, label) || (o.hash.ownLabel === true && hasOwnLabel(text));
      // A Chinese or Japanese label ends in a full-width colon ("附言："), room enough.
      const gap = /[\u3000-\u303f\uff00-\uffef]$/.test(label) ? "" : " ";
      return new SafeString(labelled ? escaped : `${xmlEscape(label)}${gap}${escaped}`);
    },
    /**
     * One `<line>` per entry of a list, or per line of a multi-line string, with the spaces
     * written between its words: two between a Canadian province and its postal code
     * ("Moncton NB  E1C 4X5"), as Canada Post asks, would else collapse to one, as XML does.
     */
    lines(value: unknown, o: HelperOptions) {
      const list = linesOf("lines", value, o);
      return new SafeString(
        list.map((l) => `<line>${keptSpaces(xmlEscapeLines(String(l ?? "")))}</line>`).join(""),
      );
    },
    /**
     * Whom the letter is to, for a continuation header or the PDF's title: each address's
     * first line, or its second where the first is only a courtesy ("Spett.le", "Herrn"; the
     * label addressCourtesy), without a courtesy it begins with ("Yth. Kepala Dinas …"),
     * joined as the letter's language joins a list. Addresses stand an empty line apart, as a
     * joint letter to two chairs lists them: its header named the first.
     */
    addressees(value: unknown, o: HelperOptions) {
      const lines = linesOf("addressees", value, o);
      const courtesy = ownOf(ctx().labels, "addressCourtesy") ?? "";
      const names = addressGroups(lines.map((l) => String(l ?? "").trim())).map((group) => {
        const first = group.length > 1 && among(group[0] as string, courtesy) ? group[1] : group[0];
        // A courtesy on the name's own line ("Yth. Kepala Dinas …", "Herrn Dr. Max Muster").
        return afterLeading(first as string, courtesy, ctx().lang) ?? first;
      });
      const c = ctx();
      return new SafeString(xmlEscape(c.formats.joinList(c.lang, names as string[])));
    },
    join(value: unknown, ...rest: unknown[]) {
      const o = rest[rest.length - 1] as HelperOptions;
      const sep = rest.length > 1 ? rest[0] : undefined;
      // One piece of text joins to itself; a mapping has no order a reader would expect.
      if (!Array.isArray(value)) notListed("join", value, o);
      // A text of several lines is its lines: a header names a two-line company on one line.
      const list = Array.isArray(value)
        ? value
        : typeof value === "string"
          ? textLines(value)
          : value === undefined || value === null
            ? []
            : [value];
      for (const [i, item] of list.entries()) notListed("join", item, o, `item ${i + 1}`);
      const between = xmlEscapeLines(typeof sep === "string" ? sep : ", ");
      return new SafeString(list.map(markupOf).join(between));
    },
    /** Whether two values are the same; a label (markup, from `label`) is compared as text. */
    eq: (a: unknown, b: unknown) => {
      const textOf = (v: unknown) => (isMarkup(v) ? String(v) : v);
      return textOf(a) === textOf(b);
    },
    /**
     * Whether a text is one of a `|`-separated list (a label), word for word: a salutation
     * that names no one ("Dear Sirs,") among those a pack's language signs off otherwise.
     */
    among: (text: unknown, list: unknown) =>
      typeof text === "string" && among(text, String(list ?? "")),
    /** A path to a file inside the pack (or the pack it extends). */
    asset: (file: unknown) => `pack:${String(file)}`,
    hasAsset: (file: unknown, o: HelperOptions) => ctx().hasAsset(String(file), where(o)),
  };
}

/**
 * Whether the text begins with the label's letters, whatever its dots, spaces and colon, as a
 * whole word: "P. S.", "PS:" and "p.s." begin with "P.S."; "Psst" and "Please" do not.
 */
function startsWithLabel(text: string, label: string): boolean {
  const letters = [...label.toLocaleLowerCase()].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return false;
  let i = 0;
  const chars = [...text.trimStart().toLocaleLowerCase()];
  for (const [k, c] of chars.entries()) {
    if (/\p{L}/u.test(c)) {
      if (c !== letters[i]) return false;
      if (++i === letters.length) return !/\p{L}/u.test(chars[k + 1] ?? "");
    } else if (!/[\s.:-]/.test(c)) return false;
  }
  return false;
}

/**
 * Whether the text begins with a label of its own: one to four words of letters (dots,
 * slashes, apostrophes and hyphens within: "N/Réf.", "Your ref.", "Unser Zeichen") and a
 * colon, a space before it as French writes one, then a space (or tight, as OWN_LABEL says);
 * or Chinese and Japanese's full-width colon, which no space follows ("我方文号：HL-24", as the
 * pack's "文号："). Why no digits: "Case 12: …" or "3 May: …" is a value that happens to hold a colon.
 */
function hasOwnLabel(text: string): boolean {
  return OWN_LABEL.test(text);
}

// A label's colon is followed by a space, or typed tight against a capital or a digit
// ("Ref.:HL-24", "Az.:3 O 12/24"), or against anything but a slash after an abbreviation's
// full stop ("Tel.:+49 30 1234", "Az.:abc-12"), which no URI's scheme ends with: "urn:nbn:…",
// "mailto:…", "tel:+49…" or "https://…" is a value, not a label.
const OWN_LABEL =
  /^\s*\p{L}[\p{L}\p{M}./'’-]*(?:[ \u00a0\u202f]+\p{L}[\p{L}\p{M}./'’-]*){0,3}(?:[ \u00a0\u202f]?:(?:\s|(?=[\p{Lu}\p{N}]))|(?<=\.):(?=[^\s/])|：)/u;

/** The lines of a list of addresses, split where an empty line stands between two. */
function addressGroups(lines: readonly string[]): string[][] {
  const groups: string[][] = [[]];
  for (const line of lines) {
    const last = groups[groups.length - 1] as string[];
    if (line !== "") last.push(line);
    else if (last.length > 0) groups.push([]);
  }
  return groups.filter((g) => g.length > 0);
}

/** Runs of spaces between words as as many no-break spaces, which XML does not collapse. */
function keptSpaces(line: string): string {
  return line.includes("  ")
    ? line.replace(/(?<=\S) {2,}(?=\S)/g, (run) => "\u00a0".repeat(run.length))
    : line;
}
