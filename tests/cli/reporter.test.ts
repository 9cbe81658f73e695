import { expect, it } from "vitest";
import { Reporter } from "../../src/cli/reporter.js";

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
