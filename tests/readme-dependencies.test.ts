import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers/render.js";

// The README says why each dependency is there: a package added without a row fails here (two
// dev font packages and fast-check had none).
it("names every dependency in the README's table of why each is there", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const from = readme.indexOf("## Dependencies, and why each is there");
  expect(from).toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", from + 1);
  const table = readme.slice(from, end === -1 ? undefined : end);
  // A row may name a scope's packages once and the rest by their own name.
  const named = (name: string) =>
    table.includes(`\`${name}\``) || table.includes(`\`${name.split("/").pop()}\``);
  const all = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  expect(all.filter((name) => !named(name))).toEqual([]);
});
