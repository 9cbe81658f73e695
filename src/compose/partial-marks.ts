/**
 * Which partial made a place of the markup. A markup error is located in the markup the
 * template made (`--emit markup`), whose lines are none of the pack's files: an unknown style
 * written in `partials/letterhead.hbs` was told at "letter.hbs:9:24". On such an error the
 * letter is composed again with each partial's output between marks, and the partial around
 * the place is named. Why control characters: XML allows none of them, and the data cannot
 * bring them (they are refused in text), so a mark is never text of the letter.
 */
const OPEN = "\u0001";
const NAMED = "\u0002";
const CLOSE = "\u0003";

export function markPartial(name: string, out: string): string {
  return `${OPEN}${name}${NAMED}${out}${CLOSE}`;
}

/**
 * The partials (outermost first) whose output holds the character at `line` and `col` (both
 * from 1) of the markup made without marks; `marked` is that markup made with them.
 */
export function partialsAt(marked: string, line: number, col: number): string[] {
  const stack: string[] = [];
  let l = 1;
  let c = 1;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === OPEN) {
      const end = marked.indexOf(NAMED, i);
      if (end < 0) return [];
      stack.push(marked.slice(i + 1, end));
      i = end;
      continue;
    }
    if (ch === CLOSE) {
      stack.pop();
      continue;
    }
    if (l === line && c === col) return [...stack];
    if (ch === "\n") {
      l++;
      c = 1;
    } else c++;
  }
  return [];
}
