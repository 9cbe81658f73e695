/** A block helper opened in a template, where it opened. */
export interface OpenBlock {
  name: string;
  line: number;
  col: number;
}

// Comments first, so a block written inside one is not counted; then `{{#x`, `{{^x`, `{{/x`.
const TAGS = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*>?\s*([^\s}~]+)/g;

/**
 * The innermost block still open at the end of a template, if any. Why: Handlebars reports an
 * unclosed `{{#each}}` as "Expecting 'OPEN_INVERSE_CHAIN', … got 'EOF'" at the last line,
 * which names neither the block nor where it began.
 */
export function unclosedBlock(source: string): OpenBlock | undefined {
  const open: { name: string; at: number }[] = [];
  for (const m of source.matchAll(TAGS)) {
    const [, sign, name] = m;
    if (!sign || !name) continue;
    if (sign === "/") {
      const i = open.map((b) => b.name).lastIndexOf(name);
      if (i >= 0) open.splice(i);
    } else open.push({ name, at: m.index });
  }
  const last = open.at(-1);
  if (!last) return undefined;
  const before = source.slice(0, last.at);
  const line = before.split("\n").length;
  return { name: last.name, line, col: last.at - before.lastIndexOf("\n") };
}
