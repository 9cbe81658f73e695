import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS, type RecordFormat, readRecords } from "../../src/batch/read-records.js";
import { formatLocation, type MissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

const dir = tempDir("records");

async function read(name: string, text: string, format: RecordFormat) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = [];
  for await (const r of readRecords({ file, label: name, format })) out.push(r);
  return out;
}

const expected = [
  { index: 0, data: { recipient: ["Ann", "1 Main St"], salutation: "Dear Ann," } },
  { index: 1, data: { recipient: ["Bo"], salutation: "Dear Bo," } },
];

describe("readRecords", () => {
  it("reads CSV with dotted list headers, skipping empty cells", async () => {
    const recs = await read(
      "r.csv",
      'recipient.0,recipient.1,salutation\nAnn,1 Main St,"Dear Ann,"\nBo,,"Dear Bo,"\n',
      "csv",
    );
    expect(recs).toMatchObject(expected);
    expect(recs.map((r) => r.line)).toEqual([2, 3]);
  });

  it("reads YAML and JSON lists with the line of each item", async () => {
    const yaml = await read(
      "r.yaml",
      '- recipient: [Ann, 1 Main St]\n  salutation: "Dear Ann,"\n- recipient: [Bo]\n  salutation: "Dear Bo,"\n',
      "yaml",
    );
    expect(yaml).toMatchObject(expected);
    expect(yaml.map((r) => r.line)).toEqual([1, 3]);
    const json = await read(
      "r.json",
      JSON.stringify(
        expected.map((e) => e.data),
        null,
        1,
      ),
      "json",
    );
    expect(json).toMatchObject(expected);
  });

  it("reads JSON Lines, skipping blank lines and locating bad ones", async () => {
    const lines = expected.map((e) => JSON.stringify(e.data));
    const recs = await read("r.jsonl", `${lines[0]}\n\n${lines[1]}\n`, "jsonl");
    expect(recs).toMatchObject(expected);
    expect(recs.map((r) => r.line)).toEqual([1, 3]);
    await expect(read("bad.jsonl", `${lines[0]}\n{oops\n`, "jsonl")).rejects.toMatchObject({
      problems: [{ location: { file: "bad.jsonl", line: 2 } }],
    });
  });

  // Line ends are one rule for every input (line-ends.ts, audit33): a CR alone ended no JSON
  // Line, so a file saved with Mac line ends was "not valid JSON" at line 1, while the code
  // frame, which took the CR as a line end, showed its first record alone as that line.
  it("ends a JSON Line at LF, CRLF or a CR alone, also one a chunk's end cuts", async () => {
    const lines = expected.map((e) => JSON.stringify(e.data));
    for (const end of ["\n", "\r\n", "\r"]) {
      const recs = await read("r.jsonl", `${lines[0]}${end}${end}${lines[1]}${end}`, "jsonl");
      expect(recs).toMatchObject(expected);
      expect(recs.map((r) => r.line)).toEqual([1, 3]);
      await expect(
        read("bad.jsonl", `${lines[0]}${end}{oops${end}`, "jsonl"),
      ).rejects.toMatchObject({ problems: [{ location: { file: "bad.jsonl", line: 2 } }] });
    }
    // A CRLF whose CR ends the stream's first chunk (64 KiB) is one line end, not two.
    const head = `{"pad":"${"x".repeat(65_536 - 11)}"}`;
    expect(head.length + 1).toBe(65_536);
    const cut = await read("cut.jsonl", `${head}\r\n${lines[1]}\r\n`, "jsonl");
    expect(cut.map((r) => r.line)).toEqual([1, 2]);
  });

  // JSON.parse made 1.50 1.5 and an account number 12345678901234567000 in the letters, and
  // kept the last value of a key written twice; a .json file of the same records did neither.
  it("reads JSON Lines numbers as written and refuses a key twice, as a .json file", async () => {
    const text = '{"amount":1.50,"account":12345678901234567890}\n\n{"name":"Ann","name":"Bo"}\n';
    for (const [name, format] of [
      ["n.jsonl", "jsonl"],
      ["n.json", "json"],
    ] as const) {
      const lines = text.trim().split(/\n+/);
      const body = format === "json" ? `[${lines[0]}]` : `${lines[0]}\n`;
      expect((await read(name, body, format))[0]?.data).toEqual({
        amount: "1.50",
        account: "12345678901234567890",
      });
    }
    await expect(read("twice.jsonl", text, "jsonl")).rejects.toMatchObject({
      problems: [
        { message: "Map keys must be unique", location: { file: "twice.jsonl", line: 3, col: 15 } },
      ],
    });
  });

  it("refuses a CSV header that names an object's prototype, rather than drop its column", async () => {
    const headers = [
      ["__proto__.polluted", "__proto__"],
      ["recipient.constructor", "constructor"],
      ["prototype", "prototype"],
    ];
    for (const [h, key] of headers)
      await expect(read("proto.csv", `${h},salutation\nyes,Dear A\n`, "csv")).rejects.toMatchObject(
        {
          kind: "data",
          message: `CSV header 1 "${h}" uses ${key}, which no field may be named`,
          problems: [{ location: { file: "proto.csv", line: 1 } }],
        },
      );
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it.each([
    ["a YAML error", "- a: [1\n", "r.yaml", "<stdin>:2:1: a [ above this line is never closed"],
    ["UTF-16", "\uFEFF- a: 1\n", "r.json", "<stdin>: the file is UTF-16"],
  ])(
    "names a YAML or JSON records file by its label in %s, not by the copy read",
    async (_, text, name, start) => {
      const file = join(dir, name);
      writeFileSync(file, name === "r.json" ? Buffer.from(text, "utf16le") : text);
      const format: RecordFormat = name === "r.json" ? "json" : "yaml";
      const err = await (async () => {
        for await (const _ of readRecords({ file, label: "<stdin>", format }));
      })().catch((e: MissiveError) => e);
      const p = (err as MissiveError).problems[0];
      expect(`${formatLocation(p?.location)}: ${p?.message}`.startsWith(start)).toBe(true);
      expect(JSON.stringify(err)).not.toContain(dir);
    },
  );

  it.each([
    [
      "address,address.city\nMain St,Boston\n",
      'CSV header 2 "address.city" is a part of address, which header 1 sets whole',
    ],
    [
      "recipient.0.name,x,recipient.0\nAnn,1,Bo\n",
      'CSV header 1 "recipient.0.name" is a part of recipient.0, which header 3 sets whole',
    ],
    [
      "recipient.0,recipient.name\nAnn,Bo\n",
      'CSV header 2 "recipient.name" makes recipient a mapping, header 1 "recipient.0" a list',
    ],
    [
      "recipient.1,recipient.01\nAnn,Bo\n",
      'CSV header 2 "recipient.01" names the same field as header 1 "recipient.1"',
    ],
  ])(
    "refuses a header that names a part of another's field, rather than drop a cell: %j",
    async (text, message) => {
      await expect(read("overlap.csv", text, "csv")).rejects.toMatchObject({
        kind: "data",
        problems: [{ message, location: { file: "overlap.csv", line: 1 } }],
      });
    },
  );

  it.each([
    ["windows-1252", Buffer.from("name;n\r\nM\xfcller \x93Bear\x94;1\r\n", "latin1")],
    ["utf-16le", Buffer.from("\ufeffname\tn\r\nMüller “Bear”\t1\r\n", "utf16le")],
  ])("reads a CSV in the encoding --records-encoding names: %s", async (encoding, bytes) => {
    const file = join(dir, "enc.csv");
    writeFileSync(file, bytes);
    const got: unknown[] = [];
    for await (const r of readRecords({ file, label: "enc.csv", format: "csv", encoding }))
      got.push(r);
    expect(got).toEqual([{ index: 0, line: 2, data: { name: "Müller “Bear”", n: "1" } }]);
  });

  // Its lines end with a CR alone, and 上 holds a byte 0x0A in UTF-16LE: before, the check
  // that line breaks read as line breaks refused the file.
  it("reads a UTF-16 CSV whose lines end with a CR alone", async () => {
    const file = join(dir, "cr16.csv");
    writeFileSync(file, Buffer.from("\ufeffname\tn\r上田\t1\r", "utf16le"));
    const got: unknown[] = [];
    for await (const r of readRecords({
      file,
      label: "cr16.csv",
      format: "csv",
      encoding: "utf-16le",
    }))
      got.push(r.data);
    expect(got).toEqual([{ name: "上田", n: "1" }]);
  });

  // From the review: a header alone (no line break) holding Њ, whose UTF-16 has a byte 0x0A,
  // was "not utf-16le text"; it is read, and has no records.
  it("reads a UTF-16 file without a line break whose characters hold a byte 0x0A", async () => {
    const file = join(dir, "head16.csv");
    writeFileSync(file, Buffer.from("\ufeffName\tЊ", "utf16le"));
    const got: unknown[] = [];
    for await (const r of readRecords({
      file,
      label: "h.csv",
      format: "csv",
      encoding: "utf-16le",
    }))
      got.push(r);
    expect(got).toEqual([]);
  });

  // Before, a file read in an encoding not its own came out as one header line of CJK
  // characters, and the merge said "the records file has no records".
  it.each([
    [
      "8-bit text",
      "utf-16be",
      Buffer.from("name,n\nAnn,1\n"),
      "it looks like 8-bit text: leave out --records-encoding for UTF-8, or name its encoding (windows-1252)",
    ],
    [
      "UTF-16 of the other byte order",
      "utf-16le",
      Buffer.from("name,n\nAnn,1\n", "utf16le").swap16(),
      "it looks like UTF-16 (big-endian) text: --records-encoding utf-16be",
    ],
  ])("refuses %s read as %s, saying what it looks like", async (_what, encoding, bytes, hint) => {
    const file = join(dir, "wrong.csv");
    writeFileSync(file, bytes);
    const read = async () => {
      for await (const _ of readRecords({ file, label: "wrong.csv", format: "csv", encoding }));
    };
    await expect(read()).rejects.toMatchObject({
      kind: "input",
      problems: [
        {
          message: `the file is not ${encoding} text: its line breaks do not read as line breaks in ${encoding}`,
          location: { file: "wrong.csv" },
          hints: [hint],
        },
      ],
    });
  });

  it.each([
    [
      "a CSV from Excel's Windows-1252",
      "csv",
      Buffer.from("name,n\nAnn,1\nM\xfcller,2\n", "latin1"),
      "input: w.csv:3:2: not valid UTF-8: byte 0xfc",
    ],
    [
      "a CSV from Excel for Mac (Mac Roman, each line ended by a CR alone)",
      "csv",
      Buffer.from("name,n\rAnn,1\rM\x9fller,2\r", "latin1"),
      "input: w.csv:3:2: not valid UTF-8: byte 0x9f",
    ],
    [
      "JSON Lines in Latin-1",
      "jsonl",
      Buffer.from('{"a":1}\n{"a":"M\xfcller"}\n', "latin1"),
      "input: w.jsonl:2:8: not valid UTF-8: byte 0xfc",
    ],
    [
      "Excel's Unicode Text (UTF-16)",
      "csv",
      Buffer.from("\ufeffname\tn\r\nAnn\t1\r\n", "utf16le"),
      "input: w.csv: the file is UTF-16 (little-endian) text, not UTF-8",
    ],
  ])(
    "refuses records that are not UTF-8, never printing a replacement character: %s",
    async (_, format, bytes, error) => {
      const file = join(dir, `w.${format}`);
      writeFileSync(file, bytes);
      const err = await (async () => {
        for await (const _ of readRecords({
          file,
          label: `w.${format}`,
          format: format as RecordFormat,
        }));
      })().catch((e: MissiveError) => e);
      const e = err as MissiveError;
      expect(`${e.kind}: ${formatLocation(e.problems?.[0]?.location)}: ${e.message}`).toBe(error);
    },
  );

  it("reads characters of several bytes cut by the file's chunks, CSV and JSON Lines", async () => {
    const names = Array.from({ length: 3000 }, (_, i) => "é€😀a".repeat((i % 50) + 1));
    const csv = await read("mb.csv", `name\r\n${names.join("\r\n")}\r\n`, "csv");
    const jsonl = await read(
      "mb.jsonl",
      names.map((name) => JSON.stringify({ name })).join("\n"),
      "jsonl",
    );
    expect(csv.map((r) => r.data.name)).toEqual(names);
    expect(jsonl.map((r) => r.data.name)).toEqual(names);
  });

  it("names a CSV row with the wrong number of cells", async () => {
    await expect(read("bad.csv", "a,b\n1,2\n3\n", "csv")).rejects.toMatchObject({
      kind: "data",
      problems: [{ location: { file: "bad.csv", line: 3 } }],
    });
  });
});

describe("readRecords limits", () => {
  const failure = async (name: string, text: string, format: RecordFormat) => {
    try {
      await read(name, text, format);
    } catch (e) {
      const err = e as MissiveError;
      return `${err.kind}: ${formatLocation(err.problems[0]?.location)}: ${err.message}`;
    }
    return "no error";
  };
  const huge = "x".repeat(MAX_RECORD_CHARS + 1);

  it("locates the alias at which a records file's aliases expand too far (a billion laughs)", async () => {
    const laughs = [
      "- name: Ann",
      `  a: &a [${Array(9).fill("lol").join(",")}]`,
      ...["b", "c", "d", "e"].map(
        (k, i) => `  ${k}: &${k} [${Array(9).fill(`*${"abcd"[i]}`).join(",")}]`,
      ),
    ].join("\n");
    // Before, of the file alone: "people.yaml: YAML aliases expand too far: …".
    expect(await failure("people.yaml", laughs, "yaml")).toBe(
      "data: people.yaml:4:34: YAML aliases expand too far at *b: Excessive alias count indicates a resource exhaustion attack",
    );
  });

  it("stops at a YAML or JSON list's record longer than a letter's data file may be", async () => {
    // Before, a record of 10 MB was merged: 13 s and 1.3 GB laying out its body, then
    // "Markdown nested too deeply to read", where a letter's own data may hold 4 MiB.
    const limit = 4 * 1024 * 1024;
    const body = "word ".repeat(limit / 5 + 1);
    const said = `a record is over ${limit.toLocaleString("en-US")} characters, more than a letter's data file may hold`;
    expect(await failure("r.yaml", `- body: short\n- body: ${body}\n`, "yaml")).toBe(
      `data: r.yaml:2: ${said}`,
    );
    const list = JSON.stringify([{ body: "short" }, { recipient: ["Ann", body] }], null, 1);
    expect(await failure("r.json", list, "json")).toBe(`data: r.json:5: ${said}`);
    // A letter's worth of signers, over a CSV record's 1 MiB, is read.
    const signers = Array.from({ length: 60_000 }, (_, i) => `    - { name: S${i}, title: T }`);
    expect(await read("ok.yaml", `- signers:\n${signers.join("\n")}\n`, "yaml")).toHaveLength(1);
  });

  it("refuses a YAML or JSON list over 16 MiB before parsing it, pointing to CSV and JSON Lines", async () => {
    // Before, 64 MiB were allowed: a JSON list of a million one-field records (16 MB) took
    // 68 s and 2.6 GB to parse, and one of 64 MiB ran out of memory.
    const text = `[${Array(1_100_000).fill('{"subject":"x"}').join(",")}]`;
    expect(await failure("many.json", text, "json")).toBe(
      `data: many.json: the records file is ${text.length.toLocaleString("en-US")} bytes; a YAML or JSON list may be 16 MiB, as it is read whole`,
    );
  });

  it("stops at a JSON Lines record longer than the limit, also one with no line end", async () => {
    expect(await failure("long.jsonl", `{"a": 1}\n{"a": "${huge}"}\n`, "jsonl")).toBe(
      "data: long.jsonl:2: a record is over 1048576 characters",
    );
    expect(await failure("endless.jsonl", huge, "jsonl")).toBe(
      "data: endless.jsonl:1: a record is over 1048576 characters",
    );
  });

  it("stops at a CSV record longer than the limit, at the line it starts", async () => {
    expect(await failure("long.csv", `a,b\nA,1\n\nB,${huge}\nC,2\n`, "csv")).toBe(
      "data: long.csv:4: CSV: a record is over 1048576 characters",
    );
  });

  // A quote never closed in a large file meets the limit far below the quote.
  const rows = Array.from({ length: 60000 }, (_, i) => `N${i},${i} more text`).join("\n");
  it.each([
    ["at the start of a line", `a,b\nA,1\n"Bo,2\n${rows}\n`, "3:1"],
    [
      "after an empty line, CRLF",
      `a,b\r\nA,1\r\n\r\nB,"x\r\n${rows.replace(/\n/g, "\r\n")}`,
      "4:3",
    ],
    ["a quoted cell that is too long", `a\n"${huge}xx"\n`, "2:1"],
  ])(
    "locates a CSV record over the limit in a quoted cell at its quote: %s",
    async (_, text, at) => {
      expect(await failure("open.csv", text, "csv")).toBe(
        `data: open.csv:${at}: CSV: a record is over 1048576 characters, in the quoted cell opened here`,
      );
    },
  );

  it("refuses a device as the records file (a link to /dev/zero never ends)", async () => {
    const errs = [];
    try {
      for await (const _ of readRecords({ file: "/dev/zero", label: "z.jsonl", format: "jsonl" }));
    } catch (e) {
      errs.push((e as Error).message);
    }
    expect(errs).toEqual(["cannot read z.jsonl: it is a device, not a regular file"]);
  });
});

it("reports every CSV parser error as the file's, a quote after other text too", async () => {
  await expect(read("quote.csv", '\u0000"\n', "csv")).rejects.toMatchObject({
    kind: "data",
    problems: [{ message: expect.stringMatching(/^CSV: /), location: { file: "quote.csv" } }],
  });
});

describe("CSV from any spreadsheet", () => {
  it.each([
    ["comma", "a,b\n1,2\n"],
    ["semicolon (European Excel)", "a;b\n1;2\n"],
    ["tab", "a\tb\n1\t2\n"],
    ["semicolon with commas in cells", '"a";b\n"1,5";2\n'],
  ])("detects the delimiter: %s", async (_, text) => {
    const [r] = await read("d.csv", text, "csv");
    expect(Object.keys(r?.data ?? {})).toEqual(["a", "b"]);
  });

  // merge38: Excel writes (and reads) a first line `sep=;` naming the delimiter; it was read
  // as a header of one column, and every record refused as "3 cells, the header 2".
  it("takes the delimiter Excel's first line sep= names, and reads the header after it", async () => {
    for (const [text, lines] of [
      ["sep=;\na;b\n1,5;2\n", [3]],
      ["\uFEFFsep=,\r\na,b\r\n1;5,2\r\n", [3]],
      ['"sep=;"\na;b\n1,5;2\n\n3;4\n', [3, 5]],
    ] as const) {
      const recs = await read("sep.csv", text, "csv");
      expect(
        recs.map((r) => Object.keys(r.data)),
        text,
      ).toEqual(lines.map(() => ["a", "b"]));
      expect(
        recs.map((r) => r.line),
        text,
      ).toEqual(lines);
    }
    // A header that only starts so is a header.
    const [r] = await read("sep2.csv", "sep=x,b\n1,2\n", "csv");
    expect(r?.data).toEqual({ "sep=x": "1", b: "2" });
  });

  it("skips a column with no header (a trailing delimiter Excel writes) unless it holds a value", async () => {
    const recs = await read("trailing.csv", "name;note;;\r\nAnn;x;;\r\n", "csv");
    expect(recs.map((r) => r.data)).toEqual([{ name: "Ann", note: "x" }]);
    await expect(read("stray.csv", "name,note,\nAnn,x,\nBo,y,z\n", "csv")).rejects.toMatchObject({
      kind: "data",
      problems: [
        {
          message: "CSV column 3 has no name in the header row, but this row has a value in it",
          location: { file: "stray.csv", line: 3 },
        },
      ],
    });
    await expect(read("none.csv", ",\n,\n", "csv")).rejects.toMatchObject({
      problems: [{ message: "the CSV header row names no field", location: { line: 1 } }],
    });
  });

  it("skips a row of empty cells, as Excel writes for a blank row and Salesforce before its footer", async () => {
    const recs = await read("blank.csv", 'name;n\r\nAnn;1\r\n;\r\n"";""\r\n ; \r\nBo;2\r\n', "csv");
    expect(recs).toEqual([
      { index: 0, line: 2, data: { name: "Ann", n: "1" } },
      { index: 1, line: 6, data: { name: "Bo", n: "2" } },
    ]);
  });

  it.each([
    ["Hausnr.", "Hausnr"],
    ["Tel. Nr", "Tel Nr"],
  ])("says a header's dot nests fields, for an abbreviation like %j", async (header, plain) => {
    await expect(read("dot.csv", `Name;${header}\nA;1\n`, "csv")).rejects.toMatchObject({
      problems: [
        {
          message: `CSV header 2 "${header}" is not a field name`,
          location: { file: "dot.csv", line: 1 },
          hints: [
            `a dot in a header nests fields (sender.name is the name in sender): rename the column without it, e.g. "${plain}"`,
            "name fields like recipient.name, or recipient.0, recipient.1 for list lines",
          ],
        },
      ],
    });
  });

  it("reads headers with spaces inside a name, not around it", async () => {
    const [r] = await read("crm.csv", "First Name,address.Zip Code\nAnn,02110\n", "csv");
    expect(r?.data).toEqual({ "First Name": "Ann", address: { "Zip Code": "02110" } });
    await expect(read("sp.csv", "name ,x\nAnn,1\n", "csv")).rejects.toMatchObject({
      problems: [
        {
          message: 'CSV header 1 "name " starts or ends with a space',
          location: { file: "sp.csv", line: 1 },
          hints: ['write it "name"'],
        },
      ],
    });
  });

  it("takes the delimiter given, over the one detected", async () => {
    const file = join(dir, "given.csv");
    writeFileSync(file, "a|b;c\n1|2;3\n");
    const out = [];
    for await (const r of readRecords({ file, label: "given.csv", format: "csv", delimiter: "|" }))
      out.push(r.data);
    expect(out).toEqual([{ a: "1", "b;c": "2;3" }]);
  });

  // Before, a file from Excel for Mac (lines ended by CR alone) was "this row has 4 cells".
  it("reads lines ended by CR alone, and mixed line ends, each record at its line", async () => {
    const recs = await read("mac.csv", 'name,note\rAnn,"one\rtwo"\r\nBo,y\nCy,z\r', "csv");
    expect(recs.map((r) => [r.line, r.data])).toEqual([
      [2, { name: "Ann", note: "one\ntwo" }],
      [4, { name: "Bo", note: "y" }],
      [5, { name: "Cy", note: "z" }],
    ]);
  });

  it("reads a BOM, CRLF line ends and quoted line breaks, each record at its first line", async () => {
    const recs = await read(
      "excel.csv",
      '\uFEFFname;note\r\nAnn;"one\r\ntwo"\r\n\r\nBo;three\r\n',
      "csv",
    );
    expect(recs.map((r) => [r.line, r.data])).toEqual([
      [2, { name: "Ann", note: "one\ntwo" }],
      [5, { name: "Bo", note: "three" }],
    ]);
  });

  it.each([
    ["on its own line, at the end", 'name,note\nAnn,x\n"Bo,y\nCy,z\n', 3, 1],
    ["after empty lines, no last line end", 'name,note\nAnn,x\n\n\nBo,"y\n\nCy,z', 5, 4],
    [
      "after a quoted line break and doubled quotes",
      'name,note\r\n"A\r\nn","a ""b"""\r\nBo,"y\r\n',
      4,
      4,
    ],
  ])("reports a quote never closed where it was opened: %s", async (_, text, line, col) => {
    await expect(read("open.csv", text, "csv")).rejects.toMatchObject({
      kind: "data",
      problems: [
        {
          message: "CSV: this quote is never closed: the cell runs to the end of the file",
          location: { file: "open.csv", line, col },
          hints: [
            'close the quoted cell with a quote; a quote inside a cell is doubled: "Ann ""the"" Lee"',
          ],
        },
      ],
    });
  });

  it.each([
    ["more cells than the header", "a,b\n1,2,3\n", "CSV: this row has 3 cells, the header 2"],
    ["fewer cells", "a,b\n1,2\n3\n", "CSV: this row has 1 cell, the header 2"],
    [
      "a quote inside a cell",
      'a,b\n1,Ann "the" Lee\n',
      'CSV: cell 2 has a quote in it but is not quoted: Ann "…',
    ],
    ["text after a closing quote", 'a,b\n"1"x,2\n', "CSV: cell 1 goes on after its closing quote"],
  ])("says what is wrong with a row in a spreadsheet's terms: %s", async (_, text, message) => {
    const err = await read("rows.csv", text, "csv").catch((e: MissiveError) => e);
    expect((err as MissiveError).problems?.[0]?.message).toBe(message);
  });

  it("locates malformed quoting after a quoted line break, with how to quote", async () => {
    await expect(
      read("q.csv", 'name,note\r\nAnn,"a\r\nb"\r\nAnn "the" Lee,x\r\n', "csv"),
    ).rejects.toMatchObject({
      kind: "data",
      problems: [
        {
          message: 'CSV: cell 1 has a quote in it but is not quoted: Ann "…',
          location: { file: "q.csv", line: 4 },
          hints: ['a cell with a quote in it is quoted, its quotes doubled: "Ann ""the"" Lee"'],
        },
      ],
    });
  });
});

// Before, "cannot read s.csv: ENXIO" (a socket cannot be opened), for CSV and workbooks alike.
it.each(["csv", "xlsx"] as const)(
  "refuses a socket as a %s records file, saying it is one",
  async (format) => {
    const file = join(tempDir("records-socket"), `s.${format}`);
    const server = createServer();
    await new Promise<void>((done) => server.listen(file, done));
    try {
      const read = async () => {
        for await (const _ of readRecords({ file, label: `s.${format}`, format }));
      };
      await expect(read()).rejects.toThrow(
        `cannot read s.${format}: it is a socket, not a regular file`,
      );
    } finally {
      server.close();
    }
  },
);
