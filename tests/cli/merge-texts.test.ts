import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A personal letter whose texts use record values. */
const LETTER = `template: personal
date: 2024-05-01
sender:
  name: Ann Writer
recipient:
  - "{{first_name}} {{last_name}}"
  - 1 Main St
salutation: "Dear {{first_name}},"
body: |
  Thank you for {{plural count one="# order" other="# orders"}} of {{currency amount "EUR"}}.
  {{#if vip}}As a *valued* member you get a discount.{{/if}}

  Your note: {{note}}
closing: Yours,
`;

function setUp(csv: string): string {
  const dir = tempDir("merge-texts");
  writeFileSync(join(dir, "letter.yaml"), LETTER);
  writeFileSync(join(dir, "p.csv"), csv);
  return dir;
}

const merge = (...extra: string[]) => [
  "render",
  "letter.yaml",
  "--merge",
  "p.csv",
  "-o",
  "out",
  "-f",
  "txt",
  "-j",
  "1",
  ...extra,
];

const HEAD = "first_name,last_name,count,amount,vip,note";

describe("render --merge with record values in the text", () => {
  it("personalises the texts, inserts values as text and names files by extra columns", async () => {
    const dir = setUp(
      `id,${HEAD}\n7,Ann,Lee,1,12.5,yes,"*not bold* <b>x</b> {{first_name}} [x](y)"\n8,Bo,Kim,3,1234.5,,plain\n`,
    );
    const r = await runCli(merge("--name", "{{id}}-{{slug last_name}}.txt"), { cwd: dir });
    expect(r.stderr).toBe("done merged 2 records: 2 rendered → out\n");
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "7-lee.txt",
      "8-kim.txt",
      "manifest.json",
    ]);
    const ann = readFileSync(join(dir, "out/7-lee.txt"), "utf8");
    expect(ann).toMatch(/Ann Lee\n1 Main St\n\nDear Ann,\n/);
    expect(ann).toMatch(
      /Thank you for 1 order of €12\.50\. As a valued member you get a discount\./,
    );
    expect(ann.replace(/\s+/g, " ")).toMatch(
      /Your note: \*not bold\* <b>x<\/b> \{\{first_name\}\} \[x\]\(y\)/,
    );
    const bo = readFileSync(join(dir, "out/8-kim.txt"), "utf8");
    expect(bo).toMatch(/Thank you for 3 orders of €1,234\.50\.\n\nYour note: plain/);
  });

  it("stops before writing anything when a record lacks a field a text uses", async () => {
    const dir = setUp(`${HEAD.replace(",note", "")}\nAnn,Lee,1,2,\n`);
    const r = await runCli(merge(), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      "error: letter.yaml:13:14: body: record 1 (p.csv:2): note is not set in the record",
    );
    expect(r.stderr).toContain(
      "hint: set note in every record (an empty cell sets nothing), or wrap it in {{#if note}}…{{/if}}",
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("annotates a record's problem at its records file and line under GitHub Actions, kept going or not", async () => {
    const dir = setUp(`${HEAD.replace(",note", "")}\nAnn,Lee,1,2,\n`);
    const annotation =
      "::error file=p.csv,line=2::letter.yaml:13:14: body: record 1 (p.csv:2): note is not set in the record\n";
    const env = { GITHUB_ACTIONS: "true" };
    const stopped = await runCli(merge(), { cwd: dir, env });
    expect(stopped.code).toBe(4);
    expect(stopped.stderr).toContain(annotation);
    const kept = await runCli(merge("--keep-going"), { cwd: dir, env });
    // Every record failed: the first failure's code, as without --keep-going.
    expect(kept.code).toBe(4);
    expect(kept.stderr).toMatch(
      /^::error file=p\.csv,line=2::record 1 \(p\.csv:2\): letter\.yaml:13:14: body: note is not set/m,
    );
  });

  it("refuses a column nothing uses, with a did-you-mean, unless --allow-unused", async () => {
    // (Not `nots` beside a `note` the record sets: merge38 names no such column a misspelling.)
    const dir = setUp(`${HEAD},salutaion,id\nAnn,Lee,1,2,,n,Hi,7\n`);
    const r = await runCli(merge(), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      "error: p.csv:2: salutaion: record 1 (p.csv:2): salutaion is not a field of the letter, and no text or --name uses it",
    );
    expect(r.stderr).toContain("hint: did you mean `salutation`?");
    expect(r.stderr).toContain("or pass --allow-unused to ignore them");
    // Dropped, a column that looks like a misspelt field is still named; `id` is not.
    const ok = await runCli(merge("--allow-unused"), { cwd: dir });
    expect(ok.stderr).toBe(
      [
        "warning: record 1 (p.csv:2): column salutaion is dropped (--allow-unused), but looks like a misspelt `salutation`",
        "done merged 1 record: 1 rendered → out",
        "",
      ].join("\n"),
    );
  });

  // A CRM export's lookalike column is in every row: its warning filled stderr's twenty lines
  // with one message, and a record's own warning went to the manifest only.
  it("tells a warning every letter has once, and counts its repeats", async () => {
    const rows = ["Ann,Lee,1,2,,n,Hi", "Bo,Kim,1,2,,n,Hi", "Cy,Ode,1,2,,n,Hi"];
    const dir = setUp(`${HEAD},salutaion\n${rows.join("\n")}\n`);
    const ok = await runCli(merge("--allow-unused"), { cwd: dir });
    expect(ok.stderr).toBe(
      [
        "warning: record 1 (p.csv:2): column salutaion is dropped (--allow-unused), but looks like a misspelt `salutation`",
        "warning: 2 more warnings are listed in the manifest (2 of them the same as one above, for another record)",
        "done merged 3 records: 3 rendered → out",
        "",
      ].join("\n"),
    );
  });

  // merge38: a contacts export's columns come in families (Google's `note 1 - Type` beside
  // `note`), and each dropped one was warned as a misspelling of a column the record sets.
  it("names no dropped column a misspelling of a name the record sets itself", async () => {
    const dir = setUp(`${HEAD},nots,notes\nAnn,Lee,1,2,,n,x,y\n`);
    const ok = await runCli(merge("--allow-unused"), { cwd: dir });
    expect(ok.stderr).toBe("done merged 1 record: 1 rendered → out\n");
  });

  it("reports every column nothing uses at once, each with its did-you-mean", async () => {
    const dir = setUp(`${HEAD},email,salutaion\nAnn,Lee,1,2,,n,a@b.c,Hi\n`);
    const r = await runCli(merge(), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      [
        "error: p.csv:2: email: record 1 (p.csv:2): email is not a field of the letter, and no text or --name uses it",
        "2 | Ann,Lee,1,2,,n,a@b.c,Hi",
        "error: p.csv:2: salutaion: record 1 (p.csv:2): salutaion is not a field of the letter, and no text or --name uses it",
        "2 | Ann,Lee,1,2,,n,a@b.c,Hi",
        "  hint: did you mean `salutation`?",
        "  hint: use them in the letter's text ({{email}}) or in --name, or pass --allow-unused to ignore them",
        "  hint: nothing was written; --keep-going renders the other records",
        "2 problems found",
        "",
      ].join("\n"),
    );
  });

  it("tells a problem every record has once, at its first record, with the others' numbers", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `P${i},Lee,1,2,,n,p${i}@b.c`);
    const dir = setUp(`${HEAD},email\n${rows.join("\n")}\n`);
    const r = await runCli(merge(), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      [
        "error: p.csv:2: email: record 1 (p.csv:2): email is not a field of the letter, and no text or --name uses it",
        "2 | P0,Lee,1,2,,n,p0@b.c",
        "  hint: use it in the letter's text ({{email}}) or in --name, or pass --allow-unused to ignore it",
        "  hint: the same in records 2, 3, 4, 5, 6 and 2 more",
        "  hint: nothing was written; --keep-going renders the other records",
        "",
      ].join("\n"),
    );
  });

  // Before, planning went on past the cap to the file's end, holding every later record's
  // names: 3,300,000 rows with a wrong column took 188 s and 2.8 GB to fail.
  it("stops checking at the cap and says so", async () => {
    // Record 141's name is record 1's: a planning that went on past the cap told that instead.
    const rows = Array.from(
      { length: 150 },
      (_, i) => `P${i === 140 ? 0 : i},Lee,1,2,,n,p${i}@b.c`,
    );
    const dir = setUp(`${HEAD},email\n${rows.join("\n")}\n`);
    const r = await runCli(merge("--name", "{{first_name}}"), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("  hint: "))).toEqual([
      "  hint: use it in the letter's text ({{email}}) or in --name, or pass --allow-unused to ignore it",
      "  hint: the same in records 2, 3, 4, 5, 6 and 94 more",
      "  hint: the records were checked up to the first 100 problems",
      "  hint: nothing was written; --keep-going renders the other records",
    ]);
  });

  // review23: with exactly 100 problems, all found, the report said the check stopped.
  it("says nothing of the cap when the last record brought the problems to it", async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `P${i},Lee,1,2,,n,p${i}@b.c`);
    const dir = setUp(`${HEAD},email\n${rows.join("\n")}\n`);
    const r = await runCli(merge("--name", "{{first_name}}"), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("  hint: "))).toEqual([
      "  hint: use it in the letter's text ({{email}}) or in --name, or pass --allow-unused to ignore it",
      "  hint: the same in records 2, 3, 4, 5, 6 and 94 more",
      "  hint: nothing was written; --keep-going renders the other records",
    ]);
  });

  it("does not suggest printing a field no template can read (a JSON record's constructor)", async () => {
    const dir = setUp("");
    const record = { first_name: "Ann", last_name: "Lee", count: 1, amount: 2, note: "n" };
    writeFileSync(join(dir, "p.jsonl"), `${JSON.stringify({ ...record, constructor: 1 })}\n`);
    const r = await runCli(merge("--merge", "p.jsonl"), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("  hint: "))).toEqual([
      "  hint: no text can read a field named constructor: rename it, or pass --allow-unused",
      "  hint: nothing was written; --keep-going renders the other records",
    ]);
  });

  it("--skip-unchanged skips a personalised letter whose record and texts are the same", async () => {
    const dir = setUp(`${HEAD}\nAnn,Lee,1,2,,n\n`);
    expect((await runCli(merge("--skip-unchanged"), { cwd: dir })).code).toBe(0);
    const again = await runCli(merge("--skip-unchanged"), { cwd: dir });
    expect(again.stderr).toBe("done merged 1 record: 0 rendered, 1 unchanged → out\n");
    writeFileSync(join(dir, "p.csv"), `${HEAD}\nAnn,Lee,1,3,,n\n`);
    const changed = await runCli(merge("--skip-unchanged"), { cwd: dir });
    expect(changed.stderr).toBe("done merged 1 record: 1 rendered → out\n");
  });

  // The day is in the input hash (today-input.test.ts): within a day, the letter is unchanged.
  it("--skip-unchanged skips a letter dated today on the same day, no creation date chosen", async () => {
    const dir = setUp(`${HEAD}\nAnn,Lee,1,2,,n\n`);
    writeFileSync(join(dir, "letter.yaml"), LETTER.replace("date: 2024-05-01", "date: today"));
    const run = () =>
      runCli(merge("--skip-unchanged"), { cwd: dir, env: { SOURCE_DATE_EPOCH: "" } });
    expect((await run()).code).toBe(0);
    expect((await run()).stderr).toBe("done merged 1 record: 0 rendered, 1 unchanged → out\n");
  });

  it("--skip-unchanged renders a letter dated today again on the next day", async () => {
    const dir = setUp(`${HEAD}\nAnn,Lee,1,2,,n\n`);
    writeFileSync(join(dir, "letter.yaml"), LETTER.replace("date: 2024-05-01", "date: today"));
    const on = async (day: string) => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(`${day}T12:00:00`) });
      try {
        const env = { SOURCE_DATE_EPOCH: "" };
        return (await runCli(merge("--skip-unchanged"), { cwd: dir, env })).stderr;
      } finally {
        vi.useRealTimers();
      }
    };
    expect(await on("2030-01-02")).toBe("done merged 1 record: 1 rendered → out\n");
    expect(await on("2030-01-02")).toBe("done merged 1 record: 0 rendered, 1 unchanged → out\n");
    expect(await on("2030-01-03")).toBe("done merged 1 record: 1 rendered → out\n");
    const letter = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".txt"));
    expect(readFileSync(join(dir, "out", letter[0] ?? ""), "utf8")).toMatch(/January\s3,\s2030/);
  });

  it("makes a template's misuse of a helper a located data error (exit 4), never a crash", async () => {
    const cases: [string, string][] = [
      ["{{currency amount}}", "currency takes 2 values, not 1"],
      ["{{number}}", "number takes 1 value, not 0"],
      ["{{date}}", "date takes 1 value, not 0"],
      ["{{log first_name}}", "log is not a helper"],
      ["{{number amount decimals=99}}", "number: decimals=99 is not a whole number from 0 to 20"],
    ];
    for (const [call, message] of cases) {
      const dir = setUp(`${HEAD}\nAnn,Lee,1,2,,n\n`);
      writeFileSync(
        join(dir, "letter.yaml"),
        LETTER.replace("Your note: {{note}}", `Sum: ${call}`),
      );
      const r = await runCli(merge("--allow-unused"), { cwd: dir });
      expect([r.code, r.stderr.split("\n").slice(0, 3)], call).toEqual([
        4,
        [`error: letter.yaml:13:8: body: ${message}`, `13 |   Sum: ${call}`, "   |        ^"],
      ]);
      expect(existsSync(join(dir, "out")), call).toBe(false);
    }
  });

  it("locates a text that does not parse at its broken line, in one line", async () => {
    const dir = setUp(`${HEAD}\nAnn,Lee,1,2,,n\n`);
    writeFileSync(join(dir, "letter.yaml"), LETTER.replace("{{/if}}", ""));
    const r = await runCli(merge(), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr.split("\n").slice(0, 4)).toEqual([
      "error: letter.yaml:11:3: body: body is not a valid text template: {{#if vip}} is never closed",
      "11 |   {{#if vip}}As a *valued* member you get a discount.",
      "   |   ^",
      "  hint: end it with {{/if}}",
    ]);
  });

  it("refuses a value that is not a date, at the record and the template", async () => {
    const dir = setUp(`${HEAD},when\nAnn,Lee,1,2,,n,2024-05-01\nBo,Kim,1,2,,n,yesterday\n`);
    writeFileSync(join(dir, "letter.yaml"), LETTER.replace("Your note:", "On {{date when}}:"));
    const r = await runCli(merge(), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      'error: letter.yaml:13:6: body: record 2 (p.csv:3): when is "yesterday", not a date',
    );
    expect(r.stderr).toContain("hint: write dates as YYYY-MM-DD: 2024-05-01");
  });

  it("writes a record's date in the body as the letter's date line is written (the pack's and the letter's longDate)", async () => {
    const dir = setUp(`${HEAD},when\nAnn,Lee,1,2,,n,2024-06-03\n`);
    // (The text output ties a day to its month and a month to its year with a no-break
    // space, \s below.)
    mkdirSync(join(dir, "templates/dated"), { recursive: true });
    writeFileSync(
      join(dir, "templates/dated/template.yaml"),
      'extends: personal\nname: dated\ndescription: d\nlabels:\n  en: { longDate: "{day} {month} {year}" }\n',
    );
    const letter = LETTER.replace("personal", "dated").replace("Your note:", "On {{date when}}:");
    writeFileSync(join(dir, "letter.yaml"), letter);
    expect((await runCli(merge(), { cwd: dir })).code).toBe(0);
    const byPack = readFileSync(join(dir, "out/letter-1.txt"), "utf8");
    expect(byPack).toMatch(/^1\sMay\s2024$/m);
    expect(byPack).toMatch(/On 3\sJune\s2024: n/);
    const own = 'labels: { longDate: "the {day} of {month}, {year}" }\n';
    writeFileSync(join(dir, "letter.yaml"), own + letter);
    expect((await runCli(merge(), { cwd: dir })).code).toBe(0);
    const byLetter = readFileSync(join(dir, "out/letter-1.txt"), "utf8");
    expect(byLetter).toMatch(/^the 1 of May, 2024$/m);
    expect(byLetter).toMatch(/On the 3 of June, 2024: n/);
  });

  it("leaves out an address line whose text came out blank, as Word's mail merge does", async () => {
    const dir = setUp(`${HEAD},company\nAnn,Lee,1,2,,n,\nBo,Kim,1,2,,n,Kim & Co\n`);
    const letter = LETTER.replace(
      "  - 1 Main St",
      '  - "{{#if company}}{{company}}{{/if}}"\n  - 1 Main St',
    );
    writeFileSync(join(dir, "letter.yaml"), letter);
    expect((await runCli(merge(), { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "out/letter-1.txt"), "utf8")).toMatch(
      /\nAnn Lee\n1 Main St\n\nDear Ann,/,
    );
    expect(readFileSync(join(dir, "out/letter-2.txt"), "utf8")).toMatch(
      // The company's legal form is tied to its name (legal-form-spaces.ts).
      /\nBo Kim\nKim[ \u00A0]&[ \u00A0]Co\n1 Main St\n\nDear Bo,/,
    );
  });

  it("blames a record's lang that is no language tag at its column, not the first helper", async () => {
    const dir = setUp(`${HEAD},lang\nAnn,Lee,1,2,,n,en_US\n`);
    const r = await runCli(merge(), { cwd: dir });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([
      4,
      'error: p.csv:2: lang: record 1 (p.csv:2): "en_US" is not a language tag',
    ]);
  });
});
