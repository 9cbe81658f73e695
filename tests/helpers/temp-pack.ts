import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./render.js";
import { tempDir } from "./temp-dir.js";

/** A copy of the senate pack in a temp folder, with some files replaced; returns the folder. */
export function tempPack(files: Record<string, string>): string {
  const dir = tempDir("pack");
  cpSync(join(ROOT, "templates", "senate"), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
