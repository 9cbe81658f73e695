import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/cli/reporter.js";
import { fail, type Location, MissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

function report(stack: string, fromSnapshot = false): string {
  let err = "";
  const rep = new Reporter(
    {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      env: {},
      cwd: "/",
      fromSnapshot,
    },
    false,
  );
  const e = new Error("boom");
  e.stack = stack;
  rep.error(e, false);
  return err;
}

it("reports a bug with its stack, and how to get file names when it came from the snapshot", () => {
  const plain = report("Error: boom\n    at layout (/x/dist/layout/layout.js:3:4)");
  expect(plain).toContain("internal error: boom");
  expect(plain).toContain("This is a bug in missive");
  expect(plain).not.toContain("MISSIVE_NO_SNAPSHOT");
  const snap = report("Error: boom\n    at layout (/x/dist/snapshot/missive.cjs:1:2)", true);
  expect(snap).toContain("Run it again with MISSIVE_NO_SNAPSHOT=1");
});

describe("the code frame of a located problem", () => {
  const dir = tempDir("frame");
  writeFileSync(join(dir, "p.csv"), "name\nAnn\n");
  // A zip's first bytes, as a workbook or any binary file starts: a NUL among them.
  writeFileSync(
    join(dir, "bin.xlsx"),
    Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000\n\u001c\u00ff\u00fe\n"),
  );
  const shown = (location: Location) => {
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    new Reporter({ ...io, env: {}, cwd: dir }).error(fail("data", "bad", location), false);
    return err;
  };

  it("shows the line of a text file", () => {
    expect(shown({ file: "p.csv", line: 2 })).toBe("error: p.csv:2: bad\n2 | Ann\n");
  });

  // Each problem read the whole file again: 100,000 problems in a file of a megabyte, hours.
  it("reads a file once for all the problems in it", () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${"x".repeat(40)}`);
    writeFileSync(join(dir, "big.yaml"), `${lines.join("\n")}\n`);
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    const problems = lines.map((_, i) => ({
      message: "unknown field",
      location: { file: "big.yaml", line: i + 1, col: 1 },
    }));
    const started = performance.now();
    new Reporter({ ...io, env: {}, cwd: dir }).error(new MissiveError("data", problems), false);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(err).toContain(
      `error: big.yaml:40000:1: unknown field\n40000 | k39999: ${"x".repeat(40)}\n`,
    );
  });

  it("shows no bytes of a binary file as a line", () => {
    expect(shown({ file: "bin.xlsx", line: 2 })).toBe("error: bin.xlsx:2: bad\n");
  });

  it("names a spreadsheet's sheet, row and columns, and shows no line", () => {
    const at = { file: "p.csv", line: 2, sheet: "People" };
    expect(shown({ ...at, column: "B", path: "name" })).toBe(
      "error: p.csv, sheet People, row 2, column B: name: bad\n",
    );
    expect(shown({ ...at, column: "B, C" })).toBe(
      "error: p.csv, sheet People, row 2, columns B, C: bad\n",
    );
  });
});

it("colours when FORCE_COLOR asks, and not when it is 0 or false", () => {
  const said = (env: Record<string, string>) => {
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    new Reporter({ ...io, env, cwd: "/" }).error(fail("data", "bad"), false);
    return err;
  };
  expect(said({ FORCE_COLOR: "1" })).toBe("\x1b[31merror:\x1b[39m bad\n");
  for (const off of ["0", "false", ""]) expect(said({ FORCE_COLOR: off })).toBe("error: bad\n");
});
