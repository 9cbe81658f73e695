import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { MissiveError } from "../../src/errors.js";
import { parseYaml } from "../../src/load/parse-yaml.js";

const parse = (text: string) => parseYaml({ file: "letter.yaml", text });

function problems(text: string) {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof MissiveError) return e.problems;
    throw e;
  }
  throw new Error("expected an error");
}

describe("parseYaml", () => {
  it("keeps values YAML would change as the text the user wrote", () => {
    expect(parse("zip: 02134\nanswer: NO\non: yes\ndate: 2020-03-11\nprice: 1.50\n").value).toEqual(
      {
        zip: "02134",
        answer: "NO",
        on: "yes",
        date: "2020-03-11",
        price: "1.50",
      },
    );
  });

  it("still reads plain numbers and booleans", () => {
    expect(parse("columns: 3\nscale: 2.5\nneg: -1\nflag: true\n").value).toEqual({
      columns: 3,
      scale: 2.5,
      neg: -1,
      flag: true,
    });
  });

  it("does not switch on YAML 1.1 typing with a %YAML 1.1 directive", () => {
    expect(parse("%YAML 1.1\n---\nanswer: NO\nzip: 02134\nwhen: 2020-03-11\n").value).toEqual({
      answer: "NO",
      zip: "02134",
      when: "2020-03-11",
    });
  });

  it("reports duplicate keys with their line and column", () => {
    expect(problems("name: a\ndate: 2020-03-11\nname: b\n")).toEqual([
      {
        message: "Map keys must be unique",
        location: { file: "letter.yaml", line: 3, col: 1 },
        hints: ["each key may appear once in a mapping; remove or rename one"],
      },
    ]);
  });

  it('takes a key written twice as text, 1 and "1" alike, as the data would', () => {
    expect(problems('a:\n  1: x\n  "1": y\n').map((p) => p.location)).toEqual([
      { file: "letter.yaml", line: 3, col: 3 },
    ]);
  });

  // The yaml package compared each key with all before it, and locate looked through them all:
  // a letter of 100,000 keys took an hour to say that they are unknown. Linear, this takes a
  // second or two; quadratic again, it would run into the suite's test timeout (a hang guard,
  // not a speed target: tests assert no times).
  it("reads and locates the keys of a large mapping in time linear in them", () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
    const yaml = parse(keys.map((k) => `${k}: x`).join("\n"));
    for (const k of keys) yaml.locateKey(k);
    expect(yaml.locateKey("k99999")).toMatchObject({ line: 100_000, col: 1 });
  });

  // Before, a value of thousands of colons (each nests a mapping as YAML reads it) ran the
  // parser out of stack and said "data is nested too deeply to read", of no line, though the
  // parser had met the mistake at its place first.
  it("locates a mistake met before the parser ran out of stack", () => {
    const [p, ...rest] = problems(`subject: Re: ${"a: ".repeat(20_000)}b\nbody: hi\n`);
    expect(p?.message).toBe("Nested mappings are not allowed in compact mappings");
    expect(p?.location).toEqual({ file: "letter.yaml", line: 1, col: 10 });
    expect(rest).toEqual([]);
  });

  it("reports syntax errors located", () => {
    const [p] = problems("recipient:\n  - a\n - b\n");
    expect(p?.location).toMatchObject({ file: "letter.yaml", line: 3 });
  });

  // Before, such a key became the field "[ a, b ]" and Node printed a warning of the yaml
  // package on stderr ("Keys with collection values will be stringified").
  // Before, at the end of the file (3:1 here), with the hint to check the indentation.
  // Before: "Nested mappings are not allowed in compact mappings", hint "a value containing
  // `: ` must be quoted", for a US salutation ending in a colon, which has no ": " in it.
  it("shows a value with a colon in it written in quotes", () => {
    expect(problems("salutation: Dear Mr. O'Neill:\nbody: x\n")).toEqual([
      {
        message: `the colon in "Dear Mr. O'Neill:" makes YAML read the words before it as a key`,
        location: { file: "letter.yaml", line: 1, col: 13 },
        hints: [`put the value in quotes: salutation: "Dear Mr. O'Neill:"`],
      },
    ]);
    expect(problems('signers:\n  - title: Chair: "Board"\n')[0]?.hints).toEqual([
      'put the value in quotes:   - title: "Chair: \\"Board\\""',
    ]);
  });

  // From the review: the hint's pattern took 381 s over a run of 300,000 spaces.
  it("hints at a long line's colon without reading it for ever", () => {
    const [p] = problems(`subject: Re: x${" ".repeat(300_000)}y\nbody: hi\n`);
    expect(p?.location).toMatchObject({ line: 1, col: 10 });
    expect(p?.hints).toEqual([
      "check the indentation: the items of a list, and the keys of a mapping, start in the same column, with spaces",
    ]);
  });

  // Before, four problems for the one tab (three of them the parser's reading of the rest of
  // the line), and the hint to check "the same number of spaces".
  it("says a tab is not indentation, once for its line", () => {
    expect(problems("body: |\n  - a\n\t- b\n")).toEqual([
      {
        message: "Block scalar lines must not be less indented than their first line",
        location: { file: "letter.yaml", line: 3, col: 1 },
        hints: ["this line is indented with a tab; YAML indents with spaces only: replace the tab"],
      },
    ]);
  });

  // Before: "Flow sequence in block collection must be sufficiently indented and end with a ]",
  // hint: check the indentation.
  it("says a [ or { is never closed", () => {
    expect(problems("lines: [a, b\nbody: x\n")).toEqual([
      {
        message: "a [ above this line is never closed",
        location: { file: "letter.yaml", line: 2, col: 1 },
        hints: ["close it with ] on the line it opens, or indent the lines it runs over"],
      },
    ]);
  });

  // Before, the hint about a value's colon for a list item one space out of line.
  it("hints at the indentation for a list item out of line", () => {
    expect(problems("recipient:\n  - a\n - b\n")).toEqual([
      {
        message: "A block sequence may not be used as an implicit map key",
        location: { file: "letter.yaml", line: 3, col: 1 },
        hints: [
          "check the indentation: the items of a list, and the keys of a mapping, start in the same column, with spaces",
        ],
      },
    ]);
  });

  it("places a quote that is never closed where it opens", () => {
    for (const q of ['"', "'"])
      expect(problems(`template: business\nbody: ${q}unclosed\nmore: x\n`)).toEqual([
        {
          message: `Missing closing ${q}quote`,
          location: { file: "letter.yaml", line: 2, col: 7 },
          hints: [
            "this quote is never closed, so the value runs on to the end: add the closing quote",
          ],
        },
      ]);
  });

  it("refuses a key that is a list or a mapping, located, without a process warning", async () => {
    const warnings: unknown[] = [];
    const listen = (w: unknown) => warnings.push(w);
    process.on("warning", listen);
    try {
      expect(problems("body: hi\n? [a, b]\n: x\n? {c: d}\n: y\n")).toEqual([
        {
          message: "a key must be text, not a list",
          location: { file: "letter.yaml", line: 2, col: 3 },
          hints: ["name each field with a word, as `recipient:`"],
        },
        {
          message: "a key must be text, not a mapping",
          location: { file: "letter.yaml", line: 4, col: 3 },
          hints: ["name each field with a word, as `recipient:`"],
        },
      ]);
      // Node emits a warning on the next tick.
      await new Promise((done) => setImmediate(done));
    } finally {
      process.off("warning", listen);
    }
    expect(warnings).toEqual([]);
  });

  it("refuses a value with a tag of YAML 1.1 or of a program, at the tag", () => {
    const text =
      "a: !!binary aGVsbG8=\nb: !!timestamp 2020-03-11\nc: !!set {x, y}\nd: !!omap [{x: 1}]\ne: !js/function f\nf: &k !<tag:yaml.org,2002:set> {x}\n";
    const found = problems(text);
    expect(found.map((p) => `${p.location?.line}:${p.location?.col} ${p.message}`)).toEqual([
      "1:4 the YAML tag !!binary is not read: a value is text, a number, true or false, a list or a mapping",
      "2:4 the YAML tag !!timestamp is not read: a value is text, a number, true or false, a list or a mapping",
      "3:4 the YAML tag !!set is not read: a value is text, a number, true or false, a list or a mapping",
      "4:4 the YAML tag !!omap is not read: a value is text, a number, true or false, a list or a mapping",
      "5:4 the YAML tag !js/function is not read: a value is text, a number, true or false, a list or a mapping",
      "6:7 the YAML tag !!set is not read: a value is text, a number, true or false, a list or a mapping",
    ]);
    expect(found[0]?.hints).toEqual(["remove !!binary and write the value out"]);
  });

  it("reads the core schema's own tags as the values they name", () => {
    expect(
      parse("a: !!str 5\nb: ! 6\nc: !!map {x: !!int 1}\nd: !!seq [!!bool true]\n").value,
    ).toEqual({
      a: "5",
      b: "6",
      c: { x: 1 },
      d: [true],
    });
  });

  it("says in its own words that a file holds a second document", () => {
    expect(problems("a: 1\n---\nb: 2\n")).toEqual([
      {
        message: "a second YAML document starts here (`---`)",
        location: { file: "letter.yaml", line: 2, col: 1 },
        hints: [
          "a file holds one document: remove the `---` line and what follows, or split the file",
        ],
      },
    ]);
  });

  // Before, exit 70 with a stack trace: the problems were appended with push(...found), one
  // argument each, and a list of 200,000 tagged values (1.2 MB) has as many. In a thread of a
  // small stack, as a test thread's large one hides the overflow at this size.
  it("tells every tag it does not read, however many", async () => {
    const text = `x: [${Array(50_000).fill("!t 1").join(", ")}]`;
    const code = `const { parentPort, workerData } = require("node:worker_threads");
import(workerData.module).then(({ parseYaml }) => {
  try {
    parseYaml({ file: "letter.yaml", text: workerData.text });
    parentPort.postMessage({ error: "parsed" });
  } catch (e) {
    parentPort.postMessage(e.problems ? { count: e.problems.length, first: e.problems[0].message } : { error: String(e.message) });
  }
});`;
    const module = new URL("../../dist/load/parse-yaml.js", import.meta.url).href;
    const worker = new Worker(code, {
      eval: true,
      workerData: { text, module },
      resourceLimits: { stackSizeMb: 0.5 },
    });
    const said = await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(said).toEqual({
      count: 50_000,
      first:
        "the YAML tag !t is not read: a value is text, a number, true or false, a list or a mapping",
    });
  }, 30_000);

  // Before, "YAML aliases expand too far: Unresolved alias (the anchor must be set before
  // the alias): sig" of the file, with the hint about alias bombs.
  it("locates an alias that names no anchor set before it", () => {
    expect(problems("a: *sig\nb: &sig x\nc: [&t y, *t, *u]")).toEqual([
      {
        message: "the alias *sig names no anchor &sig set before it",
        location: { file: "letter.yaml", line: 1, col: 4 },
        hints: ["set &sig on a value above, or write the value out"],
      },
      {
        message: "the alias *u names no anchor &u set before it",
        location: { file: "letter.yaml", line: 3, col: 15 },
        hints: ["set &u on a value above, or write the value out"],
      },
    ]);
  });

  it("refuses alias bombs instead of expanding them", () => {
    const bomb = [
      "a: &a [x,x,x,x,x,x,x,x,x,x]",
      ...["b", "c", "d", "e"].map(
        (k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcd"[i]}`).join(",")}]`,
      ),
    ].join("\n");
    // Before, of the file alone: "letter.yaml: YAML aliases expand too far: …".
    expect(problems(bomb)[0]).toEqual({
      message:
        "YAML aliases expand too far at *b: Excessive alias count indicates a resource exhaustion attack",
      location: { file: "letter.yaml", line: 3, col: 32 },
      hints: ["a letter does not need deeply nested aliases; write the values out"],
    });
  });

  it("refuses data nested too deeply", () => {
    expect(problems(`${"[".repeat(80)}${"]".repeat(80)}`)[0]?.message).toMatch(
      /nested more than 64 levels/,
    );
  });

  it("locates any data path, or its nearest parent", () => {
    const y = parse("template: senate\nsigners:\n  - name: A\n  - name: B\n    title: T\n");
    expect(y.locate("signers.1.title")).toEqual({
      file: "letter.yaml",
      line: 5,
      col: 12,
      path: "signers.1.title",
    });
    expect(y.locate("signers.1.missing")).toEqual({
      file: "letter.yaml",
      line: 4,
      col: 5,
      path: "signers.1.missing",
    });
  });

  it("locates a character of a block scalar where it is written, the second of the same words too", () => {
    const text =
      'body: |2 # Total: {{n}}\n  Total: {{n}}\n\n    Total: {{n}}\nx: "Total: {{n}}, Total: {{n}}"\n';
    const y = parse(text);
    const body = String((y.value as { body: string }).body);
    expect(body).toBe("Total: {{n}}\n\n  Total: {{n}}\n");
    const at = (offset: number) => {
      const { line, col } = y.locateAt("body", offset);
      return [line, col];
    };
    // The header's comment is not the value; the second line is indented two more.
    expect(at(body.indexOf("{{"))).toEqual([2, 10]);
    expect(at(body.lastIndexOf("{{"))).toEqual([4, 12]);
    expect(at(body.lastIndexOf("Total"))).toEqual([4, 5]);
    // Spaces before the text are skipped; past its end is the value's place.
    expect(at(body.lastIndexOf("Total") - 2)).toEqual([4, 5]);
    expect(y.locateAt("body", body.length)).toMatchObject({ line: 1, col: 7, path: "body" });
    // A quoted text too: the second {{n}} of the line.
    expect(y.locateAt("x", 21)).toMatchObject({ line: 5, col: 26, path: "x" });
  });
});
