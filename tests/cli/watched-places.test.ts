import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { leadsOutOf } from "../../src/cli/watched-places.js";
import { tempDir } from "../helpers/temp-dir.js";

// A pack's folder in a pull request may hold `x -> /`: the watcher followed it and walked the
// whole machine, reading every folder's listing, until one it could not read ended the run.
it("tells a path whose links lead out of every watched place from one inside", () => {
  const dir = tempDir("watched-places");
  const pack = join(dir, "pack");
  mkdirSync(join(pack, "partials"), { recursive: true });
  writeFileSync(join(pack, "partials/a.hbs"), "a");
  writeFileSync(join(dir, "letter.yaml"), "x: 1");
  mkdirSync(join(dir, "elsewhere"));
  symlinkSync("/", join(pack, "root"));
  symlinkSync(join(dir, "elsewhere"), join(pack, "out"));
  symlinkSync("partials/a.hbs", join(pack, "inside.hbs"));
  const { leadsOut, update } = leadsOutOf([pack, join(dir, "letter.yaml")]);
  expect(leadsOut(join(pack, "root"))).toBe(true);
  expect(leadsOut(join(pack, "out"))).toBe(true);
  expect(leadsOut(join(pack, "inside.hbs"))).toBe(false);
  expect(leadsOut(join(pack, "partials/a.hbs"))).toBe(false);
  expect(leadsOut(join(dir, "letter.yaml"))).toBe(false);
  // A path it cannot resolve is left to the watcher, which reports it.
  expect(leadsOut(join(pack, "gone"))).toBe(false);
  // A place watched by name is watched, wherever it lies.
  update([pack, join(dir, "elsewhere")]);
  expect(leadsOut(join(pack, "out"))).toBe(false);
  expect(leadsOut(join(dir, "elsewhere"))).toBe(false);
});
