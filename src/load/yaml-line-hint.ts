/**
 * What to do about a YAML syntax error, read off the line it is on. Why the line and not the
 * parser's code alone: one code stands for different mistakes (a value with a colon in it, a
 * list item out of line), and the fix a user needs is the line written right.
 */
export interface LineHint {
  /** Replaces the parser's message, which names YAML's grammar ("compact mappings"). */
  message?: string;
  hints: string[];
}

const INDENT_CODES: readonly string[] = [
  "BAD_INDENT",
  "MISSING_CHAR",
  "BLOCK_AS_IMPLICIT_KEY",
  "MULTILINE_IMPLICIT_KEY",
  "TAB_AS_INDENT",
];

const INDENT_HINT =
  "check the indentation: the items of a list, and the keys of a mapping, start in the same column, with spaces";

/** `key: value`, maybe as a list item; the value plain (not quoted, not a block or a flow). */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s#'"{[|>&*!%@`-][^:#]*?):[ \t]+([^\s'"{[|>&*!%@`#].*)$/;

/** Lines longer than this get the parser's words only: no line of a letter's YAML is. */
const MAX_HINTED_LINE = 1_000;

export function yamlLineHint(code: string, message: string, line: string): LineHint | undefined {
  const flow = /^Flow (map|sequence) in block collection .* end with an? ([\]}])/.exec(message);
  if (flow)
    return {
      message: `a ${flow[1] === "map" ? "{" : "["} above this line is never closed`,
      hints: [`close it with ${flow[2]} on the line it opens, or indent the lines it runs over`],
    };
  if (/^[ ]*\t/.test(line))
    return {
      hints: ["this line is indented with a tab; YAML indents with spaces only: replace the tab"],
    };
  // Why the value is trimmed here, not by the expression: `.*?\s*$` backtracks quadratically
  // over a long run of spaces.
  const kv = line.length > MAX_HINTED_LINE ? null : KEY_VALUE.exec(line);
  const value = kv?.[3]?.trimEnd();
  if (kv && value && (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY"))
    if (/:(\s|$)/.test(value) && !/\s#/.test(value))
      return {
        message: `the colon in "${value}" makes YAML read the words before it as a key`,
        // JSON's double quotes are YAML's.
        hints: [`put the value in quotes: ${kv[1]}${kv[2]}: ${JSON.stringify(value)}`],
      };
  if (INDENT_CODES.includes(code)) return { hints: [INDENT_HINT] };
  return undefined;
}
