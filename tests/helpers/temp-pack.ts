import { cpSync, readFileSync, writeFileSync } from "node:fs";
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

/**
 * A folder with templates/<folder>/, a copy of the senate pack whose manifest's name and
 * description are replaced: a pack from a pull request says what it likes there.
 */
export function hostilePack(folder: string, name: string, description: string): string {
  const dir = tempDir("hostile-pack");
  const pack = join(dir, "templates", folder);
  cpSync(join(ROOT, "templates", "senate"), pack, { recursive: true });
  const manifest = readFileSync(join(pack, "template.yaml"), "utf8")
    .replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`)
    .replace(/^description: .*$/m, `description: ${JSON.stringify(description)}`);
  writeFileSync(join(pack, "template.yaml"), manifest);
  return dir;
}
