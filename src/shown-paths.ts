import { sep } from "node:path";

/**
 * A message's text (its place, its words, a hint) with every path inside the current folder
 * `cwd` shown relative to it: `/ci/checkout/templates/custom/letter.hbs:2:6` reads
 * `templates/custom/letter.hbs:2:6`, as the letter named on the command line already reads.
 * Why: a pack's files (and the images, fonts and folders found from the data) are named by
 * their absolute paths where the run finds them, so a CI log showed the runner's checkout
 * folder and user name; the place stays as clear, relative to where the run was started.
 * A path outside the current folder is shown whole (the user named it, or a message about a
 * root names where it lies), and so is the current folder itself ("outside the root /ci/x").
 * A path is taken at a word's start only: `/x/work/a` is not shown as `a` when cwd is `/work`.
 */
export function shownPaths(text: string, cwd: string): string {
  if (cwd === sep || cwd === "" || !text.includes(cwd)) return text;
  return text.replace(placesIn(cwd), "$1");
}

/** `cwd` and a separator where a path may start: the text's start, or after a space or a quote or bracket. */
function placesIn(cwd: string): RegExp {
  const escaped = `${cwd}${sep}`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`(^|[\\s"'\`(<\\[=,])${escaped}(?=[^\\s])`, "g");
}
