import { realpathSync } from "node:fs";
import { sep } from "node:path";

/**
 * Tells whether a path the watcher comes upon leads out of every file and folder it was asked
 * to watch, once its links are followed. Why: the watcher walks a pack's folder and follows
 * the links in it, so a pull request's `templates/acme/x -> /` made it walk the whole machine
 * (reading every folder's listing, outside the roots) until a folder it may not read ended
 * the process with Node's trace. `places` are the watched paths; `update` takes a new list.
 */
export function leadsOutOf(places: Iterable<string>): {
  leadsOut: (path: string) => boolean;
  update: (next: Iterable<string>) => void;
} {
  let named = new Set<string>();
  let real: string[] = [];
  const update = (next: Iterable<string>) => {
    named = new Set(next);
    real = [...named].map(realOrSelf);
  };
  update(places);
  const leadsOut = (path: string) => {
    if (named.has(path)) return false;
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return false; // gone or unreadable: the watcher reports it as it may
    }
    return !real.some((r) => target === r || target.startsWith(r.endsWith(sep) ? r : r + sep));
  };
  return { leadsOut, update };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
