import Handlebars from "handlebars";
import { handlebarsInstance } from "../compose/handlebars-instance.js";
import { fieldName, withField, withOption } from "../compose/hash-pairs.js";
import {
  BUILT_IN_HELPERS,
  checkHelperCalls,
  guarded,
  type Signatures,
} from "../compose/helper-calls.js";
import type { IntlFormats } from "../compose/intl-formats.js";
import { letterLanguage } from "../compose/letter-language.js";
import { countedEach, type LoopSteps } from "../compose/loop-steps.js";
import { depthProblem, syntaxProblem } from "../compose/template-syntax.js";
import { type HelperOptions, ValueProblem } from "../compose/value-problem.js";
import { MissiveError, type Problem } from "../errors.js";
import { isLanguageTag } from "../load/check-lang.js";
import type { TemplatePack } from "../load/pack-types.js";
import type { YamlData } from "../load/parse-yaml.js";
import { confinedBidi } from "../model/confined-bidi.js";
import { guardReads, lookupField, READ_HELPER, readPath } from "./field-read.js";
import { markdownLiteral } from "./markdown-literal.js";
import { isMapping, type MergeRecord, overlayRecord } from "./merge-record.js";
import { markTemplates, PersonalisedText, readsTemplate } from "./personalised-text.js";
import { sheetBooleanCondition } from "./sheet-boolean.js";
import {
  argName,
  given,
  TEXT_HELPER_SIGNATURES,
  type TextContext,
  textHelpers,
} from "./text-helpers.js";
import { usedFields } from "./used-fields.js";

type Render = (ctx: unknown) => string;

interface TextTemplate {
  /** Dotted data path of the text in the base letter (`body`, `signers.0.title`). */
  path: string;
  source: string;
  /** The top-level fields it reads. */
  reads: string[];
  render: Render;
  markdown: boolean;
}

/** The base letter's texts that use record values, compiled once per thread. */
export interface RecordTexts {
  /** Top-level fields the templates read (record columns they make used). */
  used: Set<string>;
  /**
   * A record's personalised texts (data path → text), for the paths the record does not set
   * itself. Throws a data error naming the field, located at the template's line; callers
   * name the record, as they do for its other errors.
   */
  personalise(rec: MergeRecord): Record<string, string>;
}

export interface TextOptions {
  /** The pack's language, when the letter names none. */
  lang: string;
  /** The pack's labels by language (TemplatePack.labels), which say how a date is written. */
  labels: TemplatePack["labels"];
  /** `--records-lang`: the language the records write numbers and dates in. */
  recordsLang?: string;
  /** Data paths whose text is Markdown (the pack renders them with `markdown`). */
  markdown: string[];
}

/** Helpers whose output is escaped by themselves; every other `{{…}}` goes through `__insert`. */
const SELF_ESCAPING: ReadonlySet<string> = new Set(Object.keys(TEXT_HELPER_SIGNATURES));

/** Every helper a text template may call. */
const SIGNATURES: Signatures = { ...TEXT_HELPER_SIGNATURES, ...BUILT_IN_HELPERS };

/**
 * Compiles every text of the base letter that contains `{{` as a Handlebars template, in its
 * own instance with only the formatting helpers and the block helpers (`if`, `each`, …).
 * Why its own instance: record values must never reach the pack's helpers or partials.
 */
