import { xmlEscape } from "./xml-escape.js";

/**
 * Body markup for Markdown in which Markdown finds nothing to do: paragraphs of plain prose,
 * separated by empty lines. Returns undefined for anything else, which the Markdown lexer
 * then reads. Why: most letter bodies are plain prose, and the lexer's regular expressions,
 * which a process started from the startup snapshot runs interpreted, were a large share of a
 * start on the seed letter (docs/benchmarks.md, "Eighth session"); this check costs next to
 * nothing. It answers only where it can be
 * sure, so it refuses far more than Markdown would treat as syntax: a property test holds it
 * to what marked makes of the same text (tests/compose/plain-prose.test.ts).
 */
export function plainProse(md: string): string | undefined {
  if (ANYWHERE.test(md)) return undefined;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of md.split("\n")) {
    if (line === "") {
      if (lines.length) paragraphs.push(lines.join("\n"));
      lines = [];
    } else if (LINE_START.test(line) || LINE_END.test(line)) {
      return undefined;
    } else {
      lines.push(line);
    }
  }
  if (lines.length) paragraphs.push(lines.join("\n"));
  return paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join("");
}

// Anything that may start inline syntax (emphasis, code, links, autolinks, entities, HTML,
// escapes, strikethrough, tables), and any control or separator character.
const ANYWHERE = /[\\`*_[\]<>&~|@\u2028\u2029\ufeff]|[^\P{Cc}\n]|:\/\/|www\./iu;
// What may open or interrupt a block at the start of a line (headings, lists, quotes, rules,
// setext underlines, a table's delimiter row such as ":-", indented code, Japanese items
// `・` and `①`: japanese-bullets.ts), and any white space there.
const LINE_START = /^[\s#=+\-:>0-9・･\u2460-\u2473]/u;
// White space at the end of a line: two spaces make a hard line break; a brace may close a
// paragraph's {align=center} (markdown-align.ts).
const LINE_END = /[\s}]$/u;
