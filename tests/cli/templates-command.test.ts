import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { hostilePack } from "../helpers/temp-pack.js";

describe("missive templates", () => {
  it("lists the built-in packs with descriptions and fields", async () => {
    const r = await runCli(["templates"], { cwd: ROOT });
    expect(r.code).toBe(0);
    for (const name of ["business", "din5008", "personal", "senate"])
      expect(r.stderr).toContain(`${name}  (built-in)`);
    expect(r.stderr).toContain("fields: form, infoStyle, sender, notice, recipient, references");
    expect(r.stdout).toBe("");
  });

  it("escapes the control characters of a pack's name and description", async () => {
    const dir = hostilePack("red\x1b[31m", "x", "\x1b]0;owned\x07 \u202egnp.exe\n::error::forged");
    const r = await runCli(["templates"], { cwd: dir });
    expect(r.code).toBe(0);
    for (const c of ["\x1b", "\x07", "\u202e"]) expect(r.stderr).not.toContain(c);
    expect(r.stderr).not.toMatch(/^::error/m);
    expect(r.stderr).toContain("red\\x1b[31m  (");
    expect(r.stderr).toContain("\\x1b]0;owned\\x07 \\u202egnp.exe\\x0a::error::forged");
  });

  it("lists a pack linked into templates/ as lookup takes it: inside the folder, not outside", async () => {
    const root = realpathSync(tempDir("list-links"));
    const cwd = join(root, "repo");
    const pack = (dir: string) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "template.yaml"), "extends: business\n");
      return dir;
    };
    mkdirSync(join(cwd, "templates"), { recursive: true });
    symlinkSync(pack(join(cwd, "packs", "house")), join(cwd, "templates", "house"));
    symlinkSync(pack(join(root, "private")), join(cwd, "templates", "theirs"));
    const r = await runCli(["templates", "--json"], { cwd });
    expect(r.code).toBe(0);
    const names = JSON.parse(r.stdout).templates.map((t: { name: string }) => t.name);
    expect(names).toContain("house");
    expect(names).not.toContain("theirs");
    const render = await runCli(["templates"], { cwd });
    expect(render.stderr).toContain(`house  (${join(cwd, "templates")})`);
  });

  it("prints JSON with --json", async () => {
    const r = await runCli(["templates", "--json"], { cwd: ROOT });
    const out = JSON.parse(r.stdout);
    const din = out.templates.find((t: { name: string }) => t.name === "din5008");
    expect(din.source).toBe("built-in");
    expect(din.fields[0]).toMatchObject({ name: "form", required: false, default: "B" });
  });
});

describe("missive schema", () => {
  it("prints the pack's schema with the keys every letter may have", async () => {
    const r = await runCli(["schema", "senate"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    // Text also takes a number: a standard YAML reader makes `0417` one (README).
    expect(schema.properties.template.type).toEqual(["string", "number"]);
    expect(schema.properties.columns.default).toBe(2);
  });

  it("fails with the template exit code for an unknown pack", async () => {
    const r = await runCli(["schema", "nope"], { cwd: ROOT });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain("template pack not found: nope");
  });
});
