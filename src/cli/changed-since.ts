import { lstatSync, readlinkSync } from "node:fs";
import { dirname, isAbsolute, parse, resolve, sep } from "node:path";

/** Symbolic links followed at most, as Linux's own path walk does (ELOOP past 40). */
const MAX_LINKS = 40;

/**
 * Whether the file at `path` (absolute), or a symbolic link on its way to it, was made,
 * renamed or changed at or after `since` (ms since the epoch, the time the run began), or
 * cannot be walked. Why: a code frame reads its file again by name once the error is known,
 * and a file swapped since missive read it (`partials/x.hbs` replaced by a link to
 * `~/.aws/credentials`, or to `.git/config` inside the checkout) would show a line of
 * what missive never read and no root allowed. Making a link, renaming one into place,
 * writing a file or renaming it back all set the changed entry's ctime, which no user can
 * set back; a folder's own ctime is not asked about, as writing outputs into it changes it.
 */
export function changedSince(path: string, since: number): boolean {
  const root = parse(path).root;
  let rest = path
    .slice(root.length)
    .split(sep)
    .filter((p) => p !== "" && p !== ".");
  let at = root;
  let links = 0;
  try {
    while (rest.length > 0) {
      const [name, ...after] = rest;
      const next = name === ".." ? dirname(at) : resolve(at, name as string);
      const st = lstatSync(next);
      if (st.isSymbolicLink()) {
        if (st.ctimeMs >= since || ++links > MAX_LINKS) return true;
        const target = readlinkSync(next);
        const base = isAbsolute(target) ? parse(target).root : at;
        rest = [...target.slice(isAbsolute(target) ? base.length : 0).split(sep), ...after];
        rest = rest.filter((p) => p !== "" && p !== ".");
        at = base;
        continue;
      }
      if (after.length === 0 && st.ctimeMs >= since) return true;
      at = next;
      rest = after;
    }
    return false;
  } catch {
    return true;
  }
}
