import { isAbsolute, relative, sep } from "node:path";

/** True when `path` is `dir` itself or below it; both are absolute, real paths. */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
