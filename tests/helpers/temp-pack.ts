import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./render.js";

/** A copy of the senate pack in a temp folder, with some files replaced; returns the folder. */
export function tempPack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "missive-pack-"));
  cpSync(join(ROOT, "templates", "senate"), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
