/**
 * Options missive adds to helper calls in a template's syntax tree (`field=`, `file=`), which
 * the helpers read for their messages.
 */

/** A Handlebars AST node, as much of it as this file reads. */
interface Node {
  type?: string;
  [key: string]: unknown;
}

/** The field a helper's value reads (`items` of `{{#each items}}`), if it is a field. */
export const fieldName = (p: Node | undefined): string | undefined =>
  p?.type === "PathExpression" ? String(p.original) : undefined;

/**
 * The call's hash with `field="…"`, which helper-calls.ts names in its messages
 * (`each: items is "x", not a list or a mapping`).
 */
export function withField(
  hash: Node | undefined,
  field: string | undefined,
  loc: unknown,
): Node | undefined {
  return field === undefined ? hash : withOption(hash, "field", field, loc);
}

/** The call's hash with `key="value"`, in place of any `key=` it had. */
export function withOption(hash: Node | undefined, key: string, value: string, loc: unknown): Node {
  const pair = {
    type: "HashPair",
    key,
    value: { type: "StringLiteral", value, original: value, loc },
    loc,
  };
  const pairs = ((hash?.pairs as Node[]) ?? []).filter((p) => p.key !== key);
  return { type: "Hash", pairs: [...pairs, pair], loc };
}

/** Gives every helper call (one with values) the field its first value reads, as `field=`. */
export function nameCallFields(n: unknown): void {
  if (Array.isArray(n)) {
    for (const x of n) nameCallFields(x);
    return;
  }
  if (n === null || typeof n !== "object") return;
  const node = n as Node;
  const first = ((node.params as Node[] | undefined) ?? [])[0];
  if (/^(Mustache|Block)Statement$|^SubExpression$/.test(node.type ?? "") && first)
    node.hash = withField(node.hash as Node | undefined, fieldName(first), node.loc);
  for (const [k, v] of Object.entries(node)) if (k !== "loc") nameCallFields(v);
}
