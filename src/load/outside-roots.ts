import { resolve } from "node:path";
import type { Location, Problem } from "../errors.js";
import { placeInRoots } from "../place-in-roots.js";

/**
 * The problem with a file a pack names (its templates, partials, schema, fonts, assets) that
 * lies outside the pack's folders once links are resolved; undefined when it is inside or does
 * not exist (the caller reports a missing file as before). Why: packs arrive in pull requests,
 * and a partial linked to `/proc/self/environ` or `{{asset "../../.ssh/id_rsa"}}` must not
 * put a file of the machine into a letter, an error, or a CI log.
 */
export function outsidePack(
  what: string,
  path: string,
  dirs: readonly string[],
  location: Location,
): Problem | undefined {
  const place = placeInRoots(path, dirs);
  if (place === "missing" || place.inside) return undefined;
  const folders =
    dirs.length > 1 ? `the pack folders ${dirs.join(", ")}` : `the pack folder ${dirs[0]}`;
  return {
    message: `${what} is outside ${folders}${resolvesTo(path, place.real)}`,
    location,
    hints: [
      "a pack reads only files inside its folder or the folders of the packs it extends; fonts may also come from pkg:<npm package>/<file>",
    ],
  };
}

/**
 * The problem with a file a letter's data names (a signature image, a logo, a pack by path)
 * that lies outside the data's root once links are resolved: the data file's folder, or the
 * folder given with --root. Why: data arrives in pull requests too.
 */
export function outsideDataRoot(
  what: string,
  path: string,
  root: string,
  location: Location,
): Problem | undefined {
  const place = placeInRoots(path, [root]);
  if (place === "missing" || place.inside) return undefined;
  return {
    message: `${what} is outside the root ${root}${resolvesTo(path, place.real)}`,
    location,
    hints: [
      "files named in the data must be inside the data file's folder; --root DIR allows a wider folder",
    ],
  };
}

/** Says where a name really leads when links or `..` make it differ from what was written. */
function resolvesTo(path: string, real: string): string {
  return resolve(path) === real ? "" : ` (it resolves to ${real})`;
}
