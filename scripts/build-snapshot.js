#!/usr/bin/env node
// Builds missive's V8 startup snapshot (part of `npm run build`, after tsc): bundles
// dist/startup/snapshot-entry.js into one CommonJS file (a snapshot may only `require` Node's
// own modules), then snapshots it (scripts/snapshot-blob.js). The bundle ships in the npm
// package; the snapshot belongs to one machine and is made where missive is installed. Why a
// snapshot: see docs/benchmarks.md ("Cold start").
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { bundleModule } from "./bundle-module.js";
import { BUNDLE, makeSnapshotBlob } from "./snapshot-blob.js";

// Built where it stays, so stack traces name a file that exists.
const OUT = dirname(BUNDLE);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
try {
  const held = await bundleModule(join(dirname(OUT), "startup/snapshot-entry.js"), BUNDLE);
  writeHeldList(held);
  makeSnapshotBlob();
} catch (e) {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build-snapshot: ${e.message}`);
  process.exit(1);
}

/**
 * dist/'s modules the snapshot holds, as a line bin/missive sources: it starts from the
 * snapshot only when none is newer than the blob (`tsc --watch` writes only the modules that
 * changed). Why a sourced line: the shell reads a file it sources in blocks, while `read` reads
 * a byte at a time, and forking `cat` would cost a millisecond. Module names are kebab-case
 * paths; one that is not is left out rather than written into a shell line.
 */
function writeHeldList(files) {
  const dist = dirname(OUT);
  const held = files
    .filter((file) => file.startsWith(dist + sep))
    .map((file) => relative(dist, file).split(sep).join("/"))
    .filter((name) => /^[\w./-]+$/.test(name));
  writeFileSync(join(OUT, "held.sh"), `held='${held.join(" ")}'\n`);
}
