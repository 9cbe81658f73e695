import { join } from "node:path";
import { BUILTIN_TEMPLATES, packFolders } from "../load/find-pack.js";
import { loadPack } from "../load/load-pack.js";
import { letterOptions, renderLetter } from "../pipeline.js";
import type { Resources } from "../resources.js";
import { scaffoldData } from "../scaffold/scaffold-data.js";

/**
 * Renders, in memory, the letter `missive init` would scaffold for every built-in pack. Run
 * while a startup snapshot is built, so the snapshot holds what a first letter otherwise pays
 * for: compiled schemas, parsed fonts and the fontkit tables shaping touches, hyphenation
 * patterns. The user's own letters are not involved: the snapshot is the same on every machine.
 */
export async function warmUp(res: Resources): Promise<void> {
  for (const name of packFolders(BUILTIN_TEMPLATES)) {
    const dir = join(BUILTIN_TEMPLATES, name);
    const text = scaffoldData(loadPack(dir, dir, res), undefined);
    await renderLetter(
      { file: join(dir, "warm-up.yaml"), text },
      { ...letterOptions({ creationDate: 0 }), cwd: dir },
      res,
    );
  }
}
