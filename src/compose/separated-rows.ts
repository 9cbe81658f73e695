import type { Rules } from "marked";

/**
 * marked's rules with a table's lines read up to their line feed, as GFM reads them. Why:
 * marked reads a table's header and rows with `.`, which in JavaScript stops at U+2028 and
 * U+2029 too, so a cell holding one (a line break pasted from a word processor, or written
 * `\u2029` in YAML) ended the table there and printed the rest as a paragraph of pipes. Read
 * to the line feed, the cell keeps the separator, which the markup reads as a line break in
 * the cell (markup/line-separator.ts), as a paragraph's does. The paragraph's rule holds the
 * table's, to see a table start under a paragraph's line, so it is read alike.
 */
export function withSeparatorsInRows(rules: Rules): Rules {
  const { table, paragraph } = rules.block;
  return {
    ...rules,
    block: { ...rules.block, table: toLineFeed(table), paragraph: toLineFeed(paragraph) },
  };
}

/** A rule whose `.*` (any characters but a line's end) reads any but a line feed. */
function toLineFeed(rule: RegExp): RegExp {
  return new RegExp(rule.source.replace(/(?<!\\)\.\*/g, "[^\\n]*"), rule.flags);
}
