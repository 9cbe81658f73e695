import { MissiveError, type Problem } from "../errors.js";
import { type Guesser, guesser } from "../load/did-you-mean.js";
import type { TemplateSource } from "../load/pack-types.js";
import { ownOf } from "../own-of.js";
import { writtenPartialName } from "./partial-name.js";
import { PROTOTYPE_NAMES } from "./prototype-names.js";
import type { Node, PathNode } from "./template-nodes.js";

type Schema = Record<string, unknown>;

/** Block helpers whose body runs with a new context (`this` is the item). */
const NEW_CONTEXT: ReadonlySet<string> = new Set(["each", "with"]);

export interface ParsedTemplate {
  src: TemplateSource;
  ast: Node;
}

/**
 * Reports every field a template reads from the top-level data that the pack's schema does not
 * declare. Why: a typo in `{{recipeint}}` otherwise only fails on the letters that reach it,
 * and a field missing from the schema is neither validated nor offered by editors.
 */
export function checkFields(
  main: ParsedTemplate,
  partials: Record<string, ParsedTemplate>,
  schema: Schema | undefined,
  values: Record<string, unknown> = {},
): void {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const told = new Set<string>();
  const guesses = guesser();
  // Contexts deeper than any `../` climbs see no top-level field but through @root, which reads
  // the same at any depth: one depth past the climb stands for them all. Why: a partial that
  // includes itself inside {{#each}} was visited one context deeper each time, without end
  // (exit 70, "Maximum call stack size exceeded"), though it renders (each ends the descent).
  const deepest =
    Math.max(longestClimb(main.ast), ...Object.values(partials).map((t) => longestClimb(t.ast))) +
    1;
  // The schema of each context a path may start from, by depth: the top level's, then what
  // each `{{#each}}` or `{{#with}}` around the path gives its body (undefined: not known).
  const contexts: (Schema | undefined)[] = [schema];
  const innerContext = (helper: string, value: Node | undefined, d: number) => {
    if (value?.type !== "PathExpression") return undefined;
    const p = value as PathNode;
    const s = schemaOf(
      p.data ? p.parts.slice(1) : p.parts,
      p.data ? schema : contexts[d - p.depth],
    );
    if (p.data && p.parts[0] !== "root") return undefined;
    return helper === "each" ? (s?.items as Schema | undefined) : s;
  };
  // A partial visited at several depths finds its @root paths at each: told once.
  const report = (file: string, p: Node, problem: Problem) => {
    const key = `${file}:${p.loc?.start.line}:${p.loc?.start.column}`;
    if (!told.has(key)) problems.push(problem);
    told.add(key);
  };
  const visit = (t: ParsedTemplate, at: number) => {
    const depth = Math.min(at, deepest);
    const key = `${t.src.file}@${depth}`;
    if (seen.has(key)) return;
    seen.add(key);
    walk(t.ast, depth, {
      path: (p, d) => {
        const problem =
          p.data && p.parts[0] === "pack"
            ? checkValue(p, values, t.src.file, guesses)
            : schema && !p.data && d - p.depth > 0
              ? scalarRead(p, contexts[d - p.depth], t.src.file)
              : schema && checkPath(p, d, schema, t.src.file, guesses);
        if (problem) report(t.src.file, p, problem);
      },
      partial: (name, d) => {
        const sub = ownOf(partials, name);
        if (sub) visit(sub, d);
      },
      enter: (helper, value, d) => {
        contexts.length = d + 1;
        contexts.push(innerContext(helper, value, d));
      },
      leave: (d) => {
        contexts.length = d + 1;
      },
      dataKey: (obj, key, d) => {
        const problem = scalarRead(obj, contexts[d - obj.depth], t.src.file, key);
        if (problem) report(t.src.file, obj, problem);
      },
    });
  };
  visit(main, 0);
  if (problems.length > 0) throw new MissiveError("template", problems);
}

interface Visitor {
  path(p: PathNode, depth: number): void;
  partial(name: string, depth: number): void;
  /** A block that gives its body a new context (`each`, `with`), and the value it is given. */
  enter?(helper: string, value: Node | undefined, depth: number): void;
  /** The end of such a block's body, back at `depth`. */
  leave?(depth: number): void;
  /** `{{lookup x key}}` whose key is the data's (`key`), not written out. */
  dataKey?(obj: PathNode, key: Node, depth: number): void;
}

/**
 * Visits a template's paths and partials; `named` holds the block params in scope (`line` in
 * `{{#each recipient as |line|}}`). Why a path from one is passed over: it names what its
 * block gives, not a field, and was refused as reading a property of the loop's text.
 */
