import type { ErrorObject } from "ajv";
import { clipped, shown } from "../shown-value.js";
import { type Guesser, guesser } from "./did-you-mean.js";
import { synonymOf } from "./field-synonyms.js";
import type { YamlData } from "./parse-yaml.js";

export interface Described {
  /** Dotted data path the problem is about. */
  path: string;
  message: string;
  hints: string[];
}

type Schema = Record<string, unknown>;

/**
 * What describing one validation's errors shares: its guesses, and each mapping's fields and
 * the hint listing them, made once per schema (a schema may declare thousands).
 */
export interface Describing {
  guesses: Guesser;
  fields: WeakMap<Schema, { known: string[]; hint?: string }>;
  enums: WeakMap<unknown[], { values: string[]; listed: string }>;
}

export function describing(): Describing {
  return { guesses: guesser(), fields: new WeakMap(), enums: new WeakMap() };
}

/** How much of a value a message shows: as much as its code frame. */
const SHOWN_VALUE = 100;

/** How many names a message lists; a schema may give thousands. */
const SHOWN = 40;

/** `a, b, c`: the first SHOWN names, and how many more. */
export function listed(names: string[]): string {
  const more = names.length - SHOWN;
  return `${names.slice(0, SHOWN).join(", ")}${more > 0 ? `, and ${more} more` : ""}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value)",
  null: "empty",
};

/**
 * Rewrites one ajv error in plain words with a way out. Why: ajv says "must be string"; a
 * letter writer needs to hear that YAML read their postcode 02134 as the number 2134.
 */
export function describeError(
  e: ErrorObject,
  parent: string,
  yaml: Pick<YamlData, "raw" | "commaSplit">,
  ctx: Describing,
): Described {
  const raw = (path: string) => yaml.raw(path);
  const join = (key: string) => (parent ? `${parent}.${key}` : key);
  const p = e.params as Record<string, unknown>;
  const schema = (e.parentSchema ?? {}) as Schema;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const fields = fieldsOf(schema, ctx);
      // Written with no colon and no value (`PE,`), where a value's comma split it off.
      const comma = raw(join(key)) === undefined ? splitByComma(e.data, key) : undefined;
      if (comma)
        return {
          path: join(key),
          message: `unknown field \`${clipped(key, SHOWN_VALUE)}\``,
          hints: [comma],
        };
      const synonym = synonymOf(key, fields.known);
      const guess = synonym ?? ctx.guesses.guess(key, fields.known);
      return {
        path: join(key),
        message: `unknown field \`${clipped(key, SHOWN_VALUE)}\``,
        hints: guess
          ? [`did you mean \`${guess}\`?`, ...(synonym ? [synonymHint(key, synonym, schema)] : [])]
          : [knownHint(fields)],
      };
    }
    case "required": {
      const key = String(p.missingProperty);
      const sub = ((schema.properties ?? {}) as Record<string, Schema>)[key];
      const example = Array.isArray(sub?.examples) ? sub.examples[0] : undefined;
      return {
        path: join(key),
        message: `\`${key}\` is required${parent ? ` in ${parent}` : ""}`,
        hints: [
          example !== undefined
            ? `add e.g. ${key}: ${JSON.stringify(example)}`
            : `add ${key}: …${describe(sub)}`,
        ],
      };
    }
    case "type":
      return typeProblem(e, parent, yaml);
    case "enum": {
      const allowed = enumOf(p.allowedValues as unknown[], ctx);
      const guess = ctx.guesses.guess(String(e.data), allowed.values);
      return {
        path: parent,
        message: `must be one of ${allowed.listed}, not ${shown(e.data, SHOWN_VALUE)}`,
        hints: guess ? [`did you mean \`${guess}\`?`] : [],
      };
    }
    case "pattern": {
      const examples = Array.isArray(schema.examples) ? schema.examples : [];
      return {
        path: parent,
        message: `${shown(e.data, SHOWN_VALUE)} is not in the expected form${describe(schema)}`,
        hints: examples.length
          ? [`write it like ${JSON.stringify(examples[0])}`]
          : [`it must match ${String(p.pattern)}`],
      };
    }
    case "minItems":
    case "maxItems":
    case "minimum":
    case "maximum":
      return { path: parent, message: `${limitMessage(e)}${describe(schema)}`, hints: [] };
    case "anyOf":
      // A value of a kind none of the forms takes (any-of-errors.ts): the kinds, once.
      if (Array.isArray(p.kinds))
        return {
          path: parent,
          message: `must be ${orList(p.kinds.map(kindName))}, not ${gotOf(e.data)}`,
          hints: typeof schema.description === "string" ? [schema.description] : [],
        };
      // Why: ajv's "must match a schema in anyOf"; each form's own error is listed with it.
      return {
        path: parent,
        message: "fits none of the forms this field may take",
        hints: ["the other problems at this place say what each form lacks"],
      };
    case "not":
      return notProblem(schema, parent, join);
    default:
      return {
        path: parent,
        message: `${e.message ?? "is not valid"}${describe(schema)}`,
        hints: [],
      };
  }
}

