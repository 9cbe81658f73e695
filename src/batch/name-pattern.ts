import Handlebars from "handlebars";
import { handlebarsInstance } from "../compose/handlebars-instance.js";
import { nameCallFields } from "../compose/hash-pairs.js";
import {
  BUILT_IN_HELPERS,
  type Check,
  checkHelperCalls,
  guarded,
  type Signature,
  type Signatures,
  wholeNumber,
} from "../compose/helper-calls.js";
import { countedEach, type LoopSteps } from "../compose/loop-steps.js";
import { depthProblem, syntaxProblem } from "../compose/template-syntax.js";
import { type HelperOptions, ValueProblem } from "../compose/value-problem.js";
import { fail } from "../errors.js";
import { shown } from "../shown-value.js";
import { latinAscii } from "./latin-ascii.js";
import { isMapping } from "./merge-record.js";
import { insertedName } from "./record-texts.js";
import { sheetBooleanCondition } from "./sheet-boolean.js";
import { usedFields } from "./used-fields.js";

/** Renders one record's output name (before sanitising) from its data and position. */
export type NamePattern = (data: Record<string, unknown>, index: number, total: number) => string;

/** Marks with no letter to sit on (a stray combining accent): no part of a word. */
const STRAY_MARKS = /(^|[^\p{L}\p{M}])\p{M}+/gu;

/**
 * Lower-case ASCII-ish slug that keeps letters of any script: `José Núñez` → `jose-nunez`,
 * `Jürgen Weiß` → `jurgen-weiss`, `Ömer Yılmaz` → `omer-yilmaz` (latin-ascii.ts).
 * Why keep non-Latin letters: a slug of `王小明` must not be empty. Why accents go only from
 * Latin letters: elsewhere a mark is part of the letter (Devanagari's vowel signs in `राजेश`,
 * Thai's `ดี`, Cyrillic `й`), and a slug without them is another word, or none.
 */
export function slug(value: unknown): string {
  const letters = String(value ?? "")
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .replace(STRAY_MARKS, "$1")
    .normalize("NFC")
    .toLowerCase();
  return latinAscii(letters)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+/, "")
    .slice(0, 80)
    .replace(CUT_END, "");
}

/**
 * What the cut at 80 UTF-16 units may leave at the end: a dash ("…-b" cut before "b"), or
 * half a character beyond the Basic Multilingual Plane (a lone high surrogate, which a file
 * name cannot hold). Why cut in units, not characters: 80 of them stay within a file name's
 * 255 bytes in UTF-8.
 */
const CUT_END = /(?:-|[\uD800-\uDBFF])+$/;

/**
 * Why: Handlebars' strict mode checks `{{field}}` but not a helper's argument, so
 * `{{slug recipient.name}}` on a record without it would quietly give an empty name. The
 * message names the field (`field=`, nameCallFields): a CRM export has dozens of columns, and
 * "a field it uses" in `{{#if Firma}}…{{else}}{{slug Nachname}}{{/if}}` left the reader to guess.
 */
function given(v: unknown, o: HelperOptions): unknown {
  if (v !== undefined && v !== null) return v;
  const field = typeof o.hash?.field === "string" ? o.hash.field : "a field it uses";
  throw new Error(`${field} is not set in the record`);
}

/** A value a name can hold: text, a number, true or false; a list or a mapping is not. */
const printable: Check = (v) => (v === null || typeof v !== "object" ? undefined : "not text");

const oneValue = (example: string): Signature => ({
  args: [1, 1],
  block: false,
  values: [printable],
  example,
});

/** How --name's own helpers are called, checked as text templates' helpers are. */
const NAME_HELPERS: Signatures = {
  slug: oneValue("{{slug recipient.[0]}}"),
  lower: oneValue("{{lower last_name}}"),
  upper: oneValue("{{upper last_name}}"),
  pad: {
    args: [1, 2],
    block: false,
    values: [printable, wholeNumber(1, 20)],
    example: "{{pad @number}} or {{pad id 6}}",
  },
  ...BUILT_IN_HELPERS,
};

