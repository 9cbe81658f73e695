import { expect, it } from "vitest";
import { shownPaths } from "../src/shown-paths.js";

it("shows a path inside the current folder relative to it, where a path may start", () => {
  const cwd = "/ci/work";
  expect(shownPaths("/ci/work/templates/a/letter.hbs:2:6", cwd)).toBe("templates/a/letter.hbs:2:6");
  expect(shownPaths('cannot read "/ci/work/a b.png" (x)', cwd)).toBe('cannot read "a b.png" (x)');
  expect(shownPaths("folders /ci/work/t/a, /ci/work/t/b", cwd)).toBe("folders t/a, t/b");
  expect(shownPaths("(it resolves to /ci/work/secret)", cwd)).toBe("(it resolves to secret)");
  // Not the folder itself, nor a folder whose name starts with its name, nor inside another path.
  expect(shownPaths("outside the root /ci/work", cwd)).toBe("outside the root /ci/work");
  expect(shownPaths("/ci/work2/x and /x/ci/work/y", cwd)).toBe("/ci/work2/x and /x/ci/work/y");
  // A current folder of / or unknown leaves every path whole.
  expect(shownPaths("/etc/passwd", "/")).toBe("/etc/passwd");
  expect(shownPaths("/etc/passwd", "")).toBe("/etc/passwd");
  // A folder named with characters regular expressions read.
  expect(shownPaths("/ci/w(o)rk+[1]/a.yaml", "/ci/w(o)rk+[1]")).toBe("a.yaml");
});
