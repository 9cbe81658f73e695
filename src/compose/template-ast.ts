import type { HelperOptions } from "handlebars";
import { fail, MissiveError, type Problem } from "../errors.js";
import type { TemplateSource } from "../load/pack-types.js";
import { CHECKED_BLOCKS } from "./checked-blocks.js";
import { fieldName, withField, withOption } from "./hash-pairs.js";
import { BUILT_IN_HELPERS, checkHelperCalls, rawBlockProblem } from "./helper-calls.js";
import { PACK_HELPER_SIGNATURES } from "./helpers.js";
import { writtenPartialName } from "./partial-name.js";
import { PROTOTYPE_NAMES } from "./prototype-names.js";
import { depthProblem, syntaxProblem } from "./template-syntax.js";
import { unclosedBlock } from "./unclosed-block.js";
import { ValueProblem } from "./value-problem.js";

// Handlebars' AST types are loose; this is the small shape we walk and rewrite.
interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

// Not `log`: it writes to standard output, which may be the PDF (`-o -`) or `--json`.
const BUILTIN_HELPERS: ReadonlySet<string> = new Set(["if", "unless", "each", "with", "lookup"]);

/** Parses a template with its file in every error. */
export function parseTemplate(hb: { parse(s: string): unknown }, src: TemplateSource): Node {
  const deep = depthProblem(src.source);
  if (deep)
    throw fail(
      "template",
      deep.message,
      { file: src.file, line: deep.line, col: deep.col !== undefined ? deep.col + 1 : undefined },
      deep.hints,
    );
  try {
    return hb.parse(src.source) as Node;
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    const open = /got 'EOF'/.test(err.message) ? unclosedBlock(src.source) : undefined;
    if (open)
      throw fail(
        "template",
        `{{#${open.name}}} is never closed`,
        { file: src.file, line: open.line, col: open.col },
        [`close it with {{/${open.name}}}`],
      );
    const crossed = /^(\S+) doesn't match (\S+)/.exec(err.message);
    if (crossed && err.lineNumber !== undefined && err.column !== undefined)
      throw fail(
        "template",
        `{{#${crossed[1]}}}, opened here, is closed by {{/${crossed[2]}}}`,
        { file: src.file, line: err.lineNumber, col: Math.max(1, err.column - 2) },
        [`close {{#${crossed[1]}}} with {{/${crossed[1]}}} first`],
      );
    const p = syntaxProblem(e, src.source);
    throw fail("template", `Handlebars syntax error: ${p.message}`, {
      file: src.file,
      line: p.line,
      col: p.col !== undefined ? p.col + 1 : undefined,
    });
  }
}

/**
 * Checks helpers and partials against what exists, and rewrites every `{{path}}` into
 * `{{__text path path="path"}}`. Why: Handlebars prints objects as "[object Object]" and
 * strict mode does not cover helper arguments; the rewrite makes both an error with a location.
 */
