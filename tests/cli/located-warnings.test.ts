import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// A layout warning names the field (and line) of the data its text came from, as an error
// does: before, "warning: "Averyvery…" is wider than the line" left the reader to search.
const LONG = `A${"very".repeat(20)}longword`;
const LETTER = `template: personal
date: 2024-05-01
sender:
  name: Ann Writer
recipient:
  - Bo Reader
salutation: Dear Bo,
body: |
  Short first line.

  See ${LONG} here.
closing: Yours,
`;

function setUp(): string {
  const dir = tempDir("located-warnings");
  writeFileSync(join(dir, "letter.yaml"), LETTER);
  return dir;
}

const WIDER = `"${LONG.slice(0, 40)}…" is wider than the line and was broken`;

it("locates a warning at the field and line of the text it is about", async () => {
  const cwd = setUp();
  const r = await runCli(["render", "letter.yaml", "-o", "out"], { cwd });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`warning: letter.yaml:11:7: body: ${WIDER}\n`);
});

it("in a merge, says a record's own place once", async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, "p.csv"), `salutation,body\n"Dear A,",Fine.\n"Dear B,",${LONG} again\n`);
  const r = await runCli(["render", "letter.yaml", "--merge", "p.csv", "-o", "out", "-j", "1"], {
    cwd,
  });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`warning: record 2 (p.csv:3): body: ${WIDER}\n`);
  expect(r.stderr).not.toContain("record 1");
});
