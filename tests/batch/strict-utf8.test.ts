import { describe, expect, it } from "vitest";
import { strictUtf8 } from "../../src/batch/strict-utf8.js";
import type { MissiveError } from "../../src/errors.js";

/** Where strictUtf8 places the bad byte of `pieces`, read in turn. */
function placeOf(csv: boolean, ...pieces: string[]): unknown {
  const decode = strictUtf8("w.csv", csv);
  try {
    for (const p of pieces) decode(Buffer.from(p, "latin1"), false);
    decode(new Uint8Array(0), true);
  } catch (e) {
    return (e as MissiveError).problems[0]?.location;
  }
  throw new Error("expected an error");
}

describe("strictUtf8's place of a bad byte", () => {
  it("counts a CSV's CR alone as a line end, and a CRLF cut between chunks as one", () => {
    expect(placeOf(true, "a\rb\r\nc", "\xffx")).toEqual({ file: "w.csv", line: 3, col: 2 });
    expect(placeOf(true, "a\r", "\nb\xffx")).toEqual({ file: "w.csv", line: 2, col: 2 });
  });

  it("counts only LF in JSON Lines, whose lines a CR does not end", () => {
    expect(placeOf(false, "a\rb", "\xffx")).toEqual({ file: "w.csv", line: 1, col: 4 });
  });
});
