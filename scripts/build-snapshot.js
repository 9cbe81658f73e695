#!/usr/bin/env node
// Builds missive's V8 startup snapshot (part of `npm run build`, after tsc): bundles
// dist/startup/snapshot-entry.js into one CommonJS file (a snapshot may only `require` Node's
// own modules), then snapshots it (scripts/snapshot-blob.js). The bundle ships in the npm
// package; the snapshot belongs to one machine and is made where missive is installed. Why a
// snapshot: see docs/benchmarks.md ("Cold start").
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { BUNDLE, makeSnapshotBlob } from "./snapshot-blob.js";
import { leaveOut } from "./snapshot-leave-out.js";

const ICC = "sRGB_IEC61966_2_1.icc";
// Built where it stays, so stack traces name a file that exists.
const OUT = dirname(BUNDLE);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
try {
  await build({
    entryPoints: [join(dirname(OUT), "startup/snapshot-entry.js")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    minifyWhitespace: true,
    minifySyntax: true,
    // The bundle sits two folders below the root, as every dist/<stage>/<file>.js does, so
    // paths made from import.meta.url (templates/, node_modules/) come out the same.
    define: { "import.meta.url": "__missiveModuleUrl" },
    banner: { js: 'var __missiveModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [leaveOut],
  });
  // pdfkit reads its sRGB profile (the PDF/A output intent) from data/ beside its own file,
  // which in the bundle is the bundle's.
  const pdfkit = dirname(createRequire(import.meta.url).resolve("pdfkit"));
  mkdirSync(join(OUT, "data"), { recursive: true });
  copyFileSync(join(pdfkit, "data", ICC), join(OUT, "data", ICC));
  makeSnapshotBlob();
} catch (e) {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build-snapshot: ${e.message}`);
  process.exit(1);
}
