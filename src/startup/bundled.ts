import { statSync } from "node:fs";

/**
 * A module of dist/, or its bundle (dist/bundle/, made by scripts/build-bundles.js) when the
 * bundle is not older than the module. Why a bundle: Node loads one file in less than half the
 * time it takes to resolve and link missive's few hundred modules, which every plain start and
 * every merge worker paid (docs/benchmarks.md, "Bundled plain entry"). Why the age: `tsc`
 * alone compiles dist/ again without bundling, and the bundle then holds older code; an npm
 * install gives both the same time.
 */
export function bundledOr(bundle: URL, module: URL): URL {
  const made = mtimeOf(bundle);
  const compiled = mtimeOf(module);
  return made !== undefined && compiled !== undefined && made >= compiled ? bundle : module;
}

function mtimeOf(file: URL): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
