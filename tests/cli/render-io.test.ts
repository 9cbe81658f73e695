import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const PERSONAL = join(ROOT, "data/personal-cover-letter.yaml");
/** The personal example with a signature image named relative to the letter's folder. */
const SIGNED = `${readFileSync(PERSONAL, "utf8")}signatureImage: sig/scribble.png\n`;

describe("missive render -", () => {
  it("reads the letter from standard input, its relative paths from the current folder", () => {
    const dir = tempDir("stdin");
    mkdirSync(join(dir, "sig"));
    copyFileSync(join(ROOT, "data/signatures/scribble.png"), join(dir, "sig/scribble.png"));
    const r = runBin(["render", "-", "-o", "out/"], { cwd: dir, stdin: SIGNED });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "out/letter.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(join(dir, "out/letter.txt"), "utf8")).toContain("Alex Morgan");
    expect(
      runBin(["render", "-", "-o", "-", "-f", "txt"], { stdin: SIGNED, cwd: dir }).stdout,
    ).toBe(readFileSync(join(dir, "out/letter.txt"), "utf8"));
  });

  it("locates problems at <stdin>, and does not find images next to some file", () => {
    const dir = tempDir("stdin-bad");
    const r = runBin(["render", "-", "-o", "out/"], { cwd: dir, stdin: SIGNED });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain("sig/scribble.png");
    const bad = runBin(["render", "-"], { cwd: dir, stdin: "template: personal\nbogus: 1\n" });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain("error: <stdin>:2:1: bogus: unknown field `bogus`");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("is not the letter of a mail merge", () => {
    const r = runBin(["render", "-", "-m", "people.csv"], { stdin: SIGNED });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a mail merge reads its letter from a file");
  });
});

describe("render -o", () => {
  it.each([
    ["x.docx", "missive writes .pdf, .txt and .png files, not .docx"],
    ["out.v2", "missive writes .pdf, .txt and .png files, not .v2"],
  ])("refuses %s as a usage error, and makes no folder of that name", (out, message) => {
    const dir = tempDir("bad-out");
    const r = runBin(["render", PERSONAL, "-o", out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: -o ${out}: ${message}`);
    expect(existsSync(join(dir, out))).toBe(false);
  });

  it("takes a folder with a dot in its name when it exists or ends in /", () => {
    const dir = tempDir("dot-out");
    mkdirSync(join(dir, "out.v1"));
    expect(runBin(["render", PERSONAL, "-o", "out.v1", "-f", "txt"], { cwd: dir }).code).toBe(0);
    expect(runBin(["render", PERSONAL, "-o", "out.v2/", "-f", "txt"], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, "out.v1/personal-cover-letter.txt"))).toBe(true);
    expect(existsSync(join(dir, "out.v2/personal-cover-letter.txt"))).toBe(true);
  });
});

describe("render --emit -o FILE", () => {
  it("writes the stage to that file, and says so, as --json too", () => {
    const dir = tempDir("emit-out");
    const stdout = runBin(["render", PERSONAL, "--emit", "markup"], { cwd: dir }).stdout;
    const r = runBin(["render", PERSONAL, "--emit", "markup", "-o", "f.xml"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`wrote ${join(dir, "f.xml")}`);
    expect(readFileSync(join(dir, "f.xml"), "utf8")).toBe(stdout);
    const json = runBin(["--json", "render", PERSONAL, "--emit", "model", "-o", "m.json"], {
      cwd: dir,
    });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ format: "model" });
    expect(JSON.parse(readFileSync(join(dir, "m.json"), "utf8")).lang).toBe("en-US");
  });

  it("refuses to write the stage over the letter it was made from", () => {
    const dir = tempDir("emit-input");
    copyFileSync(PERSONAL, join(dir, "letter.yaml"));
    const r = runBin(["render", "letter.yaml", "--emit", "markup", "-o", "letter.yaml"], {
      cwd: dir,
    });
    expect(r.code).toBe(8);
    expect(readFileSync(join(dir, "letter.yaml"), "utf8")).toBe(readFileSync(PERSONAL, "utf8"));
  });

  it("refuses a folder: --emit writes one file", () => {
    const dir = tempDir("emit-dir");
    writeFileSync(join(dir, "keep"), "");
    const r = runBin(["render", PERSONAL, "--emit", "layout", "-o", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--emit writes one file, and -o . is a folder");
  });
});