function walk(n: unknown, depth: number, v: Visitor, named: readonly string[] = []): void {
  if (Array.isArray(n)) {
    for (const c of n) walk(c, depth, v, named);
    return;
  }
  if (!n || typeof n !== "object" || !("type" in n)) return;
  const node = n as Node;
  switch (node.type) {
    case "Program": {
      const own = (node.blockParams as string[] | undefined) ?? [];
      walk(node.body, depth, v, own.length > 0 ? [...own, ...named] : named);
      return;
    }
    case "PathExpression":
      if (!blockParam(node, named)) v.path(node as PathNode, depth);
      return;
    case "PartialStatement":
    case "PartialBlockStatement": {
      const name = node.name as Node;
      const hasContext = ((node.params as Node[]) ?? []).length > 0;
      walk(node.params, depth, v, named);
      walk(node.hash, depth, v, named);
      const written = writtenPartialName(name);
      // A partial given a context reads it, whose schema is not known here.
      if (hasContext) v.enter?.("partial", undefined, depth);
      if (written !== undefined) v.partial(written, hasContext ? depth + 1 : depth);
      if (hasContext) v.leave?.(depth);
      walk(node.program, depth, v, named);
      return;
    }
    case "MustacheStatement":
    case "BlockStatement":
    case "SubExpression":
    case "DecoratorBlock": {
      const path = node.path as Node;
      const params = (node.params as Node[]) ?? [];
      const isCall = params.length > 0 || !!node.hash || node.type !== "MustacheStatement";
      if (isCall) {
        if (path.type !== "PathExpression") walk(path, depth, v, named);
        const obj = params[0];
        const lookup = path.original === "lookup" && !blockParam(obj, named);
        const looked = lookup ? lookedUpPath(params) : undefined;
        if (looked) v.path(looked, depth);
        else if (lookup && obj?.type === "PathExpression" && params[1])
          v.dataKey?.(obj as PathNode, params[1], depth);
        walk(params, depth, v, named);
        walk(node.hash, depth, v, named);
      } else walk(path, depth, v, named);
      const helper = String(path.original);
      const inner = NEW_CONTEXT.has(helper) ? depth + 1 : depth;
      if (inner > depth) v.enter?.(helper, params[0], depth);
      walk(node.program, inner, v, named);
      if (inner > depth) v.leave?.(depth);
      walk(node.inverse, depth, v, named);
      return;
    }
    case "Hash":
      walk(node.pairs, depth, v, named);
      return;
    case "HashPair":
      walk(node.value, depth, v, named);
      return;
    default:
      return;
  }
}

/** Whether `n` is a path from one of the block params in scope. */
function blockParam(n: Node | undefined, named: readonly string[]): boolean {
  if (n?.type !== "PathExpression" || named.length === 0) return false;
  const p = n as PathNode;
  return !p.data && p.depth === 0 && named.includes(p.parts[0] as string);
}

/** The most `../` any path of a template climbs. */
function longestClimb(ast: Node): number {
  let most = 0;
  walk(ast, 0, {
    path: (p) => {
      if (p.depth > most) most = p.depth;
    },
    partial: () => {},
  });
  return most;
}

/**
 * A template's `@pack.x.y` must name what the manifest's `values` holds. Why: a value that is
 * not there prints nothing (`{{#each @pack.partnrs}}`, a letterhead's list of partners gone
 * without a word), on every letter, as a data field the schema lacks would.
 */
function checkValue(
  p: PathNode,
  values: Record<string, unknown>,
  file: string,
  guesses: Guesser,
): Problem | null {
  let v: unknown = values;
  for (const [i, part] of p.parts.slice(1).entries()) {
    if (Array.isArray(v) && (part === "length" || /^\d+$/.test(part))) return null;
    if (!v || typeof v !== "object" || Array.isArray(v)) return null;
    const keys = Object.keys(v);
    if (!Object.hasOwn(v, part)) {
      const name = ["@pack", ...p.parts.slice(1, i + 2)].join(".");
      const guess = guesses.guess(part, keys);
      return {
        message: `the template reads \`${name}\`, which the pack's \`values\` do not hold`,
        location: { file, line: p.loc?.start.line, col: (p.loc?.start.column ?? 0) + 1 },
        hints: [
          guess
            ? `did you mean \`${["@pack", ...p.parts.slice(1, i + 1), guess].join(".")}\`?`
            : keys.length
              ? `the values here: ${keys.join(", ")}`
              : "add it under values: in template.yaml",
        ],
      };
    }
    v = (v as Record<string, unknown>)[part];
  }
  return null;
}

