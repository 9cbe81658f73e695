import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// Each shell's script is run by that shell, when the machine has it (bash always does here;
// zsh and fish are skipped where they are not installed).
const has = (shell: string) => spawnSync(shell, ["-c", "true"]).status === 0;

function script(shell: string): string {
  const r = runBin(["completion", shell]);
  expect(r.code, r.stderr).toBe(0);
  const file = join(tempDir("completion"), `missive.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash offers for a command line typed up to its end. */
function bash(line: string): string[] {
  const cwd = tempDir("completion-cwd"); // empty: no file names among the answers
  const code = `source "$1"; COMP_WORDS=(${line}); COMP_CWORD=$2; _missive; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const words = line.split(" ");
  const cword = String(words.length - 1);
  const r = spawnSync("bash", ["-c", code, "bash", script("bash"), cword], {
    cwd,
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe("missive completion", () => {
  it("completes commands, options, choices and pack names in bash", () => {
    expect(bash("missive ren")).toEqual(["render"]);
    expect(bash("missive render --em")).toEqual(["--embed-source", "--emit"]);
    expect(bash("missive render --emit ''")).toEqual(["markup", "model", "layout"]);
    expect(bash("missive render data.yaml -t s")).toEqual(["senate"]);
    expect(bash("missive completion ''")).toEqual(["bash", "zsh", "fish"]);
    expect(bash("missive --json che")).toEqual(["check"]);
  });

  it.skipIf(!has("fish"))("completes the same in fish, with descriptions", () => {
    const file = script("fish");
    const complete = (line: string) =>
      spawnSync("fish", ["-c", `source ${file}; complete -C '${line}'`], {
        cwd: tempDir("completion-cwd"),
        encoding: "utf8",
      }).stdout;
    expect(complete("missive ren")).toBe("render\trender a letter to PDF, text and page images\n");
    expect(
      complete("missive render --emit ")
        .split("\n")
        .map((l) => l.split("\t")[0]),
    ).toEqual(["layout", "markup", "model", ""]);
    expect(complete("missive schema d")).toMatch(/^din5008\b/);
  });

  it.skipIf(!has("zsh"))("is a zsh completion function that compinit registers", () => {
    const file = script("zsh");
    const code = `autoload -U compinit && compinit -u -d "$2/zcompdump"; source "$1"; print -r -- "\${_comps[missive]}"`;
    const r = spawnSync("zsh", ["-fc", code, "zsh", file, tempDir("zsh")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("_missive\n");
  });

  it("refuses a shell it has no script for", () => {
    const r = runBin(["completion", "tcsh"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are bash, zsh, fish");
  });
});
