import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("missive init", () => {
  it.each(["senate", "business", "din5008", "personal"])(
    "scaffolds a %s letter that passes check",
    async (pack) => {
      const dir = tempDir("init");
      const r = await runCli(["init", "out", "-t", pack], { cwd: dir });
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, "out", "letter.yaml"), "utf8");
      // Not inside a project that installed missive: the package's own file, on unpkg.com.
      expect(text).toMatch(
        new RegExp(
          `^# yaml-language-server: \\$schema=https://unpkg\\.com/missive-letters@[^/]+/dist/schemas/${pack}\\.json\n`,
        ),
      );
      expect(text).toContain(`template: ${pack}`);
      const check = await runCli(["check", "out/letter.yaml"], { cwd: dir });
      expect(check.stderr).toContain(`ok out/letter.yaml (${pack}`);
      expect(check.code).toBe(0);
    },
  );

  it("ejects a pack next to the letter, where the search order finds it first", async () => {
    const dir = tempDir("eject");
    const r = await runCli(["init", ".", "-t", "business", "--eject"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "templates", "business", "assets", "logo.png"))).toBe(true);
    const text = readFileSync(join(dir, "letter.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=templates/business/schema.json",
    );
    const again = await runCli(["init", ".", "-t", "business"], { cwd: dir });
    expect(again.code).toBe(8);
    expect(again.stderr).toContain("letter.yaml already exists");
  });
});
