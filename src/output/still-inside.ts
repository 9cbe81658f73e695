import { realpathSync } from "node:fs";
import { dirname } from "node:path";
import { fail } from "../errors.js";
import { isWithin } from "../is-within.js";

/**
 * Refuses a file that has landed, or is about to, outside the folder `inside` (a real path,
 * found when the run planned its names): its folder was moved, or replaced by a symbolic link,
 * while the run wrote. Why: a merge writes for minutes, and every name was checked against
 * links once, before the first letter; swapped then (`mv out out.old; ln -s ~/.ssh out`),
 * every later letter was written where the link led. Node has no `openat`, so the folder
 * cannot be held open; each file is checked once made and once renamed into place, which
 * leaves a window of moments, not of the whole run. The file's folder must exist.
 */
export function refuseMovedOut(path: string, inside: string): void {
  const real = realpathSync(dirname(path));
  if (isWithin(inside, real)) return;
  throw fail(
    "output",
    `${path} would be written outside ${inside}: its folder now leads to ${real}, moved or replaced by a link while the run wrote`,
    undefined,
    ["nothing may move or replace the output folder while missive writes into it"],
  );
}
