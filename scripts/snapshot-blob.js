#!/usr/bin/env node
// Makes missive's V8 startup snapshot from the bundle dist/snapshot/missive.cjs: runs it under
// `node --build-snapshot` and records which Node binary and which folder the snapshot belongs
// to, so bin/missive uses it only there. Needs nothing but Node, so it runs where missive is
// installed: `npm run build` calls it after bundling (scripts/build-snapshot.js), and an
// install from the registry, which ships the bundle but not the machine's snapshot, runs it
// as `postinstall` (`npm rebuild missive-letters` runs it again, e.g. after a Node upgrade).
//
// Usage: node scripts/snapshot-blob.js [--postinstall]
// --postinstall: does nothing in a development checkout (`prepare` builds the snapshot there),
// and never fails an install: without a snapshot, missive runs its plain entry, only slower.
// Under `npm rebuild`, asked for by name, a failure is a failure (npm hides a script's output
// when it succeeds).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = realpathSync(join(dirname(fileURLToPath(import.meta.url)), ".."));
const OUT = join(ROOT, "dist/snapshot");
export const BUNDLE = join(OUT, "missive.cjs");
/** What is made here: the machine's own files, which the npm package leaves out. */
const MADE = ["root", "missive.blob", "node-flags", "node.ref"].map((f) => join(OUT, f));

// V8 flags the snapshot is built and started with (Node refuses a snapshot under other
// flags). Why interpreted regexps: V8 cannot serialise compiled regexp code, and aborts the
// build when the warm-up has run a regexp often enough to compile it.
// Why a later tier-up: a letter takes a few hundred milliseconds, and optimising hot functions
// as early as V8 does by default cost more than it saved (the seed letter started 15 % slower,
// a 27-page letter 10 %); four times the default budget still optimises what runs longer.
// Why a larger first old-generation limit: V8 sets it just above the heap the snapshot brings,
// so every start ran a full mark-compact one letter in (about 10 ms of a 230 ms start).
// Why a later WebAssembly tier-up: HarfBuzz's hot functions were recompiled by TurboFan while
// the first letter was shaped, which made shaping its words three times slower (24 ms against
// 9 ms for the seed letter's 1,200 words; an 18 ms slower start). With this budget a process
// that shapes on (a short mail merge) still tiers up, only later.
const V8_FLAGS = [
  "--regexp-interpret-all",
  "--interrupt-budget=600000",
  "--initial-old-space-size=64",
  "--wasm-tiering-budget=100000000",
];

/**
 * The flags of V8_FLAGS this Node's V8 knows. Why: a newer V8 drops flags, and Node refuses
 * to start under one it does not know (Node 26's V8 has no --interrupt-budget); the snapshot
 * is then built without that tuning rather than not at all.
 */
function knownFlags() {
  const { stdout } = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
  return V8_FLAGS.filter((f) => (stdout ?? "").includes(`\n  ${f.split("=")[0]} (`));
}

/** Builds the snapshot from the bundle; throws, having removed what it made, if it cannot. */
export function makeSnapshotBlob() {
  // Written last, so an interrupted build leaves a folder bin/missive ignores.
  const root = join(OUT, "root");
  const blob = join(OUT, "missive.blob");
  rmSync(root, { force: true });
  // What an interrupted build left: a blob of some 20 MB nothing else removes.
  for (const f of readdirSync(OUT)) if (f.endsWith(".tmp")) rmSync(join(OUT, f), { force: true });
  try {
    const env = { ...process.env };
    // Flags in NODE_OPTIONS would be built into the snapshot, which then starts under none.
    delete env.NODE_OPTIONS;
    const tmp = `${blob}.${process.pid}.tmp`;
    const flags = knownFlags();
    const r = spawnSync(
      process.execPath,
      ["--no-warnings", ...flags, "--snapshot-blob", tmp, "--build-snapshot", BUNDLE],
      { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] },
    );
    if (r.status !== 0) {
      rmSync(tmp, { force: true });
      throw new Error(`node --build-snapshot failed (${r.status ?? r.signal})`);
    }
    renameSync(tmp, blob);
    writeFileSync(join(OUT, "node-flags"), `${flags.join(" ")}\n`);
    // bin/missive compares the running node's modification time with this file's (`test -nt`
    // is built into the shell; asking node for its version would cost a second Node start).
    writeFileSync(join(OUT, "node.ref"), `${process.execPath} ${process.version}\n`);
    execFileSync("touch", ["-r", process.execPath, join(OUT, "node.ref")]);
    writeFileSync(`${root}.tmp`, `${ROOT}\n`);
    renameSync(`${root}.tmp`, root);
  } catch (e) {
    // Best effort: the first error is the one to report (a folder we may not write to).
    for (const f of MADE) {
      try {
        rmSync(f, { force: true });
      } catch {}
    }
    throw e;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const postinstall = process.argv.includes("--postinstall");
  if (postinstall && existsSync(join(ROOT, "src"))) process.exit(0);
  try {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing`);
    makeSnapshotBlob();
  } catch (e) {
    console.error(`missive: no startup snapshot (${e.message}); missive works, but starts slower`);
    process.exit(postinstall && process.env.npm_command !== "rebuild" ? 0 : 1);
  }
}
