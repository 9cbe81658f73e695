import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  symlinkSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilesAtomic } from "../../src/output/write-atomic.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// Before, a merge checked its names against links once, before the first letter; the output
// folder moved aside and replaced by a link while it wrote (`mv out out.old; ln -s ~/x out`),
// 387 of 400 letters and the manifest were written where the link led, exit 0.
describe("a file written into a folder that was replaced by a link since the run began", () => {
  it("is refused, and nothing is left where the link leads", async () => {
    const dir = tempDir("still-inside");
    const out = join(dir, "out");
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(out);
    mkdirSync(elsewhere);
    const inside = realpathSync(out);
    renameSync(out, join(dir, "out.old"));
    symlinkSync(elsewhere, out);
    const e = await caught(() =>
      writeFilesAtomic([{ path: join(out, "a.pdf"), data: "letter", inside }]),
    );
    expect([e.kind, e.problems[0]?.message]).toEqual([
      "output",
      `${join(out, "a.pdf")} would be written outside ${inside}: its folder now leads to ${realpathSync(elsewhere)}, moved or replaced by a link while the run wrote`,
    ]);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("is written as before while the folder stays where it was, a link to it included", () => {
    const dir = tempDir("still-inside");
    const out = join(dir, "out");
    mkdirSync(out);
    symlinkSync(out, join(dir, "link"));
    const inside = realpathSync(out);
    writeFilesAtomic([{ path: join(dir, "link", "sub", "a.pdf"), data: "letter", inside }]);
    expect(readdirSync(join(out, "sub"))).toEqual(["a.pdf"]);
  });
});

// Before, `render` checked its output folder only before the letter was laid out (which may
// take a minute): swapped for a link meanwhile, the letter was written where the link led.
describe("render's output folder replaced by a link while the letter is laid out", () => {
  it("is refused, and nothing is left where the link leads", async () => {
    const dir = tempDir("still-inside-render");
    const [out, elsewhere] = [join(dir, "out"), join(dir, "elsewhere")];
    mkdirSync(out);
    mkdirSync(elsewhere);
    copyFileSync(join(ROOT, "data", "senate-itu-2020.yaml"), join(dir, "letter.yaml"));
    // Called once the letter is rendered, as the command starts listening for Ctrl-C.
    const swap = () => {
      renameSync(out, join(dir, "out.old"));
      symlinkSync(elsewhere, out);
    };
    const r = await runCli(["render", "letter.yaml", "-o", "out", "-f", "txt"], {
      cwd: dir,
      interrupt: swap,
    });
    expect([r.code, r.stderr]).toEqual([
      8,
      expect.stringContaining("moved or replaced by a link while the run wrote"),
    ]);
    expect([readdirSync(elsewhere), readdirSync(join(dir, "out.old"))]).toEqual([[], []]);
  });
});
