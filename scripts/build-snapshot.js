#!/usr/bin/env node
// Builds missive's V8 startup snapshot (part of `npm run build`, after tsc): bundles
// dist/startup/snapshot-entry.js into one CommonJS file (a snapshot may only `require` Node's
// own modules), then snapshots it (scripts/snapshot-blob.js). The bundle ships in the npm
// package; the snapshot belongs to one machine and is made where missive is installed. Why a
// snapshot: see docs/benchmarks.md ("Cold start").
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { bundleModule } from "./bundle-module.js";
import { BUNDLE, makeSnapshotBlob } from "./snapshot-blob.js";

// Built where it stays, so stack traces name a file that exists.
const OUT = dirname(BUNDLE);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
try {
  await bundleModule(join(dirname(OUT), "startup/snapshot-entry.js"), BUNDLE);
  makeSnapshotBlob();
} catch (e) {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build-snapshot: ${e.message}`);
  process.exit(1);
}