export function compileRecordTexts(
  base: YamlData,
  opts: TextOptions,
  formats: IntlFormats,
): RecordTexts {
  let current: TextContext | null = null;
  const steps: LoopSteps = { loopSteps: 0 };
  const hb = textInstance(() => {
    if (!current) throw new Error("text helper called outside a record");
    return current;
  }, formats);
  hb.registerHelper("each", countedEach(hb.helpers.each as never, steps));
  const baseValue = base.value as Record<string, unknown>;
  const markdown = new Set(opts.markdown);
  const used = new Set<string>();
  const templates: TextTemplate[] = [];
  for (const [path, source] of textsOf(baseValue)) {
    if (!source.includes("{{")) continue;
    const reads = new Set<string>();
    const render = compileText(hb, { path, source }, base, reads);
    for (const f of reads) used.add(f);
    templates.push({ path, source, reads: [...reads], render, markdown: markdown.has(path) });
  }
  // What a template reads of another text that is a template: the marker, never its source.
  const marked = templates.length > 0 ? markTemplates(baseValue, templates) : baseValue;
  return {
    used,
    personalise(rec) {
      if (templates.length === 0) return {};
      const data = overlayRecord(marked, rec.data);
      steps.loopSteps = 0;
      const language = letterLanguage(overlayRecord(baseValue, rec.data), opts);
      // A record's `lang` that is no language tag (`en_US`) is the letter's error, at the
      // record's column (load-letter.ts); here Intl would blame the first helper that formats.
      if (!isLanguageTag(language.lang)) return {};
      const out: Record<string, string> = {};
      for (const t of templates) {
        // A record that sets the field gives text, not a template, even text like the template's.
        if (Object.hasOwn(rec.data, t.path.split(".")[0] as string)) continue;
        current = {
          ...language,
          ...(opts.recordsLang ? { recordsLang: opts.recordsLang } : {}),
          escape: t.markdown ? markdownLiteral : (s) => s,
        };
        try {
          out[t.path] = t.render(data);
        } catch (e) {
          throw located(e, t, base);
        } finally {
          current = null;
        }
      }
      return out;
    },
  };
}

/** A Handlebars instance with the formatting and block helpers, each guarded (and no `log`). */
function textInstance(ctx: () => TextContext, formats: IntlFormats): typeof Handlebars {
  const hb = handlebarsInstance();
  hb.registerHelper({ ...textHelpers(ctx, formats), lookup: lookupField });
  for (const name of ["if", "unless"])
    hb.registerHelper(
      name,
      sheetBooleanCondition(hb.helpers[name] as never, () => ctx().recordsLang),
    );
  // Why every one guarded: a value a helper cannot take must be the record's located error.
  for (const name of [...Object.keys(SIGNATURES), "helperMissing", "blockHelperMissing"])
    hb.registerHelper(name, guarded(name, SIGNATURES[name], hb.helpers[name] as never));
  hb.registerHelper("__insert", (v: unknown, o: HelperOptions) => insert(v, o, ctx));
  hb.registerHelper(READ_HELPER, readPath);
  return hb;
}

/**
 * One text as a template: parsed, its helper calls checked (mistakes that are the same for
 * every record fail here, before any record), the fields it reads added to `used`.
 */
function compileText(
  hb: typeof Handlebars,
  t: Pick<TextTemplate, "path" | "source">,
  base: YamlData,
  used: Set<string>,
): Render {
  const ast = parseText(hb, t.source, t.path, base);
  try {
    checkHelperCalls(ast, SIGNATURES);
  } catch (e) {
    throw located(e, t, base);
  }
  usedFields(ast, used);
  rewrite(ast);
  guardReads(ast);
  // `log: false`: so that Handlebars never calls it directly, as it does its known helpers.
  return hb.compile(ast as never, {
    noEscape: true,
    strict: false,
    knownHelpers: { log: false },
  }) as Render;
}

/** A text's Handlebars syntax tree; a text that does not parse is a located data error. */
function parseText(hb: typeof Handlebars, source: string, path: string, base: YamlData): unknown {
  const deep = depthProblem(source);
  if (deep) throw located(deep, { path, source }, base);
  try {
    return hb.parse(source);
  } catch (e) {
    const p = syntaxProblem(e, source, [
      "record values are written {{field}}; a literal {{ is written \\{{",
    ]);
    p.message = `${path} is not a valid text template: ${p.message}`;
    throw located(p, { path, source }, base);
  }
}

/** `{{x}}` and `{{{x}}}`: the value as literal text, never markup or a template. */
function insert(value: unknown, o: HelperOptions, ctx: () => TextContext): string {
  const what = argName(o);
  if (value instanceof PersonalisedText) throw readsTemplate(value, what, o);
  const v = given(value, o, what);
  if (typeof v === "object")
    throw new ValueProblem(`${what} is ${Array.isArray(v) ? "a list" : "a mapping"}, not text`, o, [
      Array.isArray(v)
        ? `loop over it with {{#each ${what}}}…{{/each}}`
        : `use one of its fields, e.g. {{${what}.name}}`,
    ]);
  return ctx().escape(confinedBidi(String(v)));
}

