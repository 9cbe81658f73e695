import { readdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { editDistance } from "./did-you-mean.js";

/**
 * Why stricter than didYouMean's third of the length: names in a folder share their extension,
 * so `other.yaml` is three edits from `letter.yaml` yet no typo of it.
 */
function closest(name: string, names: string[]): string | undefined {
  const limit = Math.min(2, Math.max(1, Math.floor(name.length / 4)));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const n of names) {
    const d = editDistance(name.toLowerCase(), n.toLowerCase());
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best;
}

/**
 * For a file that is not there, the name of its folder's entry it is likely a typo of
 * (`letter.yml` beside `letter.yaml`), written as the user wrote the missing one, or
 * undefined. Only the named folder is listed: the path came from the command line.
 */
export function similarFile(written: string, path: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return undefined;
  }
  const near = closest(basename(path), names);
  return near === undefined
    ? undefined
    : written.slice(0, written.length - basename(written).length) + near;
}
