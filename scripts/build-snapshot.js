#!/usr/bin/env node
// Builds missive's V8 startup snapshot (part of `npm run build`, after tsc): bundles
// dist/startup/snapshot-entry.js into one CommonJS file (a snapshot may only `require` Node's
// own modules), runs it under `node --build-snapshot`, and records which Node binary and which
// folder the snapshot belongs to, so bin/missive uses it only there. Why a snapshot: see
// docs/benchmarks.md ("Cold start").
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = realpathSync(join(dirname(fileURLToPath(import.meta.url)), ".."));
const OUT = join(ROOT, "dist/snapshot");
// Built where it stays, so stack traces name a file that exists. The file `root` is written
// last: bin/missive uses the snapshot only when `root` names this folder, so an interrupted
// build leaves a folder it ignores, and the next build starts afresh.
const BUNDLE = join(OUT, "missive.cjs");
const BLOB = join(OUT, "missive.blob");

// V8 flags the snapshot is built and started with (Node refuses a snapshot under other
// flags). Why interpreted regexps: V8 cannot serialise compiled regexp code, and aborts the
// build when the warm-up has run a regexp often enough to compile it.
// Why a later tier-up: a letter takes a few hundred milliseconds, and optimising hot functions
// as early as V8 does by default cost more than it saved (the seed letter started 15 % slower,
// a 27-page letter 10 %); four times the default budget still optimises what runs longer.
const V8_FLAGS = ["--regexp-interpret-all", "--interrupt-budget=600000"];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
try {
  await build({
    entryPoints: [join(ROOT, "dist/startup/snapshot-entry.js")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    // Imported at run time (startup/import-at-run-time.ts): a snapshot cannot hold WebAssembly.
    external: ["harfbuzzjs"],
    minifyWhitespace: true,
    minifySyntax: true,
    // The bundle sits two folders below the root, as every dist/<stage>/<file>.js does, so
    // paths made from import.meta.url (templates/, node_modules/) come out the same.
    define: { "import.meta.url": "__missiveModuleUrl" },
    banner: { js: 'var __missiveModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const env = { ...process.env };
  // Flags in NODE_OPTIONS would be built into the snapshot, which then starts under none.
  delete env.NODE_OPTIONS;
  const tmp = `${BLOB}.${process.pid}.tmp`;
  const r = spawnSync(
    process.execPath,
    ["--no-warnings", ...V8_FLAGS, "--snapshot-blob", tmp, "--build-snapshot", BUNDLE],
    { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status !== 0) throw new Error(`node --build-snapshot failed (${r.status ?? r.signal})`);
  renameSync(tmp, BLOB);
  writeFileSync(join(OUT, "node-flags"), `${V8_FLAGS.join(" ")}\n`);
  // bin/missive compares the running node's modification time with this file's (`test -nt`
  // is built into the shell; asking node for its version would cost a second Node start).
  writeFileSync(join(OUT, "node.ref"), `${process.execPath} ${process.version}\n`);
  execFileSync("touch", ["-r", process.execPath, join(OUT, "node.ref")]);
  writeFileSync(`${join(OUT, "root")}.tmp`, `${ROOT}\n`);
  renameSync(`${join(OUT, "root")}.tmp`, join(OUT, "root"));
} catch (e) {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build-snapshot: ${e.message}`);
  process.exit(1);
}