interface Node {
  type?: string;
  [key: string]: unknown;
}

/**
 * Routes every `{{…}}` through `__insert` (helpers that format escape themselves), and
 * tells each which field it prints. Why rewrite rather than escape: Handlebars' escaping is
 * for HTML and shared by every instance; this escapes for the field's own syntax.
 */
function rewrite(n: unknown): void {
  if (Array.isArray(n)) {
    for (const x of n) rewrite(x);
    return;
  }
  if (n === null || typeof n !== "object") return;
  const node = n as Node;
  if (node.type === "MustacheStatement") {
    const path = node.path as Node;
    const params = (node.params as Node[]) ?? [];
    const hash = node.hash as Node | undefined;
    if (path.type === "PathExpression" && SELF_ESCAPING.has(String(path.original))) {
      node.hash = withFields(hash, params, node.loc);
    } else {
      const callsHelper = params.length > 0 || hash !== undefined;
      const arg = callsHelper ? { type: "SubExpression", path, params, hash, loc: node.loc } : path;
      node.path = {
        type: "PathExpression",
        data: false,
        depth: 0,
        parts: ["__insert"],
        original: "__insert",
        loc: node.loc,
      };
      node.params = [arg];
      node.hash = withField(undefined, insertedName(path, params) ?? "value", node.loc);
    }
    node.escaped = false;
  } else if (node.type === "BlockStatement" || node.type === "SubExpression") {
    // So that a helper's message names the field it was given (`each: items is "x", …`).
    node.hash = withFields(node.hash as Node | undefined, (node.params as Node[]) ?? [], node.loc);
  }
  for (const [k, v] of Object.entries(node)) if (k !== "loc") rewrite(v);
}

/**
 * The call's hash naming the fields its first two values read (`field=`, `field2=`), so that
 * `(gt amount limit)` can say which of the two is not a number.
 */
function withFields(hash: Node | undefined, params: Node[], loc: unknown): Node | undefined {
  const first = withField(hash, fieldName(params[0]), loc);
  const second = fieldName(params[1]);
  return second === undefined ? first : withOption(first, "field2", second, loc);
}

/** What `{{…}}` prints, for messages: a field, or the item `{{lookup xs 2}}` reads (`xs.[2]`). */
export function insertedName(path: Node, params: Node[]): string | undefined {
  const [list, key] = params;
  if (path.original !== "lookup" || !list || !key) return fieldName(path);
  const keyText = key.type === "PathExpression" ? key.original : key.value;
  return `${fieldName(list) ?? "value"}.[${String(keyText)}]`;
}

/** A helper's or Handlebars' error, as a data error at the template's line and column. */
function located(
  e: unknown,
  t: Pick<TextTemplate, "path" | "source">,
  base: YamlData,
): MissiveError {
  type HbError = Error & { lineNumber?: number; column?: number };
  const hbErr = e instanceof Handlebars.Exception ? (e as HbError) : undefined;
  if (!(e instanceof ValueProblem) && !hbErr) return e as MissiveError;
  const line = e instanceof ValueProblem ? e.line : hbErr?.lineNumber;
  const col = e instanceof ValueProblem ? e.col : hbErr?.column;
  // At the `{{` itself, in the file: the value's line and column, found where it is written.
  const at =
    line !== undefined
      ? base.locateAt(t.path, offsetOf(t.source, line, col ?? 0))
      : base.locate(t.path);
  const problem: Problem = {
    message: (e as Error).message.replace(/ - \d+:\d+$/, ""),
    location: { ...at, path: t.path },
    ...(e instanceof ValueProblem && e.hints.length > 0 ? { hints: e.hints } : {}),
  };
  return new MissiveError("data", [problem]);
}

/** The offset in `text` of a 1-based line and 0-based column (Handlebars' way). */
function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return Math.min(at + col, text.length);
}

/** Every text of the data with its dotted path (`signers.0.name`). */
function* textsOf(value: unknown, path = ""): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* textsOf(v, join(path, String(i)));
  else if (isMapping(value))
    for (const [k, v] of Object.entries(value)) yield* textsOf(v, join(path, k));
}

const join = (a: string, b: string) => (a ? `${a}.${b}` : b);
