#!/usr/bin/env node
// Bundles the plain entry's command (dist/cli/start.js) and the mail merge's worker thread
// (dist/batch/worker.js) into dist/bundle/ (part of `npm run build`, after tsc). bin/missive.js
// and the worker pool load a bundle in place of the modules when it is not older than any of
// dist/'s modules it holds, which `<bundle>.modules` lists (src/startup/bundled.ts); the package
// ships them.
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleModule } from "./bundle-module.js";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "../dist");
const OUT = join(DIST, "bundle");

/** Bundles `entry` and lists dist/'s modules it holds, relative to the bundle's folder. */
async function bundleWithList(entry, outfile) {
  const held = (await bundleModule(entry, outfile))
    .filter((file) => file.startsWith(DIST + sep))
    .map((file) => relative(dirname(outfile), file).split(sep).join("/"));
  writeFileSync(`${outfile}.modules`, `${held.join("\n")}\n`);
}

rmSync(OUT, { recursive: true, force: true });
try {
  await bundleWithList(join(DIST, "cli/start.js"), join(OUT, "cli.cjs"));
  await bundleWithList(join(DIST, "batch/worker.js"), join(OUT, "worker.cjs"));
} catch (e) {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build-bundles: ${e.message}`);
  process.exit(1);
}
