import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * missive's version, from its package.json: one place, so `--version`, the JSON reports and
 * the package never disagree. Two folders up from src/cli/, dist/cli/ and the snapshot's
 * bundle (dist/snapshot/) alike; read once, when the module loads (in the snapshot, when it
 * is built, which every install does again).
 */
export const VERSION = (
  JSON.parse(
    readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../package.json"), "utf8"),
  ) as { version: string }
).version;
