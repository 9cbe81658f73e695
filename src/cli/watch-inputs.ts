import { resolve } from "node:path";
import { loadLetter } from "../load/load-letter.js";
import { refuseLinkedOut } from "../load/named-input.js";
import { readText } from "../load/read-text.js";
import type { Resources } from "../resources.js";

/**
 * The files a letter is made from, for `missive watch`: the data file, the folders of its
 * pack and of the packs it extends (template, partials, styles, assets), its fonts, and the
 * images the last render used. Throws what loading throws (the caller keeps its old list), and
 * for a data file that a link leads out of its folder (named-input.ts).
 */
export function watchInputs(
  dataFile: string,
  opts: { cwd: string; template?: string; root?: string; assets: string[] },
  res: Resources,
): string[] {
  // As render refuses it: a data file that links out is not read, to find its pack either.
  refuseLinkedOut("the letter data", dataFile, opts.cwd, opts.root);
  const src = readText(dataFile, { cwd: opts.cwd });
  const letter = loadLetter(src, { cwd: opts.cwd, template: opts.template }, res);
  const fonts = Object.values(letter.pack.fonts).flatMap((family) => Object.values(family));
  const files = [resolve(opts.cwd, dataFile), ...letter.pack.dirs, ...fonts, ...opts.assets];
  return [...new Set(files.filter((f): f is string => typeof f === "string"))];
}
