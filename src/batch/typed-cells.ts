import { fail } from "../errors.js";
import { splitLines } from "../line-ends.js";
import { pointed } from "../load/schema-cost.js";
import { booleanLanguage, sheetBoolean } from "./sheet-boolean.js";
import { readNumber } from "./text-helpers.js";

type Schema = Record<string, unknown>;

/**
 * A place in the letter's data that takes no text but a value a record's text can write: a list
 * of lines (`recipient`, `cc`, `signers.*.titles`; `*` is any item of a list), true or false
 * (`fileCopy`), a number (`columns`), or several of them (`enclosures`: true, a number, or a
 * list).
 */
export interface CellPlace {
  path: string[];
  list: boolean;
  boolean: boolean;
  number: boolean;
  /** The least number the place takes (`enclosures`: 1), where its schema says one. */
  least?: number;
}

/** A text at a place that it could be read two ways at, located by its path (`enclosures`). */
export interface CellProblem {
  path: string;
  message: string;
  hints: string[];
}

/** How deep into a schema places are looked for: the packs' lie at most three down. */
const MAX_DEPTH = 4;

/**
 * The places of a schema looked at, at most. Why: a place that names a schema by `$ref` is
 * walked anew at each path that reaches it, so a schema.json of 10 kB whose sixty fields
 * each name the whole schema (`"$ref": "#"`, a tree of letters, which ajv takes) had some
 * 40,000,000 places within four levels: a merge of one record took 30 s before its first
 * letter, and 300 such fields would take hours. The built-in packs' have under 100.
 */
const MAX_PLACES = 10_000;

/**
 * Every place of a pack's schema (withCommonKeys) that takes a typed value but no text; `file`
 * is the schema's, where a schema of too many places is refused (a template error).
 */
export function cellPlaces(schema: Schema, file?: string): CellPlace[] {
  const found: CellPlace[] = [];
  let places = 0;
  const forms = (s: unknown) => formsOf(s, schema);
  const takes = (f: Schema, type: string) =>
    Array.isArray(f.type) ? f.type.includes(type) : f.type === type;
  const takesText = (s: unknown) => forms(s).some((f) => takes(f, "string") || untyped(f));
  const walk = (s: Schema, path: string[]): void => {
    if (++places > MAX_PLACES)
      throw fail(
        "template",
        `the pack's schema has over ${MAX_PLACES.toLocaleString("en-US")} places within ${MAX_DEPTH} levels of the letter's data (at ${path.join(".")}), which a merge looks through for values a record's text writes`,
        file ? { file } : undefined,
        [
          'its $refs multiply the places: a field that names the whole schema ("$ref": "#") at each of many fields repeats it at every level',
        ],
      );
    const own = forms(s);
    const place = {
      path,
      list: own.some((f) => f.type === "array" && takesText(f.items)),
      boolean: own.some((f) => takes(f, "boolean") || typeof f.const === "boolean"),
      number: own.some((f) => takes(f, "number") || takes(f, "integer")),
    };
    const text = own.some((f) => takes(f, "string") || untyped(f));
    const least = leastNumber(own.filter((f) => takes(f, "number") || takes(f, "integer")));
    if ((place.list || place.boolean || place.number) && !text)
      found.push(least === undefined ? place : { ...place, least });
    if (path.length >= MAX_DEPTH) return;
    for (const f of own) {
      const props = f.properties;
      if (props && typeof props === "object")
        for (const [k, sub] of Object.entries(props as Record<string, Schema>))
          if (sub && typeof sub === "object") walk(sub, [...path, k]);
      if (f.type === "array" && f.items && typeof f.items === "object" && !takesText(f.items))
        walk(f.items as Schema, [...path, "*"]);
    }
  };
  walk(schema, []);
  return found.filter((l) => l.path.length > 0);
}

/** The least of the number forms' `minimum`s; none when a form has none (it takes any). */
function leastNumber(numbers: Schema[]): number | undefined {
  const mins = numbers.map((f) => f.minimum);
  if (mins.length === 0 || !mins.every((m) => typeof m === "number")) return undefined;
  return Math.min(...(mins as number[]));
}

