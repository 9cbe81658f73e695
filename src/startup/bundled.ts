import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A module of dist/, or its bundle (dist/bundle/, made by scripts/build-bundles.js) when the
 * bundle is not older than any of dist/'s modules it holds, which `<bundle>.modules` lists
 * (written with the bundle). Why a bundle: Node loads one file in less than half the time it
 * takes to resolve and link missive's few hundred modules, which every plain start and every
 * merge worker paid (docs/benchmarks.md, "Bundled plain entry"). Why the age of every module:
 * `tsc` alone compiles dist/ again without bundling, and `tsc --watch` writes only the modules
 * that changed, so the entry alone may be older than the bundle while a module it imports is
 * newer; the bundle then holds older code. An npm install gives every file the same time.
 */
export function bundledOr(bundle: URL, module: URL): URL {
  const path = fileURLToPath(bundle);
  const made = mtimeOf(path);
  const held = heldModules(path);
  if (made === undefined || held === undefined) return module;
  // Paths, not URLs: a few hundred files are asked about at every plain start.
  const current = [fileURLToPath(module), ...held].every((m) => {
    const compiled = mtimeOf(m);
    return compiled !== undefined && compiled <= made;
  });
  return current ? bundle : module;
}

/** The paths `<bundle>.modules` lists, or undefined when there is no list. */
function heldModules(bundle: string): string[] | undefined {
  try {
    const list = readFileSync(`${bundle}.modules`, "utf8");
    const folder = dirname(bundle);
    return list
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => join(folder, line));
  } catch {
    return undefined;
  }
}

function mtimeOf(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}
