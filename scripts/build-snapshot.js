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
// Built in a folder of its own and renamed into place whole, so bin/missive never finds a
// snapshot without the files that say what it belongs to.
const WORK = `${OUT}.${process.pid}.tmp`;
const BUNDLE = join(WORK, "missive.cjs");

// V8 flags the snapshot is built and started with (Node refuses a snapshot under other
// flags). Why interpreted regexps: V8 cannot serialise compiled regexp code, and aborts the
// build when the warm-up has run a regexp often enough to compile it.
const V8_FLAGS = ["--regexp-interpret-all"];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
try {
  await build({
    entryPoints: [join(ROOT, "dist/startup/snapshot-entry.js")],
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
    banner: {
      js: `var __missiveModuleUrl = require("node:url").pathToFileURL(${JSON.stringify(join(OUT, "missive.cjs"))}).href;`,
    },
  });
  const env = { ...process.env };
  // Flags in NODE_OPTIONS would be built into the snapshot, which then starts under none.
  delete env.NODE_OPTIONS;
  const r = spawnSync(
    process.execPath,
    [
      "--no-warnings",
      ...V8_FLAGS,
      "--snapshot-blob",
      join(WORK, "missive.blob"),
      "--build-snapshot",
      BUNDLE,
    ],
    { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status !== 0) throw new Error(`node --build-snapshot failed (${r.status ?? r.signal})`);
  writeFileSync(join(WORK, "root"), `${ROOT}\n`);
  writeFileSync(join(WORK, "node-flags"), `${V8_FLAGS.join(" ")}\n`);
  // bin/missive compares the running node's modification time with this file's (`test -nt`
  // is built into the shell; asking node for its version would cost a second Node start).
  writeFileSync(join(WORK, "node.ref"), `${process.execPath} ${process.version}\n`);
  execFileSync("touch", ["-r", process.execPath, join(WORK, "node.ref")]);
  renameSync(WORK, OUT);
} catch (e) {
  rmSync(WORK, { recursive: true, force: true });
  console.error(`build-snapshot: ${e.message}`);
  process.exit(1);
}