/** A form that takes any value (`{}`, a description alone): a text is fine there as it is. */
function untyped(f: Schema): boolean {
  return !("type" in f) && !("const" in f) && !("enum" in f) && !f.anyOf && !f.oneOf;
}

/** How many `$ref`s in a row are followed: a pack's schema that loops is refused (schema-cost.ts). */
const MAX_REFS = 8;

/**
 * A schema, the one its local `$ref` names (a pack may define its list of lines once,
 * `recipient: { $ref: "#/$defs/lines" }`), and the forms its anyOf/oneOf offer, one level down.
 */
function formsOf(s: unknown, root: Schema): Schema[] {
  const own = referred(s, root);
  if (!own) return [];
  const alts = [own.anyOf, own.oneOf].flatMap((a) => (Array.isArray(a) ? (a as unknown[]) : []));
  return [own, ...alts.map((a) => referred(a, root)).filter((a) => a !== undefined)];
}

/** The schema `s`, or the one its chain of local `$ref`s ends at; undefined if none. */
function referred(s: unknown, root: Schema): Schema | undefined {
  let at = s;
  for (let hops = 0; hops <= MAX_REFS; hops++) {
    if (!at || typeof at !== "object" || Array.isArray(at)) return undefined;
    const ref = (at as Schema).$ref;
    if (typeof ref !== "string") return at as Schema;
    at = pointed(root, ref);
  }
  return undefined;
}

/**
 * The record's data with each text at a place that takes no text read as the value it writes
 * there, and the texts that could be read two ways. Why: a CSV cell can only be text, and
 * "must be true or false, a whole number or a list, not the text "2"" asked for what a CSV
 * cannot write. A text of several lines is a list of lines (a spreadsheet holds an address in
 * one cell, Excel's Alt+Enter); one of one line is true or false where the place takes that
 * (`TRUE`, `false`, the records language's `WAHR`), else a number where it takes one (`2`),
 * else a list of one line. A text that fits none is left for the schema to refuse.
 */
export function withTypedCells(
  data: Record<string, unknown>,
  places: readonly CellPlace[],
  lang: string | undefined,
  base: Record<string, unknown> = {},
  /** The records are JSON or YAML: a text there is no cell (ColumnRule.typedRecords). */
  typedRecords = false,
): { data: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  let out = data;
  for (const place of places)
    out = typed(out, place.path, [], (value, path) => {
      // A JSON record's value is what it is; only a 0 meant as "none" gets its own words.
      const read = typeof value === "string" ? cellValue(value, place, lang) : { value };
      const baseValue = valueAt(base, path);
      const json = typedRecords || typeof value !== "string";
      const problem = read.problem ?? noneAsZero(read.value, place, baseValue, json);
      if (problem) problems.push({ path: path.join("."), ...problem(path.join(".")) });
      return read.value;
    }) as Record<string, unknown>;
  return { data: out, problems };
}

type Problem = (path: string) => { message: string; hints: string[] };

/**
 * A 0 where the place takes true, false, or a number from 1 (`enclosures`): the cell means
 * "none", which a records file writes as an empty cell, or as FALSE where the base letter has
 * some; a JSON record (`json`: the 0 is a number, not a cell's text) as false, or by leaving
 * the key out. Why: the schema's "must be at least 1, not 0" with the field's description as
 * its hint did not say what to write instead, and a CSV has no `[]`.
 */
function noneAsZero(
  value: unknown,
  place: CellPlace,
  baseValue: unknown,
  json: boolean,
): Problem | undefined {
  if (value !== 0 || !place.boolean || place.least === undefined || place.least <= 0) return;
  const baseSets = baseValue !== undefined && baseValue !== false && !isEmptyList(baseValue);
  const left = json ? "null and a key left out set" : "an empty cell sets";
  return (path) => ({
    message: `must be at least ${place.least}, not 0`,
    hints: baseSets
      ? [
          `for no ${path}, write ${json ? "false" : "FALSE"}: ${left} nothing, so the base letter's ${path} would stay`,
        ]
      : [
          json
            ? `for no ${path}, write null or false, or leave the key out: ${left} nothing (the base letter sets none)`
            : `for no ${path}, leave the cell empty: ${left} nothing (the base letter sets none)`,
        ],
  });
}

function isEmptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length === 0;
}

/** The value at a path (`signers`, `0`, `titles`) of the base letter's data; undefined if none. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let at = value;
  for (const key of path) {
    if (!at || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** What a text reads as at a place, or the text with a problem when it reads two ways. */
function cellValue(
  text: string,
  place: CellPlace,
  lang: string | undefined,
): { value: unknown; problem?: Problem } {
  // Lines counted without the empty ones: a cell's trailing line break ("2⏎") makes no list
  // of one where a text of one line is not one (enclosures: "2" is no enclosure named 2).
  const lines = splitLines(text).filter((l) => l.trim() !== "");
  const listOnly = place.list && !place.boolean && !place.number;
  if (lines.length !== 1)
    return { value: lines.length > 1 ? (place.list ? lines : text) : listOnly ? lines : text };
  const bool = place.boolean ? sheetBoolean(text, lang) : undefined;
  if (bool !== undefined) return { value: bool };
  const n = place.number ? readNumber(text, lang) : Number.NaN;
  if (Number.isFinite(n)) return { value: n };
  const problem = twoWays(text, place);
  if (problem) return { value: text, problem };
  return { value: place.list ? lines : text };
}

/** A checkbox's word other than TRUE and FALSE, as forms and CRM exports write them. */
const CHECK_WORD = /^\s*(yes|no|y|n|x|on|off|ja|nein|oui|non|si|sí|✓|✔|☑|✗|✘|☐)\s*$/iu;

/** Digits with separators: a number written as another language, or a sheet, writes it. */
const NUMBER_LIKE = /^\s*[+-]?[\d\s.,'’]*\d[\d\s.,'’]*\s*$/u;

/**
 * Why a one-line text cannot be taken as written at its place: a checkbox's word where true or
 * false is taken, a number the records' language does not write so where a number is taken.
 * Left as a list of one, `no` would be an enclosure named "no"; left as text, the schema's
 * "must be true or false" would not say what a cell should hold.
 */
function twoWays(text: string, place: CellPlace): Problem | undefined {
  const shown = JSON.stringify(text.trim());
  const asList = (path: string) =>
    place.list ? [`for a list of one line reading ${shown}, name the column ${path}.0`] : [];
  const other = place.boolean ? booleanLanguage(text) : undefined;
  if (other !== undefined)
    return (path) => ({
      message: `${shown} is TRUE or FALSE as a spreadsheet in another language writes it, not in the records' language`,
      hints: [`name the records' language: --records-lang ${other}`, ...asList(path)],
    });
  if (place.boolean && CHECK_WORD.test(text))
    return (path) => ({
      message: `${shown} reads as neither true nor false`,
      hints: ["write TRUE or FALSE (in any case)", ...asList(path)],
    });
  if (place.number && place.list && NUMBER_LIKE.test(text))
    return (path) => ({
      message: `${shown} looks like a number, but not as the records write numbers`,
      hints: [
        "write numbers with a dot for decimals and no thousands separator (2, 1234.5), or name the records' language with --records-lang",
        ...asList(path),
      ],
    });
  return undefined;
}

/** `value` with each value at `path` read by `read`; the same object when nothing changes. */
function typed(
  value: unknown,
  path: readonly string[],
  at: readonly string[],
  read: (value: unknown, at: readonly string[]) => unknown,
): unknown {
  if (path.length === 0) return read(value, at);
  const [head, ...rest] = path as [string, ...string[]];
  if (head === "*") {
    if (!Array.isArray(value)) return value;
    const items = value.map((v, i) => typed(v, rest, [...at, String(i)], read));
    return items.every((v, i) => v === value[i]) ? value : items;
  }
  if (!value || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, head))
    return value;
  const own = value as Record<string, unknown>;
  const next = typed(own[head], rest, [...at, head], read);
  return next === own[head] ? value : { ...own, [head]: next };
}
