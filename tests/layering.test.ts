import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers/render.js";

/** The modules a source file imports, statically or dynamically, as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import\()\s*"([^"]+)"/g)].map((m) => m[1] as string);
}

/** Every file of a src/ folder with what it imports: `folder/file.ts: "../x/y.js"`. */
function importsIn(folder: string): string[] {
  const dir = join(ROOT, "src", folder);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => importsOf(join(dir, f)).map((i) => `${folder}/${f}: ${i}`));
}

// ARCHITECTURE.md: stages are boundaries. The command line reaches layout and writing only
// through pipeline.ts and batch/, and output/ (which writes files) depends on no stage.
it("src/cli/ imports nothing from layout/ or write/", () => {
  expect(importsIn("cli").filter((l) => /: \.\.\/(layout|write)\//.test(l))).toEqual([]);
});

it("src/output/ imports no stage, nor the pipeline, batch or CLI", () => {
  const stages =
    /: \.\.\/(load|compose|markup|model|typography|layout|write|batch|cli|startup|scaffold)\/|: \.\.\/pipeline\.js/;
  expect(importsIn("output").filter((l) => stages.test(l))).toEqual([]);
});