function checkPath(
  p: PathNode,
  depth: number,
  schema: Schema,
  file: string,
  guesses: Guesser,
): Problem | null {
  let parts: string[];
  if (p.data) {
    if (p.parts[0] !== "root") return null;
    parts = p.parts.slice(1);
  } else {
    if (depth - p.depth !== 0) return null;
    parts = p.parts;
  }
  // A path through JavaScript's internals is refused as such (checkAndRewrite), not as a field.
  if (parts.length === 0 || parts.some((part) => PROTOTYPE_NAMES.has(part))) return null;
  let s: Schema | undefined = schema;
  for (const [i, part] of parts.entries()) {
    if (!s) return null;
    if (s.type === "array" || s.items) {
      if (part === "length" || /^\d+$/.test(part)) {
        s = part === "length" ? undefined : (s.items as Schema | undefined);
        continue;
      }
    }
    const kind = scalarKind(s);
    if (kind) {
      const field = parts.slice(0, i).join(".");
      return {
        message: `the template reads \`${parts.slice(0, i + 1).join(".")}\`, but \`${field}\` is ${kind}, which has no fields`,
        location: { file, line: p.loc?.start.line, col: (p.loc?.start.column ?? 0) + 1 },
        hints: [
          `read \`${field}\` itself; a list's \`length\` and items (\`.[0]\`) are a list's only`,
        ],
      };
    }
    const props = s.properties as Record<string, Schema> | undefined;
    if (!props) return null;
    const next = props[part];
    if (!next) {
      const field = parts.slice(0, i + 1).join(".");
      const guess = guesses.guess(part, Object.keys(props));
      return {
        message: `the template reads \`${field}\`, which the pack's schema does not declare`,
        location: { file, line: p.loc?.start.line, col: (p.loc?.start.column ?? 0) + 1 },
        hints: [guess ? `did you mean \`${guess}\`?` : `add ${field} to the schema's properties`],
      };
    }
    s = next;
  }
  return null;
}

/**
 * "text", "a number" or "true or false" for a schema that declares nothing but that, else
 * undefined. Why: `{{salutation.length}}` printed the text's length and `{{salutation.[0]}}`
 * its first letter, JavaScript's properties of a string, where a template may read only the
 * letter's fields; a list's `length` and items stay (the built-in packs test
 * `recipient.length` and count `signers.length`).
 */
function scalarKind(s: Schema): string | undefined {
  if (s.properties || s.items || s.anyOf || s.oneOf || s.allOf || s.$ref) return undefined;
  if (s.type === "string") return "text";
  if (s.type === "number" || s.type === "integer") return "a number";
  if (s.type === "boolean") return "true or false";
  return undefined;
}

/**
 * `{{lookup sender "name"}}` read as the path `sender.name` it reads, when the key is written
 * out. Why: the fields check saw only `sender`, so `{{lookup salutation "length"}}` printed the
 * text's length and `{{lookup sender "nmae"}}` printed nothing, where `sender.nmae` is told.
 */
function lookedUpPath(params: Node[]): PathNode | undefined {
  const [obj, key] = params;
  if (params.length !== 2 || obj?.type !== "PathExpression") return undefined;
  if (key?.type !== "StringLiteral" && key?.type !== "NumberLiteral") return undefined;
  const path = obj as PathNode;
  return { ...path, parts: [...path.parts, String(key.original)] };
}

/** The schema a path's parts lead to from `s`: a mapping's properties, a list's items. */
function schemaOf(parts: string[], s: Schema | undefined): Schema | undefined {
  for (const part of parts) {
    if (!s) return undefined;
    if (s.type === "array" || s.items) s = /^\d+$/.test(part) ? (s.items as Schema) : undefined;
    else s = (s.properties as Record<string, Schema> | undefined)?.[part];
  }
  return s;
}

/**
 * A path read from a context an `{{#each}}` or `{{#with}}` gives (`{{this.length}}` in a loop
 * over the address's lines), or what `{{lookup x key}}` reads with a key from the data: told
 * when it reads a property of text, a number or true or false, as checkPath tells
 * `{{sender.name.length}}`. Why only that: a loop's item may be any of the list's kinds, and
 * an unknown field there is left to the schema's own check of the data.
 */
function scalarRead(
  p: PathNode,
  context: Schema | undefined,
  file: string,
  key?: Node,
): Problem | null {
  const head = p.depth > 0 ? Array(p.depth).fill("..").join("/") : "this";
  const parts = key ? [...p.parts, `[${String(key.original)}]`] : p.parts;
  let s = key && p.data ? undefined : context;
  for (const [i, part] of parts.entries()) {
    if (!s) return null;
    const kind = scalarKind(s);
    if (kind) {
      const field =
        i === 0
          ? head
          : [...(p.depth > 0 ? [head] : []), ...parts.slice(0, i)].join(p.depth > 0 ? "/" : ".");
      const written = key ? `${p.original}.${parts[parts.length - 1]}` : p.original;
      return {
        message: `the template reads \`${written}\`, but \`${field}\` is ${kind}, which has no fields`,
        location: { file, line: p.loc?.start.line, col: (p.loc?.start.column ?? 0) + 1 },
        hints: [
          `read \`${field}\` itself; a list's \`length\` and items (\`.[0]\`) are a list's only`,
        ],
      };
    }
    s = schemaOf([part], s);
  }
  return null;
}
