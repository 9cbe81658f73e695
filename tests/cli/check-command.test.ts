import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { hostilePack } from "../helpers/temp-pack.js";

const FIVE = join("tests", "fixtures", "check", "five-mistakes.yaml");

describe("missive check", () => {
  it("passes every example letter and exits 0", async () => {
    const r = await runCli(
      [
        "check",
        "data/senate-itu-2020.yaml",
        "data/business-northwind-2024.yaml",
        "data/din5008-angebot-2024.yaml",
        "data/personal-cover-letter.yaml",
        "data/agency-warning-2024.yaml",
        "data/business-copies-2024.yaml",
        "data/personal-lincoln-1860.yaml",
        "data/personal-arabic-2024.yaml",
        "data/personal-chinese-english-2024.yaml",
        "data/personal-russian-a4.yaml",
        "data/senate-hindi-signers-2024.yaml",
      ],
      { cwd: ROOT },
    );
    expect(r.stderr).toContain("11 of 11 letters are fine");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("reports all five mistakes at once, each at its line and column", async () => {
    const r = await runCli(["check", FIVE], { cwd: ROOT });
    expect(r.code).toBe(4);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    const hints = r.stderr.split("\n").filter((l) => l.startsWith("  hint:"));
    expect(errors).toEqual([
      `error: ${FIVE}:2:1: body: \`body\` is required`,
      `error: ${FIVE}:8:19: subjectPlacement: must be one of after-address, before-address, not "below"`,
      `error: ${FIVE}:9:1: recipent: unknown field \`recipent\``,
      `error: ${FIVE}:11:12: reference: must be text, not the number 20240417`,
      `error: ${FIVE}:14:11: signer.titles: must be a list, not the text "Director"`,
    ]);
    expect(hints).toEqual([
      "  hint: add body: … (the letter text in Markdown)",
      "  hint: did you mean `recipient`?",
      '  hint: quote it: reference: "20240417"',
      "  hint: write one `- item` per line under titles:",
    ]);
    expect(r.stderr).toContain("5 problems found");
  });

  it("reports per file in --json and exits with the first failure's code", async () => {
    const r = await runCli(["check", "--json", "data/personal-cover-letter.yaml", FIVE], {
      cwd: ROOT,
    });
    expect(r.code).toBe(4);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.files.map((f: { ok: boolean }) => f.ok)).toEqual([true, false]);
    expect(out.files[1].errors).toHaveLength(5);
    expect(out.files[1].errors[2]).toMatchObject({ line: 9, col: 1, path: "recipent" });
  });

  // Before, "-" was a file that is not there: "error: -: file not found", exit 3.
  it("checks a letter from standard input, named <stdin>, as render - reads one", async () => {
    const letter = readFileSync(join(ROOT, "data/personal-cover-letter.yaml"), "utf8");
    const ok = await runCli(["check", "-"], { cwd: ROOT, stdin: letter });
    expect([ok.code, ok.stderr]).toEqual([0, "ok <stdin> (personal, 1 page)\n"]);
    const bad = await runCli(["check", "-"], { cwd: ROOT, stdin: `${letter}recipent: [x]\n` });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toMatch(/^error: <stdin>:\d+:1: recipent: unknown field `recipent`\n/);
    const twice = await runCli(["check", "-", "-"], { cwd: ROOT, stdin: letter });
    expect([twice.code, twice.stderr.split("\n")[0]]).toEqual([
      2,
      "error: check reads standard input (-) once",
    ]);
  });

  it("does not write anything", async () => {
    const r = await runCli(["check", "data/personal-cover-letter.yaml"], { cwd: ROOT });
    expect(r.stderr).toBe("ok data/personal-cover-letter.yaml (personal, 1 page)\n");
  });

  it("escapes the control characters of the pack's name it reports", async () => {
    const dir = hostilePack("plain", "red\x1b[31m", "a pack");
    const letter = readFileSync(join(ROOT, "data", "senate-itu-2020.yaml"), "utf8");
    writeFileSync(join(dir, "letter.yaml"), letter.replace(/^template: .*$/m, "template: plain"));
    const r = await runCli(["check", "letter.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("ok letter.yaml (red\\x1b[31m, 3 pages)\n");
  });

  // A name of 100 kB was printed whole in the message (twice in --json, with the system's
  // ENAMETOOLONG); an address or a pack name the same.
  it("names a file the data names, however long, in a message of a few hundred characters", async () => {
    const dir = tempDir("long-name");
    const cases = [
      [`${"a".repeat(100_000)}.png`, /cannot read .*a…a+\.png: its name is too long$/],
      [`http://${"a".repeat(100_000)}`, /image http:\/\/a+…a+ is an address/],
    ] as const;
    for (const [name, message] of cases) {
      const text = `template: senate\nbody: x\nsigners:\n  - name: A\n    image: ${name}\n`;
      writeFileSync(join(dir, "letter.yaml"), text);
      const r = await runCli(["check", "letter.yaml"], { cwd: dir });
      expect(r.code).toBe(6);
      const first = r.stderr.split("\n")[0] as string;
      expect(first).toMatch(message);
      expect(first.length).toBeLessThan(500);
      const json = await runCli(["--json", "check", "letter.yaml"], { cwd: dir });
      expect(json.stdout.length).toBeLessThan(2000);
    }
  });
});
