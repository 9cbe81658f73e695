import { isAbsolute, relative, resolve } from "node:path";
import { fail } from "../errors.js";
import { isWithin } from "../is-within.js";
import { placeInRoots } from "../place-in-roots.js";

/**
 * Refuses, before anything is written, an output folder named inside the current folder that
 * a symbolic link leads out of it (`-o out` where a pull request made `out -> ~/.config`),
 * naming the option and its value (`given`, as written). Why: the letters, the manifest and
 * the pictures would be written where the link leads, outside the checkout; the same rule as
 * for a file named on the command line to be read (load/named-input.ts). A folder named
 * outside the current folder (`-o /srv/letters`) is written wherever it lies.
 */
export function refuseFolderLinkedOut(
  flag: string,
  given: string,
  folder: string,
  cwd: string,
): void {
  const here = resolve(cwd);
  const path = resolve(cwd, folder);
  if (!isWithin(here, path)) return;
  const place = placeInRoots(path, [here]);
  if (place === "missing" || place.inside) return;
  const shown = isAbsolute(given) ? relative(here, given) || given : given;
  throw fail(
    "output",
    `${flag} ${shown}: ${relative(here, path) || "."} is outside the current folder ${here}: a symbolic link leads it to ${place.real}`,
    undefined,
    [
      `an output named on the command line is written through a link only inside the current folder; name the place the link leads to (${place.real}) if that is what you meant`,
    ],
  );
}
