import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readRecords } from "../../src/batch/read-records.js";
import { namedEncoding } from "../../src/batch/strict-utf8.js";
import type { MissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The problem reading `bytes` in `encoding` finds, fed in chunks of `size`; undefined if none. */
function problemOf(encoding: string, bytes: Uint8Array, size = bytes.length) {
  const decode = namedEncoding(encoding, "p.csv");
  try {
    for (let at = 0; at < bytes.length; at += size) decode(bytes.subarray(at, at + size), false);
    decode(new Uint8Array(0), true);
  } catch (e) {
    return (e as MissiveError).problems[0];
  }
  return undefined;
}

// merge37: --records-encoding windows-1252 on a "CSV UTF-8" or a Google Sheets download read
// Siobhán as SiobhÃ¡n in every letter, without a word.
it("refuses a UTF-8 file named to be in a single-byte encoding, at its first character that is not ASCII", () => {
  const utf8 = Buffer.from("name,city\r\nAnn,Oslo\r\nSiobhán,Cork\r\n", "utf8");
  for (const size of [utf8.length, 1, 2, 3, 11, 12, 13, 23]) {
    const p = problemOf("windows-1252", utf8, size);
    expect(p?.message, `chunks of ${size}`).toBe(
      'the file is UTF-8, not windows-1252: "á" here is written as UTF-8 writes it, and would read as "Ã¡"',
    );
    expect(p?.location, `chunks of ${size}`).toMatchObject({ file: "p.csv", line: 3, col: 6 });
    expect(p?.hints).toEqual(["leave out --records-encoding: a UTF-8 file needs none"]);
  }
  // latin1 is windows-1252 by its WHATWG name; a Mac file's lines end with a CR alone.
  const mac = Buffer.from("name\rZoë\r", "utf8");
  expect(problemOf("latin1", mac)?.location).toMatchObject({ line: 2, col: 3 });
  expect(problemOf("macintosh", mac)?.message).toContain("not macintosh");
  const bom = Buffer.from("\ufeffname\nAnn\n", "utf8");
  expect(problemOf("windows-1250", bom)?.message).toBe(
    `the file is UTF-8, not windows-1250: it begins with UTF-8's byte-order mark, as Excel's "CSV UTF-8" writes it`,
  );
});

it("reads a file that is in the encoding named, and leaves multi-byte encodings alone", () => {
  expect(problemOf("windows-1252", Buffer.from("name\nSiobhán\n", "latin1"))).toBeUndefined();
  expect(problemOf("windows-1252", Buffer.from("name\nAnn\n", "utf8"))).toBeUndefined();
  // An é (E9) in Windows-1252 before a UTF-8-looking pair later on: judged by the first.
  expect(
    problemOf("windows-1252", Buffer.from("name\nJos\xe9 \xc3\xa1\n", "latin1")),
  ).toBeUndefined();
  // Shift JIS may take UTF-8's bytes as its own characters: not judged.
  expect(problemOf("shift_jis", Buffer.from("name\n日本\n", "utf8"))).toBeUndefined();
});

it("refuses the records of such a file before any record", async () => {
  const file = join(tempDir("utf8-named"), "p.csv");
  writeFileSync(file, "recipient\nAnn\nZoë\n");
  const read = async () => {
    for await (const _ of readRecords({ file, label: "p.csv", format: "csv", encoding: "cp1252" }));
  };
  await expect(read()).rejects.toMatchObject({ kind: "input" });
});
