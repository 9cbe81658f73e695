import { describe, expect, it } from "vitest";
import { strictUtf8 } from "../../src/batch/strict-utf8.js";
import type { MissiveError } from "../../src/errors.js";

/** The problem strictUtf8 finds in `pieces`, read in turn. */
function problemOf(csv: boolean, ...pieces: string[]) {
  const decode = strictUtf8("w.csv", csv);
  try {
    for (const p of pieces) decode(Buffer.from(p, "latin1"), false);
    decode(new Uint8Array(0), true);
  } catch (e) {
    return (e as MissiveError).problems[0];
  }
  throw new Error("expected an error");
}

const placeOf = (csv: boolean, ...pieces: string[]) => problemOf(csv, ...pieces)?.location;

describe("strictUtf8's place of a bad byte", () => {
  it("counts a CSV's CR alone as a line end, and a CRLF cut between chunks as one", () => {
    expect(placeOf(true, "a\rb\r\nc", "\xffx")).toEqual({ file: "w.csv", line: 3, col: 2 });
    expect(placeOf(true, "a\r", "\nb\xffx")).toEqual({ file: "w.csv", line: 2, col: 2 });
  });

  // One rule for every input's lines (line-ends.ts, audit33): JSON Lines counted only LF, while
  // its reader's error showed, as its code frame, the line a CR began.
  it("counts a CR alone as a line end in JSON Lines too", () => {
    expect(placeOf(false, "a\rb", "\xffx")).toEqual({ file: "w.csv", line: 2, col: 2 });
  });

  // Excel for Mac wrote CSV in Mac Roman with CR line ends until 2016: the hint named
  // windows-1252, which reads its ü (0x9f) as Ÿ in every letter without a word.
  it("names Mac Roman for a CSV whose lines end with a CR alone", () => {
    const { hints } = problemOf(true, "name\rAnn\rM\x9fller\r") ?? {};
    expect(hints?.[1]).toBe(
      "its lines end with a CR alone, as Excel for Mac saved CSV until 2016, in Mac Roman: --records-encoding macintosh",
    );
    expect(problemOf(true, "name\r\nM\x9fller\r\n")?.hints?.[1]).toContain("windows-1252");
  });
});
