import Handlebars from "handlebars";
import { clipped } from "../shown-value.js";
import { unclosedBlock } from "./unclosed-block.js";
import { ValueProblem } from "./value-problem.js";

/** A `{{…}}` of a template's source: where it starts and its text. */
interface Tag {
  at: number;
  text: string;
  /** Whether `}}` closes it. */
  closed: boolean;
}

/**
 * Why not Handlebars' own message: it is the parser generator's (a source excerpt, a caret
 * line and a list of token names), and its line counts from the text, not the letter file.
 * This says what is wrong in one line, at the `{{…}}` that is wrong. `hints` go with a reason
 * that has none of its own.
 */
export function syntaxProblem(e: unknown, source: string, hints: string[] = []): ValueProblem {
  const message = (e as Error).message;
  const tags = tagsOf(source);
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) {
    const close = tags.find((t) => closes(t) === mismatch[2]) ?? tags[0];
    const before = tags.filter((t) => t.at < (close?.at ?? 0) && opens(t) === mismatch[1]);
    const open = before.at(-1)?.text ?? `{{#${mismatch[1]}}}`;
    return problemAt(`${cut(open)} is closed by {{/${mismatch[2]}}}`, source, close, [
      `close it with {{/${mismatch[1]}}}`,
    ]);
  }
  const open = tags.find((t) => !t.closed);
  if (open) return problemAt(`${cut(open.text)} is never closed with }}`, source, open, hints);
  const unclosed = /got 'EOF'/.test(message) ? unclosedBlock(source) : undefined;
  if (unclosed) {
    const at = offsetOf(source, unclosed.line, unclosed.col);
    const tag = tags.find((t) => t.at === at);
    return problemAt(
      `${tag ? cut(tag.text) : `{{#${unclosed.name}}}`} is never closed`,
      source,
      tag,
      [`end it with {{/${unclosed.name}}}`],
    );
  }
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const lines = linesOf(source, tags);
  const got = /got '(\w+)'/.exec(message)?.[1];
  // An {{else}} the parser met outside a block reads well alone: find it as such.
  const stray = got === "INVERSE" || got === "OPEN_INVERSE_CHAIN";
  const wrong = stray ? isElse : (t: Tag) => !parsesAlone(t);
  const bad = tags.find((t, i) => lines[i] === line && wrong(t)) ?? tags[0];
  const why = stray ? "is outside a block" : "cannot be read";
  return problemAt(`${bad ? cut(bad.text) : "the text"} ${why}`, source, bad, hints);
}

function problemAt(message: string, source: string, tag: Tag | undefined, hints: string[]) {
  const before = source.slice(0, tag?.at ?? 0);
  const line = before.split("\n").length;
  const column = before.length - (before.lastIndexOf("\n") + 1);
  return new ValueProblem(message, tag ? { loc: { start: { line, column } } } : {}, hints);
}

/**
 * The line of each tag, counted in one pass. Why not from the start for each: a template of
 * tens of thousands of tags took minutes to say which one is wrong.
 */
function linesOf(source: string, tags: Tag[]): number[] {
  let line = 1;
  let from = 0;
  return tags.map((t) => {
    for (let i = source.indexOf("\n", from); i >= 0 && i < t.at; i = source.indexOf("\n", i + 1))
      line++;
    from = t.at;
    return line;
  });
}

/**
 * The most blocks (`{{#…}}`, `{{^…}}`) a template may nest, and subexpressions (`(…)`) a
 * tag may. Why: Handlebars parses, and missive checks and renders, by recursion; some
 * thousand nested `{{#with this}}` (20 kB) overflowed the stack (exit 70), and more made the
 * parser fail in ways whose explanation took minutes. The built-in packs nest a few.
 */
export const MAX_TEMPLATE_DEPTH = 100;

/** The first block or subexpression nested deeper than MAX_TEMPLATE_DEPTH, as a problem. */
export function depthProblem(source: string): ValueProblem | undefined {
  let depth = 0;
  for (const t of tagsOf(source)) {
    const text = inner(t);
    if (/^[#^]\s*[^\s}~]/.test(text)) depth++;
    else if (text.startsWith("/")) depth--;
    if (depth > MAX_TEMPLATE_DEPTH || parenthesesDeeper(text, MAX_TEMPLATE_DEPTH))
      return problemAt(
        `${cut(t.text)} is nested more than ${MAX_TEMPLATE_DEPTH} levels deep`,
        source,
        t,
        ["a letter's template nests a few blocks; write the passage out"],
      );
  }
  return undefined;
}

function parenthesesDeeper(text: string, max: number): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    if (depth > max) return true;
  }
  return false;
}

/** Every `{{…}}`, skipping escaped `\{{` and comments, which may hold anything. */
function tagsOf(source: string): Tag[] {
  const tags: Tag[] = [];
  let i = source.indexOf("{{");
  while (i >= 0) {
    const comment = source.startsWith("{{!--", i) ? "--}}" : "}}";
    const end = source.indexOf(comment, i + 2);
    if (source[i - 1] !== "\\") {
      const stop = end < 0 ? source.length : end + comment.length;
      const text = source.slice(
        i,
        stop + (source.startsWith("{{{", i) && source[stop] === "}" ? 1 : 0),
      );
      if (!text.startsWith("{{!")) tags.push({ at: i, text, closed: end >= 0 });
    }
    if (end < 0) break;
    i = source.indexOf("{{", end + comment.length);
  }
  return tags;
}

const inner = (t: Tag) => t.text.replace(/^\{\{\{?~?\s*/, "");
const opens = (t: Tag) => /^[#^]\s*\*?\s*([^\s}~()]+)/.exec(inner(t))?.[1];
const closes = (t: Tag) => /^\/\s*([^\s}~]+)/.exec(inner(t))?.[1];

/** The offset of a 1-based line and column. */
function offsetOf(source: string, line: number, col: number): number {
  const lines = source.split("\n").slice(0, line - 1);
  return lines.reduce((n, l) => n + l.length + 1, 0) + col - 1;
}

/** `{{else}}`, `{{else if …}}` or `{{^}}`. */
const isElse = (t: Tag) => /^(else\b|\^\s*~?\}\})/.test(inner(t));

/** Whether a tag reads on its own (a block opener with its closer; a closer or else always). */
function parsesAlone(t: Tag): boolean {
  if (closes(t) !== undefined || isElse(t)) return true;
  const name = opens(t);
  try {
    // Why the shared instance: parsing reads no helpers or partials.
    Handlebars.parse(name !== undefined ? `${t.text}{{/${name}}}` : t.text);
    return true;
  } catch {
    return false;
  }
}

/** A tag as a one-line message shows it: up to its line's end, long ones cut. */
function cut(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return clipped(line);
}
