import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";

const MAX_LINES = 60;
/** A top-level function as biome formats it: its declaration starts a line, its `}` ends one. */
const START = /^(export )?(async )?function\*? (\w+)|^(export )?const (\w+) = (async )?\(/;

/** The top-level functions of a file longer than MAX_LINES (nested ones count in theirs). */
function longFunctions(file: string): string[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const long: string[] = [];
  let start = -1;
  let name = "";
  for (const [i, line] of lines.entries()) {
    const m = START.exec(line);
    if (m && start < 0 && !line.endsWith(";")) {
      start = i;
      name = m[3] ?? m[5] ?? "";
    } else if (start >= 0 && /^}/.test(line)) {
      if (i - start + 1 > MAX_LINES) long.push(`${name}: ${i - start + 1} lines`);
      start = -1;
    }
  }
  return long;
}

// Issue 17: the merge was one function of 153 lines with four roll-back paths.
it(`every function of src/batch/ and the merge command is at most ${MAX_LINES} lines`, () => {
  const batch = join(ROOT, "src", "batch");
  const files = [
    ...readdirSync(batch).map((f) => join(batch, f)),
    join(ROOT, "src", "cli", "merge-command.ts"),
  ];
  const long = files.flatMap((f) =>
    longFunctions(f).map((l) => `${f.slice(ROOT.length + 1)} ${l}`),
  );
  expect(long).toEqual([]);
});
