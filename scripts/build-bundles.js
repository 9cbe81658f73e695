#!/usr/bin/env node
// Bundles the plain entry's command (dist/cli/start.js) and the mail merge's worker thread
// (dist/batch/worker.js) into dist/bundle/ (part of `npm run build`, after tsc). bin/missive.js
// and the worker pool load a bundle in place of the modules when it is not older than its
// entry (src/startup/bundled.ts); the package ships them.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleModule } from "./bundle-module.js";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "../dist");
const OUT = join(DIST, "bundle");
rmSync(OUT, { recursive: true, force: true });
try {
  await bundleModule(join(DIST, "cli/start.js"), join(OUT, "cli.cjs"));
  await bundleModule(join(DIST, "batch/worker.js"), join(OUT, "worker.cjs"));
} catch (e) {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build-bundles: ${e.message}`);
  process.exit(1);
}
