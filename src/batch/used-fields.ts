/** A Handlebars AST node, as much of it as this file reads. */
interface Node {
  type?: string;
  [key: string]: unknown;
}

/**
 * The top-level data fields a Handlebars template reads (`{{first_name}}`, `{{#if vip}}`,
 * `{{slug recipient.[0]}}` → first_name, vip, recipient). Why it may over-count: inside
 * `{{#each}}` a path is relative to the item; counting it only makes the unused-column check
 * more lenient, never reject a column a template uses.
 */
export function usedFields(ast: unknown, out = new Set<string>()): Set<string> {
  visit(ast, (n, calls) => {
    if (n.type !== "PathExpression" || calls) return;
    const parts = n.parts as string[];
    if (n.data && n.original === "@root") return;
    // `@root.x` has the parts root, x.
    const first = n.data
      ? String(n.original).startsWith("@root.")
        ? parts[1]
        : undefined
      : parts[0];
    // `this.x` and `./x` are relative to the current item, never a top-level field.
    if (first !== undefined && !/^(this\b|\.)/.test(String(n.original))) out.add(first);
  });
  return out;
}

/** Visits every node; `calls` is true for a path in a helper's place (`{{date x}}`: date). */
function visit(n: unknown, fn: (n: Node, calls: boolean) => void, calls = false): void {
  if (Array.isArray(n)) {
    for (const x of n) visit(x, fn);
    return;
  }
  if (n === null || typeof n !== "object") return;
  const node = n as Node;
  fn(node, calls);
  const takesArgs =
    (Array.isArray(node.params) && node.params.length > 0) ||
    ((node.hash as Node | undefined)?.pairs as unknown[] | undefined)?.length;
  for (const [k, v] of Object.entries(node)) {
    if (k === "loc") continue;
    visit(v, fn, k === "path" && !!takesArgs);
  }
}