function fieldsOf(schema: Schema, ctx: Describing) {
  let fields = ctx.fields.get(schema);
  if (!fields) {
    fields = { known: Object.keys((schema.properties ?? {}) as Schema) };
    ctx.fields.set(schema, fields);
  }
  return fields;
}

/**
 * The hint for a field YAML made of a value's text after a comma: in `{ name: Ann Lee, PE,
 * title: CEO }` the comma ends the name, and `PE` is a key without a value. Why: a name with
 * its degrees or a firm's "Inc." is written so, and "unknown field `PE`" says nothing of it.
 */
function splitByComma(data: unknown, key: string): string | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const entries = Object.entries(data);
  const at = entries.findIndex(([k]) => k === key);
  const before = entries[at - 1];
  if (at < 1 || entries[at]?.[1] !== null || typeof before?.[1] !== "string") return undefined;
  const whole = JSON.stringify(`${before[1]}, ${key}`);
  return `a comma inside { … } ends a value: quote it, ${before[0]}: ${clipped(whole, SHOWN_VALUE)}`;
}

/**
 * Why another name: `signatureTitles` of the personal pack is a part of `signer` in business,
 * so the hint says what that field holds.
 */
function synonymHint(key: string, field: string, schema: Schema): string {
  const target = ((schema.properties ?? {}) as Record<string, Schema>)[field];
  const mapping = (target?.type === "array" ? target.items : target) as Schema | undefined;
  const parts = Object.keys((mapping?.properties ?? {}) as Schema);
  const said = `\`${clipped(key, SHOWN_VALUE)}\` is another letter tool's or pack's name`;
  return parts.length ? `${said}; here \`${field}\` holds ${listed(parts)}` : `${said} for it`;
}

/** `known fields here: a, b, c`, in order. */
function knownHint(fields: { known: string[]; hint?: string }): string {
  fields.hint ??= `known fields here: ${listed([...fields.known].sort()) || "(none)"}`;
  return fields.hint;
}

function enumOf(values: unknown[], ctx: Describing) {
  let made = ctx.enums.get(values);
  if (!made) {
    const names = values.map(String);
    made = { values: names, listed: listed(names) };
    ctx.enums.set(values, made);
  }
  return made;
}

/**
 * A field the schema forbids beside another (`"dependencies": {"signers": {"not": {"required":
 * ["signer"]}}}`): said at that field, in the words of the `not` schema's description. Why:
 * ajv says only "must NOT be valid".
 */
function notProblem(schema: Schema, parent: string, join: (key: string) => string): Described {
  const not = (schema.not ?? {}) as Schema;
  const required = Array.isArray(not.required) ? not.required.map(String) : [];
  const key = required[0];
  const why = typeof not.description === "string" ? not.description : undefined;
  if (key === undefined) return { path: parent, message: why ?? "is not allowed here", hints: [] };
  return {
    path: join(key),
    message: `\`${key}\` is not allowed here${why ? `: ${why}` : ""}`,
    hints: why ? [] : [`remove ${key}`],
  };
}

function limitMessage(e: ErrorObject): string {
  const limit = Number((e.params as { limit: number }).limit);
  const bound = e.keyword.startsWith("min") ? "at least" : "at most";
  if (e.keyword.endsWith("Items")) {
    const entries = (k: number) => `${k} ${k === 1 ? "entry" : "entries"}`;
    const n = Array.isArray(e.data) ? e.data.length : 0;
    return e.keyword === "minItems"
      ? `has ${entries(n)}; needs at least ${entries(limit)}`
      : `has ${entries(n)}; at most ${limit} allowed`;
  }
  return `must be ${bound} ${limit}, not ${String(e.data)}`;
}