export function checkAndRewrite(
  ast: Node,
  file: string,
  helpers: Set<string>,
  partials: Set<string>,
): void {
  const problems: Problem[] = [];
  const inline = new Set<string>();
  collectInlinePartials(ast, inline);
  walk(ast, (n) => {
    const at = { file, line: n.loc?.start.line, col: (n.loc?.start.column ?? 0) + 1 };
    if (n.type === "PathExpression" && (n.parts as string[]).some((p) => PROTOTYPE_NAMES.has(p))) {
      problems.push({
        message: `${String(n.original)} reaches into JavaScript internals, not data`,
        location: at,
        hints: ["templates may read only the letter's data"],
      });
      return;
    }
    if (n.type === "PartialStatement" || n.type === "PartialBlockStatement") {
      const name = writtenPartialName(n.name as Node);
      // A name computed as the letter renders ({{> (lookup . "which")}}) could only fail
      // there, as "The partial undefined could not be found", with no line to look at.
      if (name === undefined) {
        problems.push({
          message: "a partial's name is computed here; missive needs it written out",
          location: at,
          hints: [
            `write the partial's name ({{> letterhead}}), and choose between partials with {{#if}}; ${known("partials", partials)}`,
          ],
        });
        return;
      }
      if (!partials.has(name) && !inline.has(name)) {
        problems.push({
          message: `unknown partial ${name}`,
          location: at,
          hints: [known("partials", partials)],
        });
      }
      return;
    }
    // Handlebars keeps inline partials in an object by assignment: one named __proto__ was
    // lost, and its use failed as the letter rendered, "The partial __proto__ could not be
    // found", with no line.
    if (n.type === "DecoratorBlock" && inlineName(n) === "__proto__") {
      problems.push({
        message:
          "an inline partial may not be named __proto__, a name that sets what every JavaScript object inherits",
        location: at,
        hints: ["name the partial another way"],
      });
      return;
    }
    // Handlebars knows one decorator, `{{#*inline}}`; any other failed as the letter rendered,
    // "Missing decorator", a bug (exit 70) with no line.
    if (
      (n.type === "Decorator" || n.type === "DecoratorBlock") &&
      (n.path as Node).original !== "inline"
    ) {
      problems.push({
        message: `unknown decorator ${String((n.path as Node).original)}`,
        location: at,
        hints: ['the one decorator is {{#*inline "name"}}…{{/inline}}, a partial of this template'],
      });
      return;
    }
    if (n.type !== "MustacheStatement" && n.type !== "BlockStatement" && n.type !== "SubExpression")
      return;
    const path = n.path as Node;
    const params = (n.params as Node[]) ?? [];
    const name = String(path.original);
    const raw = rawBlockProblem(n);
    if (raw) {
      problems.push({ message: raw.message, location: at, hints: raw.hints });
      return;
    }
    // A block names a helper even without arguments: `{{#foo}}…{{/foo}}` as a Mustache section
    // over a field printed nothing, silently, whatever the data held.
    const isCall =
      params.length > 0 ||
      (n.hash !== undefined && n.hash !== null) ||
      n.type === "SubExpression" ||
      n.type === "BlockStatement";
    if (
      path.type === "PathExpression" &&
      isCall &&
      !helpers.has(name) &&
      !BUILTIN_HELPERS.has(name)
    ) {
      problems.push({
        message: `unknown helper ${name}`,
        location: at,
        hints: [
          ...(n.type === "BlockStatement" && params.length === 0 ? sectionHints(name) : []),
          known(
            "helpers",
            new Set([...helpers, ...BUILTIN_HELPERS].filter((h) => !h.startsWith("__"))),
          ),
        ],
      });
      return;
    }
    if (name === "lookup" && isCall && path.type === "PathExpression" && params.length !== 2) {
      // Handlebars' own lookup would take a third argument for its options and fail inside.
      problems.push({
        message: `lookup takes two arguments, an object and a key, not ${params.length}`,
        location: at,
        hints: ['e.g. {{lookup letterhead "org"}}'],
      });
      return;
    }
    // What `lookup` finds is printed as a field is: a list or a mapping is the template's
    // mistake at the call, not "[object Object]" in the letter.
    if (n.type === "MustacheStatement" && name === "lookup" && isCall) {
      printComputed(n, file);
      return;
    }
    // Helpers that take no `file=` (eq, among) print a plain value and report nothing.
    const locatable = PACK_HELPER_SIGNATURES[name]?.options?.file !== undefined;
    if (n.type === "MustacheStatement" && isCall && helpers.has(name) && locatable) {
      // Helpers report problems at the template file they were called from.
      const hash: { type?: string; pairs: unknown[] } = (n.hash as
        | { pairs: unknown[] }
        | undefined) ?? { type: "Hash", pairs: [] };
      hash.pairs.push({
        type: "HashPair",
        key: "file",
        value: { type: "StringLiteral", value: file, original: file },
      });
      // A value written in the template ({{date "2024-02-30"}}) is the template's mistake.
      if (params[0] && LITERALS.has(params[0].type))
        hash.pairs.push({
          type: "HashPair",
          key: "literal",
          value: { type: "BooleanLiteral", value: true, original: true },
        });
      n.hash = hash;
      return;
    }
    if (n.type === "MustacheStatement" && !isCall && path.type === "PathExpression") {
      if (n.escaped === false) {
        problems.push({
          message: `{{{${name}}}} would let data inject markup`,
          location: at,
          hints: [
            `use {{${name}}}; helpers that produce markup (markdown, lines) need no triple braces`,
          ],
        });
        return;
      }
      // A mustache with no arguments always prints data, even when a helper shares its name
      // (`{{label}}` inside `{{#each}}`): a pack's field names must not collide with helpers.
      printAsText(n, { ...path }, { path: name, file });
    }
  });
  if (problems.length > 0) throw new MissiveError("template", problems);
  checkPackCalls(ast, file);
  locateBlocks(ast, file);
}

/**
 * Rewrites `{{lookup a b}}` into `{{__text (lookup a b) computed="lookup"}}`: printed as
 * `{{path}}` is, but what is not set prints nothing, as Handlebars printed it.
 */
function printComputed(n: Node, file: string): void {
  const path = n.path as Node;
  const call = { type: "SubExpression", path, params: n.params, hash: n.hash, loc: n.loc };
  printAsText(n, call, { computed: String(path.original), file });
}

