import { LINE_END } from "../line-ends.js";

/**
 * A counter of the line and column the text read so far ends at, told each piece in turn.
 * Why a line may end with a CR alone: the readers take one as a line end (line-ends.ts), and
 * a Mac file's bad byte was placed on line 1, hundreds of columns in.
 */
export function placeCounter(): (text: string) => { line: number; col: number } {
  const breaks = new RegExp(LINE_END.source, "g");
  let line = 1;
  let col = 1;
  let afterCr = false;
  return (text) => {
    // The LF of a CRLF whose CR ended the piece before is no second line end.
    const t = afterCr && text.startsWith("\n") ? text.slice(1) : text;
    let rest = -1;
    for (const m of t.matchAll(breaks)) {
      line++;
      rest = m.index + m[0].length;
    }
    col = rest < 0 ? col + [...t].length : [...t.slice(rest)].length + 1;
    if (text !== "") afterCr = text.endsWith("\r");
    return { line, col };
  };
}
