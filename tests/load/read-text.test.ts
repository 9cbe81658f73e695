import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MissiveError } from "../../src/errors.js";
import { decodeUtf8, readText } from "../../src/load/read-text.js";
import { tempDir } from "../helpers/temp-dir.js";

function error(fn: () => unknown): MissiveError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MissiveError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

describe("decodeUtf8", () => {
  it("accepts a byte-order mark and CRLF line ends", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFa: 1\r\nb: 2\r\n"), "x.yaml")).toBe("a: 1\nb: 2\n");
  });

  it("reports the first invalid byte as line:col", () => {
    const bytes = Buffer.concat([
      Buffer.from("name: ok\ncity: M"),
      Buffer.from([0xfc]),
      Buffer.from("nchen\n"),
    ]);
    const e = error(() => decodeUtf8(bytes, "x.yaml"));
    expect(e.kind).toBe("input");
    expect(e.problems[0]).toEqual({
      message: "not valid UTF-8: byte 0xfc at offset 16",
      location: { file: "x.yaml", line: 2, col: 8 },
      hints: ["save the file as UTF-8 (most editors have an encoding menu)"],
    });
  });

  // A stray continuation byte (Mac Roman's ü, Windows-1252's curly quotes) was reported as
  // the character before it, and a bad byte after other multi-byte characters as one of them,
  // lines too early: a prefix that cuts a character in two fails too, which misled the search.
  it.each([
    ["a continuation byte alone", "name: M", [0x9f], "ller\n", 0x9f, 1, 8],
    ["a bad byte after multi-byte characters", "Müller\nKöln\nx: ", [0xff], "\n", 0xff, 3, 4],
    ["a character cut short", "a: é", [0xe2, 0x41], "\n", 0xe2, 1, 5],
  ])("reports %s where it is", (_, before, bad, after, byte, line, col) => {
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after)]);
    const e = error(() => decodeUtf8(bytes, "x.yaml"));
    expect(e.problems[0]?.message).toBe(
      `not valid UTF-8: byte 0x${byte.toString(16)} at offset ${Buffer.byteLength(before)}`,
    );
    expect(e.problems[0]?.location).toEqual({ file: "x.yaml", line, col });
  });

  it("counts characters, not bytes, for the column", () => {
    const bytes = Buffer.concat([Buffer.from("ä€: "), Buffer.from([0xc3])]);
    expect(error(() => decodeUtf8(bytes, "x.yaml")).problems[0]?.location).toEqual({
      file: "x.yaml",
      line: 1,
      col: 5,
    });
  });
});

describe("readText", () => {
  it("names a missing file", () => {
    expect(error(() => readText("no/such/letter.yaml")).problems[0]?.message).toBe(
      "file not found",
    );
  });

  it("suggests the file a missing name is likely a typo of, as the name was written", () => {
    const dir = tempDir("similar");
    writeFileSync(join(dir, "letter.yaml"), "body: x\n");
    const hints = (file: string) => error(() => readText(file, { cwd: dir })).problems[0]?.hints;
    expect(hints("letter.yml")).toEqual(["did you mean letter.yaml?"]);
    expect(hints("./letetr.yaml")).toEqual(["did you mean ./letter.yaml?"]);
    expect(hints("other.yaml")).toEqual(["check the path and the current folder"]);
  });

  it("refuses a file over the size limit before reading it", () => {
    const dir = tempDir("test");
    writeFileSync(join(dir, "big.yaml"), "x".repeat(2000));
    expect(
      error(() => readText("big.yaml", { cwd: dir, maxBytes: 1000 })).problems[0]?.message,
    ).toMatch(/is 2000 bytes; the limit is 1000/);
  });
});
