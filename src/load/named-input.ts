import { dirname, resolve } from "node:path";
import { fail } from "../errors.js";
import { isWithin } from "../is-within.js";
import { placeInRoots } from "../place-in-roots.js";

/**
 * Refuses a file named on the command line (the letter's data, a records file) whose symbolic
 * links lead it out of the folder it was named in: the current folder when its path lies
 * there, else the folder its path names; `--root` widens either. Why: CI runs
 * `missive check letters/*.yaml` in a checked-out pull request, which may hold
 * `letters/x.yaml -> ~/.git-credentials` or `letters -> ~/.config/gh`; its first line came
 * back in an error's code frame (and in the log), its keys in "unknown field" messages.
 * Checked before the file is opened; a missing file is left for the reader to report.
 */
export function refuseLinkedOut(
  what: string,
  file: string,
  cwd: string,
  /** --root, for the commands that have it (`render`, `check`, a merge); false for `diff`. */
  root: string | null | undefined | false,
): void {
  const path = resolve(cwd, file);
  const inCwd = isWithin(resolve(cwd), path);
  const named = inCwd ? resolve(cwd) : dirname(path);
  const roots = root ? [named, resolve(cwd, root)] : [named];
  const place = placeInRoots(path, roots);
  if (place === "missing" || place.inside) return;
  const where = `${inCwd ? "the current folder" : "its folder"} ${named}${root ? ` and the root ${roots[1]}` : ""}`;
  throw fail(
    "input",
    `${what} is outside ${where}: a symbolic link leads it to ${place.real}`,
    { file },
    [
      `a file named on the command line is read through a link only inside the current folder (its own folder when named outside it); name the file where it lies${root === false ? "" : ", or allow a wider folder with --root DIR"}`,
    ],
  );
}
