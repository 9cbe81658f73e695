import { readFileSync, writeFileSync } from "node:fs";
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

const WIDER = `"${LONG.slice(0, 39)}…" is wider than the line and was broken`;

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

// Under GitHub Actions a located warning is also a warning annotation at its place, as an
// error is an error annotation: the pull request shows it beside the line that causes it.
it("annotates a located warning under GitHub Actions, in render, check and a merge", async () => {
  const cwd = setUp();
  const env = { GITHUB_ACTIONS: "true" };
  const at = `::warning file=letter.yaml,line=11,col=7::body: ${WIDER}\n`;
  const render = await runCli(["render", "letter.yaml", "-o", "out"], { cwd, env });
  expect(render.stderr).toContain(at);
  const check = await runCli(["check", "letter.yaml"], { cwd, env });
  expect(check.stderr).toContain(`warning: letter.yaml:11:7: body: ${WIDER}\n${at}`);
  expect((await runCli(["render", "letter.yaml", "-o", "out"], { cwd })).stderr).not.toContain(
    "::warning",
  );
  writeFileSync(join(cwd, "p.csv"), `salutation,body\n"Dear A,",Fine.\n"Dear B,",${LONG} again\n`);
  const merge = await runCli(
    ["render", "letter.yaml", "--merge", "p.csv", "-o", "out", "-j", "1"],
    { cwd, env },
  );
  expect(merge.stderr).toContain(
    `::warning file=p.csv,line=3::record 2 (p.csv:3): body: ${WIDER}\n`,
  );
});

// A script reads a warning's place from fields, as it reads an error's: before, each warning
// was one line of text (`letter.yaml:11:7: body: …`) to be taken apart again.
it("lists warnings in render's and check's --json with their place in fields, as errors", async () => {
  const cwd = setUp();
  const at = { message: WIDER, file: "letter.yaml", line: 11, col: 7, path: "body" };
  const check = await runCli(["check", "letter.yaml", "--json"], { cwd });
  expect(
    (JSON.parse(check.stdout) as { files: { warnings: unknown[] }[] }).files[0]?.warnings,
  ).toEqual([at]);
  const render = await runCli(["render", "letter.yaml", "-o", "out", "--json"], { cwd });
  expect((JSON.parse(render.stdout) as { warnings: unknown[] }).warnings).toEqual([at]);
});

it("lists a merged letter's warnings in the manifest with their place, as its errors", async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, "p.csv"), `salutation,body\n"Dear A,",Fine.\n"Dear B,",${LONG} again\n`);
  const r = await runCli(["render", "letter.yaml", "--merge", "p.csv", "-o", "out", "-j", "1"], {
    cwd,
  });
  expect(r.code).toBe(0);
  const manifest = JSON.parse(readFileSync(join(cwd, "out/manifest.json"), "utf8")) as {
    entries: { warnings: unknown[] }[];
  };
  expect(manifest.entries.map((e) => e.warnings)).toEqual([
    [],
    [{ message: WIDER, location: "p.csv:3: body" }],
  ]);
});