/** Makes the mustache `n` print `value` through `__text`, with `options` as its hash. */
function printAsText(n: Node, value: unknown, options: Record<string, string>): void {
  const path = n.path as Node;
  n.params = [value];
  n.hash = {
    type: "Hash",
    pairs: Object.entries(options).map(([key, v]) => ({
      type: "HashPair",
      key,
      value: { type: "StringLiteral", value: v, original: v },
    })),
  };
  n.path = {
    type: "PathExpression",
    data: false,
    depth: 0,
    parts: ["__text"],
    original: "__text",
    loc: path.loc,
  };
}

/**
 * Tells each checked block (`{{#each recipient}}`, checked-blocks.ts) its file and the field
 * it is given, for its message. After checkPackCalls, which knows no such options.
 */
function locateBlocks(ast: Node, file: string): void {
  walk(ast, (n) => {
    const path = n.path as Node | undefined;
    if (n.type !== "BlockStatement" || path?.type !== "PathExpression") return;
    if (!CHECKED_BLOCKS.includes(String(path.original))) return;
    const located = withOption(n.hash as Node | undefined, "file", file, n.loc);
    n.hash = withField(located, fieldName((n.params as Node[])[0]), n.loc);
  });
}

/** Every helper call against its signature: values, block or not, options, literal values. */
function checkPackCalls(ast: Node, file: string): void {
  try {
    checkHelperCalls(ast, { ...PACK_HELPER_SIGNATURES, ...BUILT_IN_HELPERS }, true);
  } catch (e) {
    if (!(e instanceof ValueProblem)) throw e;
    throw fail("template", e.message, { file, line: e.line, col: (e.col ?? 0) + 1 }, e.hints);
  }
}

/** Helpers whose first argument is a data field they may find fault with. */
const DATA_HELPERS: ReadonlySet<string> = new Set(["date", "markdown", "lines"]);
/** Arguments written in the template itself, not read from the data. */
const LITERALS: ReadonlySet<string> = new Set(["StringLiteral", "NumberLiteral", "BooleanLiteral"]);

/**
 * Gives `{{date date}}`-style calls a `path` argument naming the data field, so a bad value is
 * reported at its line in the data file. Only where the context is the data's root: inside
 * `each` or `with` a path is relative and could not be located.
 */
export function addDataPaths(program: Node): void {
  for (const n of (program.body as Node[]) ?? []) {
    if (
      n.type === "BlockStatement" &&
      ["if", "unless"].includes(String((n.path as Node).original))
    ) {
      if (n.program) addDataPaths(n.program as Node);
      if (n.inverse) addDataPaths(n.inverse as Node);
      continue;
    }
    if (n.type !== "MustacheStatement" || !DATA_HELPERS.has(String((n.path as Node).original)))
      continue;
    const first = (n.params as Node[])[0];
    if (first?.type !== "PathExpression" || first.data || first.depth !== 0) continue;
    const hash = (n.hash as { pairs: { key: string }[] } | undefined) ?? {
      type: "Hash",
      pairs: [],
    };
    if (hash.pairs.some((p) => p.key === "path")) continue;
    hash.pairs.push({
      type: "HashPair",
      key: "path",
      value: { type: "StringLiteral", value: first.original, original: first.original },
    } as never);
    n.hash = hash;
  }
}

/** What a block over a field, Mustache's section, is written as in a pack's template. */
function sectionHints(name: string): string[] {
  return [
    `to show a passage when ${name} is set, write {{#if ${name}}}…{{/if}} ({{#unless ${name}}} when it is not); to repeat it for each item, {{#each ${name}}}…{{/each}}`,
  ];
}

function known(what: string, names: Set<string>): string {
  return `known ${what}: ${[...names].sort().join(", ") || "(none)"}`;
}

function collectInlinePartials(ast: Node, out: Set<string>): void {
  walk(ast, (n) => {
    const name = n.type === "DecoratorBlock" ? inlineName(n) : undefined;
    if (name !== undefined) out.add(name);
  });
}

/** The name an `{{#*inline "name"}}` block gives its partial; undefined for another decorator. */
function inlineName(n: Node): string | undefined {
  const first = (n.params as Node[])[0];
  return (n.path as Node).original === "inline" && first ? String(first.value) : undefined;
}

function walk(n: unknown, fn: (n: Node) => void): void {
  if (Array.isArray(n)) {
    for (const c of n) walk(c, fn);
    return;
  }
  if (!n || typeof n !== "object" || !("type" in n)) return;
  const node = n as Node;
  fn(node);
  for (const key of ["body", "program", "inverse", "path", "params", "hash", "pairs", "value"]) {
    if (key in node) walk(node[key], fn);
  }
}

export type { HelperOptions };