function typeProblem(
  e: ErrorObject,
  path: string,
  yaml: Pick<YamlData, "raw" | "commaSplit">,
): Described {
  const raw = (p: string) => yaml.raw(p);
  const want = String((e.params as { type: string }).type)
    .split(",")
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(" or ");
  const value = e.data;
  const got = gotOf(value);
  const hints: string[] = [];
  const written = raw(path);
  const key = path.split(".").pop() ?? path;
  // A list item is written `- value`, a mapping entry `key: value`.
  const lhs = /^\d+$/.test(key) ? "-" : `${key}:`;
  const split = want === "text" && lhs === "-" ? yaml.commaSplit(path) : undefined;
  if (split !== undefined)
    hints.push(
      `a comma inside [ … ] ends an item: if ${clipped(JSON.stringify(split), SHOWN_VALUE)} is one item, quote it whole`,
    );
  const scalar = typeof value === "number" || typeof value === "boolean";
  // Not also "quote it" after a split: quoting the number alone keeps the item in two.
  if (want === "text" && scalar && split === undefined) {
    hints.push(
      written !== undefined && written !== String(value)
        ? `YAML reads ${written} as ${got}; quote it: ${lhs} "${written}"`
        : `quote it: ${lhs} "${written ?? String(value)}"`,
    );
  } else if (want === "text" && value && typeof value === "object") {
    // Only a list item: `- a: b` is one line, where `key:⏎  a: b` is a mapping written so.
    const line = lhs === "-" ? colonLine(value, path, raw) : undefined;
    hints.push(
      line !== undefined
        ? `a colon and a space make YAML read a key and a value: quote the whole text, ${lhs} ${JSON.stringify(line)}`
        : Array.isArray(value)
          ? `write ${key} as one piece of text, not a list`
          : `write ${key} as text, not as key: value pairs`,
    );
  } else if (want.includes("true or false") && typeof value === "string") {
    // A merge record's text has no YAML spelling (raw gives none): a cell writes TRUE or FALSE.
    hints.push(
      written === undefined
        ? "write TRUE or FALSE (in any case)"
        : `write true or false (YAML 1.2 reads ${value} as text)`,
    );
  } else if (want === "a list" && typeof value === "string") {
    hints.push(`write one \`- item\` per line under ${key}:`);
  } else if (value === null) {
    // A merge record's null has no YAML spelling; its "line" is the whole record (JSON Lines).
    hints.push(
      written === undefined
        ? `leave ${key} out of the record to keep the base letter's, or give it a value (null is none)`
        : `give ${key} a value, or remove the line`,
    );
  } else if (want === "true or false" && typeof value === "number" && written === undefined) {
    hints.push(
      `write ${value === 0 ? "false" : "true"}, not a number (a spreadsheet's TRUE and FALSE, JSON's true and false)`,
    );
  } else if (want.includes("number") && typeof value === "string") {
    const hint = numberHint(value, written, lhs);
    if (hint) hints.push(hint);
  }
  return { path, message: `must be ${want}, not ${got}`, hints };
}

/** What a value is, in words: "a list", "the number 0", "the text "x"". */
function gotOf(value: unknown): string {
  return Array.isArray(value)
    ? "a list"
    : value === null
      ? "empty"
      : typeof value === "object"
        ? "a mapping"
        : typeof value === "string"
          ? `the text ${shown(value, SHOWN_VALUE)}`
          : `${typeof value === "number" ? "the number" : ""} ${String(value)}`.trim();
}

/** A kind a form of an `anyOf` takes, in words: "a whole number", "false". */
function kindName(kind: { type?: string; const?: unknown }): string {
  if (kind.type === undefined) return shown(kind.const, SHOWN_VALUE);
  return kind.type
    .split(",")
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(" or ");
}

/** "a, b or c". */
function orList(words: string[]): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

function describe(s: Schema | undefined): string {
  return typeof s?.description === "string" ? ` (${s.description})` : "";
}

/**
 * What to write for text that reads as a number, where a number is wanted: quoted (`"3"`), or
 * in a form YAML reads as text (`1e3`, a number past 2^53 that could not be read exactly).
 */
function numberHint(value: string, written: string | undefined, lhs: string): string | undefined {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(n)) return undefined;
  if (written !== undefined && /^["']/.test(written))
    return `remove the quotes: ${lhs} ${value.trim()}`;
  if (Number.isSafeInteger(n)) return `write it in digits: ${lhs} ${n}`;
  if (Math.abs(n) >= Number.MAX_SAFE_INTEGER)
    return `${clipped(value.trim(), 30)} is too large to be read exactly; write a smaller number in digits`;
  return `write it in digits: ${lhs} ${n}`;
}

/**
 * The text a one-entry mapping was meant to be, as written: `- Moda Caddesi No: 47` is read as
 * { "Moda Caddesi No": 47 }, and its writer meant the line. Undefined for a real mapping.
 */
function colonLine(
  value: object,
  path: string,
  raw: (path: string) => string | undefined,
): string | undefined {
  const entries = Array.isArray(value) ? [] : Object.entries(value);
  const [key, v] = entries[0] ?? [];
  if (entries.length !== 1 || key === undefined || (v !== null && typeof v === "object"))
    return undefined;
  const written = v === null ? "" : (raw(`${path}.${key}`) ?? String(v));
  return `${key}: ${written}`.trimEnd();
}
