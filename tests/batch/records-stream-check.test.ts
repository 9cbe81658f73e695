import { resolve } from "node:path";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import type { RecordFormat } from "../../src/batch/read-records.js";
import { MAX_LINE_BYTES, recordsStreamCheck } from "../../src/batch/records-stream-check.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = resolve(import.meta.dirname, "../../data/senate-itu-2020.yaml");

/**
 * A stream of this chunk, 32 MiB in all (as good as endless: it was copied whole before it was
 * refused, and a test without the check ends in moments), counting what was read of it.
 */
function endless(chunk: Buffer) {
  const read = { bytes: 0 };
  const stream = Readable.from(
    (function* () {
      while (read.bytes < 32 * 1024 * 1024) {
        read.bytes += chunk.length;
        yield chunk;
      }
    })(),
  );
  return { stream, read };
}

/** The stream's problem as shown, once `chunks` have been checked in turn. */
function refused(format: RecordFormat, chunks: Buffer[], encoding?: string): string | undefined {
  const check = recordsStreamCheck({ file: "-", label: "<stdin>", format, encoding });
  let before = 0;
  for (const chunk of chunks) {
    const e = check(chunk, before);
    const p = e?.problems[0];
    if (e)
      return `${e.kind} ${e.exitCode}: ${p?.location?.line ?? "-"}${p?.location?.col ? `:${p.location.col}` : ""}: ${e.message} (${p?.hints})`;
    before += chunk.length;
  }
  return undefined;
}

it("refuses a stream whose first chunk holds a NUL byte, at its line, where text is expected", () => {
  const nul = Buffer.from("recipient.0\nAnn\n\0\n");
  for (const format of ["csv", "jsonl", "yaml", "json"] as const)
    expect(refused(format, [nul])).toBe(
      "data 4: 3:1: the records hold a NUL byte: they are binary data, not the text of a records file (records are CSV, JSON Lines, YAML or JSON text, or a workbook named with --merge-format xlsx or ods)",
    );
  // Lines ended by a CR alone (an old Mac export) are lines, as the readers count them.
  expect(refused("csv", [Buffer.from("recipient.0\rAnn Lee\rBo\0b\r")])).toMatch(/^data 4: 3:3: /);
  // A workbook's zip, UTF-16 (its mark, or named) and a NUL past the first chunk are no guess.
  expect(refused("xlsx", [nul])).toBeUndefined();
  expect(refused("jsonl", [Buffer.from("PK\x03\x04\0\0")])).toBeUndefined();
  expect(refused("csv", [Buffer.from("\xff\xfea\0", "latin1")])).toBeUndefined();
  expect(refused("csv", [Buffer.from("a\0")], "utf-16le")).toBeUndefined();
  expect(refused("csv", [Buffer.from("a\n"), nul])).toBeUndefined();
});

it("refuses a stream past what its format is read to", () => {
  const mib = Buffer.alloc(1024 * 1024, 0x20);
  expect(refused("yaml", Array(17).fill(mib))).toBe(
    "data 4: -: the records stream is over 16 MiB, the most a YAML or JSON list may be, as it is read whole (write the records as CSV or JSON Lines (one record per line), which are read a record at a time)",
  );
  expect(refused("json", Array(16).fill(mib))).toBeUndefined();
  expect(refused("ods", Array(65).fill(mib))).toBe(
    "data 4: -: the records stream is over 64 MB, the most a workbook may be, as it is read whole (save the sheet as CSV, which is read a record at a time)",
  );
  const line = Buffer.alloc(MAX_LINE_BYTES / 4, 0x61);
  expect(refused("jsonl", Array(5).fill(line))).toBe(
    "data 4: -: the records stream runs 4 MiB without a line end, more than a record may hold (1048576 characters) (JSON Lines has one record per line; is this a records file?)",
  );
  expect(refused("csv", Array(5).fill(line))).toBe(
    "data 4: -: the records stream runs 4 MiB without a line end, more than a record may hold (1048576 characters) (CSV ends each row with a line end; is this a records file?)",
  );
  // Lines of any length up to the limit, each ended, go on and on.
  const ended = Buffer.concat([line, Buffer.from("\r\n")]);
  expect(refused("csv", Array(40).fill(ended))).toBeUndefined();
});

/** A merge of standard input that is 64 KiB chunks of one byte: its exit, stderr and bytes read. */
async function mergeOf(byte: number) {
  const input = endless(Buffer.alloc(64 * 1024, byte));
  const args = ["render", LETTER, "--merge", "-", "-o", "out"];
  const r = await runCli(args, { cwd: tempDir("stream-check"), stdin: input.stream });
  return { shown: [r.code, r.stderr], bytes: input.read.bytes };
}

// merge39: `--merge - < /dev/zero` copied 1 GiB into a temporary file before it was refused.
it("refuses standard input of zeros at its first chunk", async () => {
  const zeros = await mergeOf(0);
  expect(zeros.shown).toEqual([
    4,
    "error: <stdin>:1:1: the records hold a NUL byte: they are binary data, not the text of a records file\n" +
      "  hint: records are CSV, JSON Lines, YAML or JSON text, or a workbook named with --merge-format xlsx or ods\n",
  ]);
  expect(zeros.bytes).toBeLessThan(1024 * 1024);
});

it("refuses endless JSON Lines without a line end after 4 MiB, not 1 GiB", async () => {
  const letters = await mergeOf(0x61);
  expect(letters.shown).toEqual([
    4,
    "error: <stdin>: the records stream runs 4 MiB without a line end, more than a record may hold (1048576 characters)\n" +
      "  hint: JSON Lines has one record per line; is this a records file?\n",
  ]);
  expect(letters.bytes).toBeLessThan(8 * 1024 * 1024);
});

// review39: a CSV saved as UTF-16 without a byte-order mark was refused as binary data (its
// every other byte is 0), where the same file on disk is named "UTF-16 (little-endian) text,
// not UTF-8" with a hint to --records-encoding utf-16le; the reader now says so for stdin too.
it("leaves unmarked UTF-16 to the reader, which names its encoding", async () => {
  const csv = Buffer.from("recipient.0,salutation\nAnn,Dear Ann,\n", "utf16le");
  expect(refused("csv", [csv])).toBeUndefined();
  expect(refused("csv", [Buffer.from("recipient.0", "utf16le").swap16()])).toBeUndefined();
  const args = ["render", LETTER, "--merge", "-", "--merge-format", "csv", "-o", "out"];
  const r = await runCli(args, { cwd: tempDir("stream-check"), stdin: Readable.from([csv]) });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain("error: <stdin>: the file is UTF-16 (little-endian) text, not UTF-8");
});
