import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundledOr } from "../../src/startup/bundled.js";
import { ROOT } from "../helpers/render.js";

const dir = mkdtempSync(join(tmpdir(), "missive-bundled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the given age in seconds since the epoch, as a URL. */
function file(name: string, seconds: number): URL {
  const path = join(dir, name);
  writeFileSync(path, "");
  utimesSync(path, seconds, seconds);
  return pathToFileURL(path);
}

/** A bundle of the given age that holds `held` (named relative to its folder), as a URL. */
function bundle(name: string, seconds: number, held: string[] = ["start.js"]): URL {
  writeFileSync(join(dir, `${name}.modules`), `${held.join("\n")}\n`);
  return file(name, seconds);
}

describe("bundledOr", () => {
  it("takes the bundle when it is not older than its module, else the module", () => {
    const module = file("start.js", 2_000);
    expect(bundledOr(bundle("newer.cjs", 3_000), module)).toEqual(file("newer.cjs", 3_000));
    // An npm install gives every file of the package the same time.
    expect(bundledOr(bundle("same.cjs", 2_000), module)).toEqual(file("same.cjs", 2_000));
    // `tsc` alone compiled dist/ again: the bundle holds older code.
    expect(bundledOr(bundle("older.cjs", 1_000), module)).toBe(module);
    expect(bundledOr(pathToFileURL(join(dir, "none.cjs")), module)).toBe(module);
  });

  // audit34: `tsc --watch` writes only the modules that changed; a bundle compared with its
  // entry alone ran their old code.
  it("takes the module when any module the bundle holds is newer than the bundle", () => {
    const module = file("entry.js", 2_000);
    file("imported.js", 4_000);
    const held = ["entry.js", "imported.js"];
    expect(bundledOr(bundle("stale.cjs", 3_000, held), module)).toBe(module);
    expect(bundledOr(bundle("fresh.cjs", 4_000, held), module)).toEqual(file("fresh.cjs", 4_000));
    // A module it holds that is gone, or a bundle whose list is gone: the modules are current.
    expect(bundledOr(bundle("gone.cjs", 5_000, [...held, "gone.js"]), module)).toBe(module);
    expect(bundledOr(file("unlisted.cjs", 5_000), module)).toBe(module);
  });

  // `npm run build` bundles after compiling, so the plain entry and the merge workers run the
  // bundles (scripts/build-bundles.js); a build that stopped bundling would go unnoticed.
  it("finds the build's bundles current", () => {
    for (const [bundle, module] of [
      ["dist/bundle/cli.cjs", "dist/cli/start.js"],
      ["dist/bundle/worker.cjs", "dist/batch/worker.js"],
    ]) {
      const b = pathToFileURL(join(ROOT, bundle as string));
      expect(bundledOr(b, pathToFileURL(join(ROOT, module as string))), bundle).toEqual(b);
    }
  });
});
