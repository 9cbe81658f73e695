import { fail } from "../errors.js";
import { splitLines } from "../line-ends.js";
import { pointed } from "../load/schema-cost.js";

type Schema = Record<string, unknown>;

/**
 * A place in the letter's data that holds a list of lines of text (`recipient`, `cc`,
 * `signers.*.titles`; `*` is any item of a list), and whether it takes a list alone or also
 * another kind of value (`enclosures`: true, a number, or a list).
 */
export interface LineList {
  path: string[];
  listOnly: boolean;
}

/** How deep into a schema line lists are looked for: the packs' lie at most three down. */
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
 * Every place of a pack's schema (withCommonKeys) that takes a list of lines of text; `file`
 * is the schema's, where a schema of too many places is refused (a template error).
 */
export function lineLists(schema: Schema, file?: string): LineList[] {
  const found: LineList[] = [];
  let places = 0;
  const forms = (s: unknown) => formsOf(s, schema);
  const takesText = (s: unknown) =>
    forms(s).some((f) => (Array.isArray(f.type) ? f.type.includes("string") : f.type === "string"));
  const walk = (s: Schema, path: string[]): void => {
    if (++places > MAX_PLACES)
      throw fail(
        "template",
        `the pack's schema has over ${MAX_PLACES.toLocaleString("en-US")} places within ${MAX_DEPTH} levels of the letter's data (at ${path.join(".")}), which a merge looks through for lists of lines`,
        file ? { file } : undefined,
        [
          'its $refs multiply the places: a field that names the whole schema ("$ref": "#") at each of many fields repeats it at every level',
        ],
      );
    const own = forms(s);
    const list = own.find((f) => f.type === "array" && takesText(f.items));
    if (list && !own.some((f) => takesText(f)))
      found.push({ path, listOnly: own.every((f) => f.type === "array") });
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
 * The record's data with a text where a list of lines is wanted read as its lines, empty ones
 * left out, as empty cells in a list are. Why: a spreadsheet holds an address in one cell,
 * its lines parted by line breaks (Excel's Alt+Enter), and a CSV cell can only be text; "must
 * be a list" for it asked for a column per line. A place that also takes a number or true
 * (`enclosures: 2`) reads a text as lines only when it has two lines that are not empty.
 */
export function withLineLists(
  data: Record<string, unknown>,
  lists: readonly LineList[],
): Record<string, unknown> {
  let out = data;
  for (const list of lists) out = split(out, list.path, list.listOnly) as Record<string, unknown>;
  return out;
}

/** `value` with the text at `path` split into lines; the same object when nothing changes. */
function split(value: unknown, path: readonly string[], listOnly: boolean): unknown {
  if (path.length === 0) {
    if (typeof value !== "string") return value;
    // Lines counted without the empty ones: a cell's trailing line break ("2⏎") makes no list
    // of one where a text of one line is not one (enclosures: "2" is no enclosure named 2).
    const lines = splitLines(value).filter((l) => l.trim() !== "");
    return listOnly || lines.length > 1 ? lines : value;
  }
  const [head, ...rest] = path as [string, ...string[]];
  if (head === "*") {
    if (!Array.isArray(value)) return value;
    const items = value.map((v) => split(v, rest, listOnly));
    return items.every((v, i) => v === value[i]) ? value : items;
  }
  if (!value || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, head))
    return value;
  const own = value as Record<string, unknown>;
  const next = split(own[head], rest, listOnly);
  return next === own[head] ? value : { ...own, [head]: next };
}
