import type { Node, PathNode } from "../compose/template-nodes.js";
import { type HelperOptions, ValueProblem } from "../compose/value-problem.js";
import { PersonalisedText, readsTemplate } from "./personalised-text.js";

/** The helper every field a text template reads goes through (guardReads). */
export const READ_HELPER = "__read";

/**
 * `__read head "part" …`: the value a path reads from `head`, one part at a time, reading
 * only the fields of mappings and a list's items and `length`. Why: Handlebars reads any own
 * property, so `{{name.length}}`, `{{name.[0]}}` and, in a loop over the address's lines,
 * `{{this.length}}` printed a text's length or first letter, where a template may read only
 * the letter's fields (as compose/check-fields.ts tells a pack's template).
 */
export function readPath(head: unknown, ...rest: unknown[]): unknown {
  const o = rest.pop() as HelperOptions & { hash: ReadNames };
  const parts = rest as string[];
  let v = head;
  for (const [i, part] of parts.entries()) {
    if (v === undefined || v === null) return undefined;
    if (v instanceof PersonalisedText) throw readsTemplate(v, o.hash.written, o);
    if (typeof v !== "object") throw propertyOfScalar(v, o.hash, parts.slice(0, i), o);
    if (Array.isArray(v) && part !== "length" && !/^\d+$/.test(part)) return undefined;
    v = Object.hasOwn(v, part) ? (v as Record<string, unknown>)[part] : undefined;
  }
  if (v instanceof PersonalisedText) throw readsTemplate(v, o.hash.written, o);
  return v;
}

/** How the template wrote the path (`this.length`), and its head (`this`, `@root`, `line`). */
interface ReadNames {
  written: string;
  head: string;
}

/** What a scalar is called in messages, as check-fields.ts calls a schema's. */
function kindOf(v: unknown): string {
  if (typeof v === "boolean") return "true or false";
  return typeof v === "number" || typeof v === "bigint" ? "a number" : "text";
}

function propertyOfScalar(v: unknown, names: ReadNames, read: string[], o: HelperOptions): Error {
  // `signer.name`, `this`, `@root.name`, `../name`.
  const head = names.head === "this" && read.length > 0 ? [] : [names.head];
  const field = [...head, ...read].join(names.head.startsWith("..") ? "/" : ".");
  return new ValueProblem(
    `the template reads \`${names.written}\`, but \`${field}\` is ${kindOf(v)}, which has no fields`,
    o,
    [`read \`${field}\` itself; a list's \`length\` and items (\`.[0]\`) are a list's only`],
  );
}

/**
 * Rewrites every field a template reads (a value of a call, after record-texts.ts's rewrite
 * made every `{{x}}` a call) as `(__read head "a" "b" written="a.b")`: the head is the context
 * the path starts from (`this`, `..`, `@root`, a block parameter), which Handlebars finds as
 * before; the parts are read by readPath.
 */
export function guardReads(n: unknown, blockParams: readonly string[] = []): void {
  if (Array.isArray(n)) {
    for (const x of n) guardReads(x, blockParams);
    return;
  }
  if (n === null || typeof n !== "object") return;
  const node = n as Node;
  if (
    node.type === "MustacheStatement" ||
    node.type === "BlockStatement" ||
    node.type === "SubExpression"
  ) {
    const params = (node.params as Node[] | undefined) ?? [];
    node.params = params.map((p) => guarded(p, blockParams));
    const pairs = ((node.hash as Node | undefined)?.pairs as Node[] | undefined) ?? [];
    for (const pair of pairs) pair.value = guarded(pair.value as Node, blockParams);
  }
  const own = ((node.program as Node | undefined)?.blockParams as string[] | undefined) ?? [];
  for (const [k, v] of Object.entries(node)) {
    if (k === "loc" || k === "params" || k === "hash") continue;
    guardReads(v, k === "program" ? [...own, ...blockParams] : blockParams);
  }
  for (const p of (node.params as Node[] | undefined) ?? []) guardReads(p, blockParams);
  guardReads(node.hash, blockParams);
}

/** A value of a call, reading through readPath when it is a field's path. */
function guarded(value: Node, blockParams: readonly string[]): Node {
  if (value.type !== "PathExpression") return value;
  const p = value as PathNode;
  const ownHead = p.data
    ? p.parts[0] === "root"
    : p.depth === 0 && blockParams.includes(p.parts[0] as string);
  const headParts = p.data && !ownHead ? p.parts.length : ownHead ? 1 : 0;
  if (headParts >= p.parts.length) return value;
  const loc = p.loc;
  const headName = ownHead
    ? `${p.data ? "@" : ""}${p.parts[0]}`
    : p.depth > 0
      ? Array(p.depth).fill("..").join("/")
      : "this";
  const head: PathNode = { ...p, parts: p.parts.slice(0, headParts), original: headName };
  const text = (s: string) => ({ type: "StringLiteral", value: s, original: s, loc });
  const pair = (key: string, s: string) => ({ type: "HashPair", key, value: text(s), loc });
  return {
    type: "SubExpression",
    path: {
      type: "PathExpression",
      data: false,
      depth: 0,
      parts: [READ_HELPER],
      original: READ_HELPER,
      loc,
    },
    params: [head, ...p.parts.slice(headParts).map(text)],
    hash: { type: "Hash", pairs: [pair("written", p.original), pair("head", headName)], loc },
    loc,
  };
}

/**
 * `{{lookup x key}}`, reading as readPath reads: a key that comes from the record
 * (`{{lookup name key}}`, key `length`) cannot read a property of text either. Why at render
 * time: the key is data, and `{{lookup prices plan}}` is how a text picks a field by a value.
 */
export function lookupField(obj: unknown, key: unknown, o: HelperOptions): unknown {
  const field = String((o.hash as { field?: unknown }).field ?? "value");
  const written = `${field}.[${String(key)}]`;
  return readPath(obj, String(key), { ...o, hash: { written, head: field } });
}