/**
 * Text a pattern prints as it is: `{{` escaped (`\{{`), a backslash made `_`, as file names
 * make it anyway (a backslash before `{{` has no escape in Handlebars). Why: the default
 * `--name` is the data file's name and a number, and a pull request's `{{name}}.yaml` made
 * its letters `ann-1.pdf`, its name run as a template over each record (`a{{.yaml`: "--name is
 * not a valid pattern", with no --name given).
 */
export function literalPattern(text: string): string {
  return text.replace(/\\/g, "_").replace(/\{\{/g, "\\{{");
}

/**
 * Compiles `--name` in its own Handlebars instance (so its helpers never reach letter
 * templates). Variables: the merged data, `@index` (0-based), `@number` (1-based), `@total`.
 * Helpers: slug, lower, upper, pad (`{{pad @number}}` pads to the width of the total).
 * `recordsLang` (--records-lang): `#if` reads a record's FALSE and 0 as the letter's texts do
 * (`FALSCH`, `0,00`), so a name never says what its letter does not.
 */
export function compileNamePattern(pattern: string, recordsLang?: string): NamePattern {
  const hb = handlebarsInstance();
  let total = 0;
  hb.registerHelper({
    slug: (v: unknown, o: HelperOptions) => slug(given(v, o)),
    lower: (v: unknown, o: HelperOptions) => String(given(v, o)).toLowerCase(),
    upper: (v: unknown, o: HelperOptions) => String(given(v, o)).toUpperCase(),
    pad: (v: unknown, ...rest: unknown[]) => {
      const width = typeof rest[0] === "number" ? rest[0] : String(total).length;
      return String(v).padStart(width, "0");
    },
  });
  for (const name of ["if", "unless"])
    hb.registerHelper(
      name,
      sheetBooleanCondition(hb.helpers[name] as never, () => recordsLang),
    );
  for (const [name, sig] of Object.entries(NAME_HELPERS))
    hb.registerHelper(name, guarded(name, sig, hb.helpers[name] as never));
  const steps: LoopSteps = { loopSteps: 0 };
  hb.registerHelper("each", countedEach(hb.helpers.each as never, steps));
  hb.registerHelper(PRINTED, printed);
  const ast = checkPattern(pattern);
  printedChecked(ast);
  // After the check, which knows no `field=`: a value's message names the field it came from.
  nameCallFields(ast);
  const render = hb.compile(ast as never, {
    strict: true,
    noEscape: true,
    knownHelpers: { log: false },
  });
  const escaped = new WeakMap<object, unknown>();
  return (data, index, n) => {
    total = n;
    steps.loopSteps = 0;
    return render(separatorsEscaped(data, escaped), {
      data: { index, number: index + 1, total: n },
    });
  };
}

/** The helper every bare `{{field}}` of a pattern is routed through (printedChecked). */
const PRINTED = "__printed";

/** A bare `{{field}}`'s value, refused when it is not set, a list or a mapping. */
function printed(v: unknown, o: HelperOptions): unknown {
  const field = typeof o.hash?.field === "string" ? o.hash.field : "value";
  // As Handlebars' strict mode words it, which it no longer checks for a helper's value.
  if (v === undefined || v === null) {
    // What `lookup` does not find prints nothing, as Handlebars printed it.
    if (o.hash?.optional === true) return "";
    throw new Error(`"${field}" not defined in the record`);
  }
  if (printable(v) === undefined) return v;
  throw new ValueProblem(`${field} is ${shown(v)}, not text`, o, [
    Array.isArray(v)
      ? `name one item: {{${field}.[0]}}`
      : `name one of its fields: {{${field}.name}}`,
  ]);
}

/**
 * Routes each bare `{{field}}` through PRINTED. Why: Handlebars prints a list as `a,b` and a
 * mapping as `[object Object]`, a file name no one meant; a text template refuses both.
 */
function printedChecked(n: unknown): void {
  if (Array.isArray(n)) {
    for (const x of n) printedChecked(x);
    return;
  }
  if (n === null || typeof n !== "object") return;
  const node = n as {
    type?: string;
    path?: { type?: string; original?: unknown };
    [k: string]: unknown;
  };
  const bare =
    node.type === "MustacheStatement" &&
    node.path?.type === "PathExpression" &&
    ((node.params as unknown[]) ?? []).length === 0 &&
    node.hash === undefined &&
    !(String(node.path.original) in NAME_HELPERS);
  const lookup =
    node.type === "MustacheStatement" &&
    node.path?.type === "PathExpression" &&
    node.path.original === "lookup" &&
    ((node.params as unknown[]) ?? []).length === 2;
  if (lookup) {
    // What `lookup` finds is printed as a field is: a mapping is not "[object Object].pdf".
    const params = node.params as never[];
    const literal = (value: unknown, type: string) => ({ type, value, original: value });
    const pair = (key: string, value: unknown) => ({ type: "HashPair", key, value });
    node.params = [
      { type: "SubExpression", path: node.path, params, hash: node.hash, loc: node.loc },
    ];
    node.hash = {
      type: "Hash",
      pairs: [
        pair(
          "field",
          literal(insertedName(node.path as never, params) ?? "value", "StringLiteral"),
        ),
        pair("optional", literal(true, "BooleanLiteral")),
      ],
    };
  }
  if (bare || lookup) {
    if (bare) node.params = [node.path];
    node.path = {
      type: "PathExpression",
      data: false,
      depth: 0,
      parts: [PRINTED],
      original: PRINTED,
      loc: node.loc,
    } as never;
  }
  for (const [k, v] of Object.entries(node)) if (k !== "loc") printedChecked(v);
}

/**
 * The pattern's syntax tree, checked. Why now: a pattern that cannot work is a usage error
 * before any record is read.
 */
function checkPattern(pattern: string): unknown {
  const deep = depthProblem(pattern);
  if (deep)
    throw fail("usage", `--name is not a valid pattern: ${deep.message}`, undefined, deep.hints);
  let ast: unknown;
  try {
    ast = Handlebars.parse(pattern);
  } catch (e) {
    const p = syntaxProblem(e, pattern);
    throw fail("usage", `--name is not a valid pattern: ${p.message}`, undefined, [
      'e.g. --name "{{slug recipient.[0]}}.pdf" or --name "letter-{{pad @number}}.pdf"',
    ]);
  }
  try {
    checkHelperCalls(ast, NAME_HELPERS);
  } catch (e) {
    if (!(e instanceof ValueProblem)) throw e;
    throw fail("usage", `--name: ${e.message}`, undefined, e.hints);
  }
  return ast;
}

/**
 * Replaces path separators inside data values. Why: a slash written in the pattern makes a
 * sub-folder on purpose; a slash inside a recipient's name must not. Why `done`: every record
 * shares the base letter's untouched parts (paragraphs, signers), which are copied once per
 * pattern, not once per record. This relies on data not being changed after it was named,
 * which holds: the base letter is never changed, and records are read afresh for each pass.
 */
function separatorsEscaped(
  value: Record<string, unknown>,
  done: WeakMap<object, unknown>,
): Record<string, unknown> {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return v.replace(/[/\\]/g, "_");
    if (v === null || typeof v !== "object") return v;
    const hit = done.get(v);
    if (hit !== undefined) return hit;
    const copy = Array.isArray(v)
      ? v.map(walk)
      : isMapping(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
        : v;
    done.set(v, copy);
    return copy;
  };
  return walk(value) as Record<string, unknown>;
}

/** The top-level fields a `--name` pattern reads (none when it does not parse: planning says why). */
export function namePatternFields(pattern: string): string[] {
  try {
    return [...usedFields(Handlebars.parse(pattern))];
  } catch {
    return [];
  }
}
