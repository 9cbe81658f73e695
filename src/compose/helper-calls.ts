import { isMissiveError } from "../errors.js";
import { shown } from "../shown-value.js";
import { type CallSite, type HelperOptions, ValueProblem } from "./value-problem.js";

/** What is wrong with a value given to a helper (`not a list`), or undefined when it is fine. */
export type Check = (value: unknown) => string | undefined;

/**
 * How a helper is called. Why one table: the same rules check a template's literal
 * arguments once, before any record (so a mistake is never a crash inside Handlebars), and
 * the values a record gives on each call.
 */
export interface Signature {
  /** Positional values it takes, fewest and most. */
  args: readonly [number, number];
  /** Opens a block (`{{#if x}}…{{/if}}`) rather than printing a value. */
  block: boolean;
  /** Its options (`decimals=2`) and what each must be. */
  options?: Readonly<Record<string, Check>>;
  /** What any option it does not list must be, if it takes any (`label`'s places). */
  anyOption?: Check;
  /** Options it cannot do without. */
  needs?: readonly string[];
  /** Checks of its positional values, by position. */
  values?: readonly (Check | undefined)[];
  /** A correct call, for hints. */
  example: string;
}

export type Signatures = Readonly<Record<string, Signature>>;

type Helper = (this: unknown, ...args: unknown[]) => unknown;

export const wholeNumber =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : `not a whole number from ${min} to ${max}`;

export const oneOf =
  (...words: string[]): Check =>
  (v) =>
    typeof v === "string" && words.includes(v) ? undefined : `not one of ${words.join(", ")}`;

export const isText: Check = (v) => (typeof v === "string" ? undefined : "not text");

/** Text, a number, or what another helper printed (`(date date)`). */
export const isPrintable: Check = (v) =>
  typeof v === "string" ||
  typeof v === "number" ||
  (typeof v === "object" && v !== null && "toHTML" in v)
    ? undefined
    : "not text";

export const isBoolean: Check = (v) => (typeof v === "boolean" ? undefined : "not true or false");

/** What `#each` can repeat; a value that is not set repeats nothing, as `#if` shows nothing. */
const listOrMapping: Check = (v) =>
  v === undefined || v === null || v === false || typeof v === "object"
    ? undefined
    : "not a list or a mapping";

/** Handlebars' own helpers that templates may use (`log`, `helperMissing` and the like not). */
export const BUILT_IN_HELPERS: Signatures = {
  if: {
    args: [1, 1],
    block: true,
    options: { includeZero: isBoolean },
    example: "{{#if vip}}…{{else}}…{{/if}}",
  },
  unless: {
    args: [1, 1],
    block: true,
    options: { includeZero: isBoolean },
    example: "{{#unless vip}}…{{/unless}}",
  },
  each: {
    args: [1, 1],
    block: true,
    values: [listOrMapping],
    example: "{{#each items}}{{this}}{{/each}}",
  },
  with: { args: [1, 1], block: true, example: "{{#with address}}{{street}}{{/with}}" },
  lookup: { args: [2, 2], block: false, example: "{{lookup recipient 0}}" },
};

/** Names Handlebars knows that no template may call: `log` would write to the terminal. */
const REFUSED: ReadonlySet<string> = new Set(["log", "helperMissing", "blockHelperMissing"]);

/**
 * Wraps a helper so that a record's value it cannot take is a located problem, and anything
 * else it throws (an `Intl` range, a Handlebars assertion) is one too, never a crash.
 */
export function guarded(name: string, sig: Signature | undefined, fn: Helper): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const o = args[args.length - 1] as HelperOptions;
    if (sig) checkValues(name, sig, args.slice(0, -1), o);
    try {
      return fn.apply(this, args);
    } catch (e) {
      if (e instanceof ValueProblem || isMissiveError(e)) throw e;
      throw new ValueProblem(`${name}: ${(e as Error).message}`, o);
    }
  };
}

