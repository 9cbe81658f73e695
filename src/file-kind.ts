import type { Stats } from "node:fs";

/**
 * What a path that is not a regular file is, in words: `a folder`, `a device`. Why one place:
 * reading refuses such inputs and writing such outputs, and both say what was found.
 */
export function fileKind(st: Stats): string {
  if (st.isFile()) return "a file";
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a file";
}
