import { statSync } from "node:fs";

/**
 * Whether a path is a folder, after links; false for one that does not exist or cannot be
 * looked at (a file on the way, no permission), which the caller then treats as a file's name.
 */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