/** Throws a ValueProblem at the call when a value or option is not one the helper takes. */
export function checkValues(
  name: string,
  sig: Signature,
  values: unknown[],
  o: HelperOptions,
): void {
  const field = typeof o.hash?.field === "string" ? o.hash.field : undefined;
  for (const [i, check] of (sig.values ?? []).entries()) {
    // An optional value left out (`{{pad @number}}`) is the helper's to default.
    const wrong = i < values.length ? check?.(values[i]) : undefined;
    if (wrong === undefined) continue;
    // `each: items is "x", not a list…` when the value came from a named field.
    const what =
      i === 0 && field
        ? `${field} is ${shown(values[i])}, ${wrong}`
        : `${shown(values[i])} is ${wrong}`;
    throw new ValueProblem(`${name}: ${what}`, o, [`e.g. ${sig.example}`]);
  }
  for (const key of Object.keys(o.hash ?? {})) {
    const check = sig.options?.[key] ?? sig.anyOption;
    if (!check) continue;
    const v = o.hash[key];
    const unset = v === undefined || v === null;
    const wrong = unset ? "not set in the record" : check(v);
    if (wrong === undefined) continue;
    const what = unset ? `the value of ${key}= is ${wrong}` : `${key}=${shown(v)} is ${wrong}`;
    throw new ValueProblem(`${name}: ${what}`, o, [`e.g. ${sig.example}`]);
  }
}

/** A Handlebars AST node, as much of it as this file reads. */
interface Node extends CallSite {
  type?: string;
  [key: string]: unknown;
}

const CALLS: ReadonlySet<string> = new Set([
  "MustacheStatement",
  "SubExpression",
  "BlockStatement",
]);
const LITERALS: ReadonlySet<string> = new Set(["StringLiteral", "NumberLiteral", "BooleanLiteral"]);

/**
 * Checks every helper call of a parsed template against the signatures: known helper, number
 * of values, block or not, options and literal values. Throws a ValueProblem at the call.
 * Why before any record: these mistakes are the template's, the same for every record.
 * `partials`: whether the template may use partials and inline partials (packs may).
 */
export function checkHelperCalls(n: unknown, sigs: Signatures, partials = false): void {
  if (Array.isArray(n)) {
    for (const x of n) checkHelperCalls(x, sigs, partials);
    return;
  }
  if (n === null || typeof n !== "object") return;
  const node = n as Node;
  if (/^Partial|^Decorator/.test(node.type ?? "")) {
    if (!partials)
      throw new ValueProblem("{{> …}} and {{* …}} are not available here", node, [
        "there are no partials or decorators; write the text out",
      ]);
    // A partial's name and the inline decorator are not helper calls; what they hold is.
    for (const k of ["program", "params", "hash"]) checkHelperCalls(node[k], sigs, partials);
    return;
  }
  if (CALLS.has(node.type ?? "")) checkCall(node, sigs);
  for (const [k, v] of Object.entries(node)) if (k !== "loc") checkHelperCalls(v, sigs, partials);
}

/**
 * A raw block (`{{{{raw}}}}…{{{{/raw}}}}`) as a problem. Why refuse it: it hands its text,
 * unread, to a helper of its name; none of missive's takes one, so it printed nothing, silently.
 * Handlebars marks it by opening it without the strip flags other blocks have.
 */
export function rawBlockProblem(node: Node): ValueProblem | undefined {
  const strip = node.openStrip as Record<string, unknown> | undefined;
  if (node.type !== "BlockStatement" || !strip || "open" in strip) return undefined;
  const name = String((node.path as Node).original);
  return new ValueProblem(
    `{{{{${name}}}}} opens a raw block, which missive's templates do not have`,
    node,
    ["to print {{ as it is, write \\{{"],
  );
}

function checkCall(node: Node, sigs: Signatures): void {
  const raw = rawBlockProblem(node);
  if (raw) throw raw;
  const path = node.path as Node;
  if (path.type !== "PathExpression") return;
  const name = String(path.original);
  const params = (node.params as Node[]) ?? [];
  const pairs = ((node.hash as Node | undefined)?.pairs as Node[]) ?? [];
  const simple = (path.parts as string[]).length === 1 && !path.data && !/^(this|\.)/.test(name);
  const sig = simple && Object.hasOwn(sigs, name) ? sigs[name] : undefined;
  // A plain `{{name}}` or `{{#name}}` that is no helper reads a field.
  const calls =
    node.type === "SubExpression" || params.length > 0 || pairs.length > 0 || sig !== undefined;
  if (!calls && !(simple && REFUSED.has(name))) return;
  if (!sig)
    throw new ValueProblem(`${name} is not a helper`, node, [
      ...spacedName(node, name, params, pairs),
      `the helpers are ${Object.keys(sigs).join(", ")}`,
      ...(name === "log" ? ["log is left out: it would write to the terminal or to --json"] : []),
    ]);
  checkShape(name, sig, node, params.length);
  for (const pair of pairs) checkOption(name, sig, pair, node);
  for (const key of sig.needs ?? [])
    if (!pairs.some((p) => p.key === key))
      throw new ValueProblem(`${name} needs ${key}="…"`, node, [`e.g. ${sig.example}`]);
  for (const [i, check] of (sig.values ?? []).entries()) {
    const p = params[i];
    const wrong = p && LITERALS.has(p.type ?? "") ? check?.(p.value) : undefined;
    if (wrong !== undefined)
      throw new ValueProblem(`${name}: ${shown(p?.value)} is ${wrong}`, node, [
        `e.g. ${sig.example}`,
      ]);
  }
}

/**
 * The hint for `{{First Name}}`, which Handlebars reads as the helper `First` given `Name`: a
 * field (a spreadsheet's column) whose name has spaces is written in brackets. Why only for
 * words of which one is capitalised: column headers are ("First Name", "Postal code"), and a
 * helper of another context (`{{markdown body}}` in a record's text) is not a field.
 */
function spacedName(node: Node, name: string, params: Node[], pairs: Node[]): string[] {
  const words = [
    name,
    ...params.map((p) => (p.type === "PathExpression" ? String(p.original) : "")),
  ];
  if (node.type !== "MustacheStatement" || pairs.length > 0) return [];
  if (
    !words.every((w) => /^\p{L}[\p{L}\p{N}_-]*$/u.test(w)) ||
    !words.some((w) => /^\p{Lu}/u.test(w))
  )
    return [];
  return [`a field whose name has spaces is written in brackets: {{[${words.join(" ")}]}}`];
}

function checkShape(name: string, sig: Signature, node: Node, count: number): void {
  const block = node.type === "BlockStatement";
  if (sig.block && !block)
    throw new ValueProblem(`${name} opens a block`, node, [`write ${sig.example}`]);
  if (!sig.block && block)
    throw new ValueProblem(`${name} is not a block`, node, [`write ${sig.example}`]);
  const [min, max] = sig.args;
  if (count < min || count > max) {
    const takes = min === max ? `${min}` : `${min} to ${max}`;
    // `{{date}}` alone calls the helper; a field of that name is printed as `{{./date}}`.
    const field = count === 0 && node.type === "MustacheStatement";
    throw new ValueProblem(
      `${name} takes ${takes} value${max === 1 ? "" : "s"}, not ${count}`,
      node,
      [
        `e.g. ${sig.example}`,
        ...(field ? [`to print a field named ${name}, write {{./${name}}}`] : []),
      ],
    );
  }
}

function checkOption(name: string, sig: Signature, pair: Node, node: Node): void {
  const key = String(pair.key);
  const check = sig.options?.[key] ?? sig.anyOption;
  const known = Object.keys(sig.options ?? {});
  if (!check)
    throw new ValueProblem(`${name} has no option ${key}`, node, [
      known.length > 0 ? `its options are ${known.join(", ")}` : `e.g. ${sig.example}`,
    ]);
  const v = pair.value as Node;
  const wrong = LITERALS.has(v.type ?? "") ? check(v.value) : undefined;
  if (wrong !== undefined)
    throw new ValueProblem(`${name}: ${key}=${shown(v.value)} is ${wrong}`, node, [
      `e.g. ${sig.example}`,
    ]);
}
