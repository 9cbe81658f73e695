#!/usr/bin/env node
// Two builds of missive compared on a merge worker's own loop (`recordRenderer`, the seed letter
// with bench/run.js's records), in one thread: their letters interleaved A, B, A, B…, so both
// meet the same load of a shared machine; user CPU per letter after a warm-up. Each pair runs
// two processes, one importing A first and one B first (the build imported first ran 2–3 %
// slower in either role); the pair's ratio is the geometric mean of the two.
// Usage: node bench/ab-loop.js DIR_A DIR_B [pairs=5] [warm=300] [letters=600]
// DIR_A and DIR_B are checkouts with dist/ built (`npx tsc -p .` is enough) and node_modules.
// AB_NAMES=FILE (one name a line) names each recipient from the file, in turn, in place of
// "Person i": real names vary the glyphs a letter uses, so its font subsets (cid-font.ts).
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const SEED = "data/senate-itu-2020.yaml";
const TMP = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
const NAMES = process.env.AB_NAMES
  ? readFileSync(process.env.AB_NAMES, "utf8").split("\n").filter(Boolean)
  : [];

/** bench/run.js's records: another recipient and salutation for each. */
function job(i, dir) {
  return {
    index: i,
    line: i + 2,
    data: {
      recipient: [
        NAMES.length ? `The Honorable ${NAMES[i % NAMES.length]}` : `The Honorable Person ${i}`,
        "Secretary",
        `Department ${i % 17}`,
        `${100 + i} C Street NW`,
        "Washington, DC 20520",
      ],
      salutation: `Dear Secretary ${i},`,
    },
    targets: { pdf: join(dir, `l-${i % 50}.pdf`), txt: join(dir, `l-${i % 50}.txt`) },
  };
}

/**
 * The WorkerSetup a build's merge gives its workers: its CLI is run on a two-record merge with
 * `-j 2` and Worker replaced by one that writes the setup out and ends the process.
 */
function setupOf(tree, dir) {
  const file = join(dir, "setup.json");
  const csv = join(dir, "r.csv");
  writeFileSync(csv, "recipient.0,salutation\nA,Dear A\nB,Dear B\n");
  const preload = `import wt from "node:worker_threads"; import { syncBuiltinESMExports } from "node:module"; import { writeFileSync } from "node:fs";
wt.Worker = class { constructor(_f, o) { writeFileSync(${JSON.stringify(file)}, JSON.stringify(o.workerData.setup)); process.exit(0); } };
syncBuiltinESMExports();`;
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(preload)}`,
      join(tree, "bin/missive.js"),
      "render",
      join(tree, SEED),
      "--merge",
      csv,
      "-o",
      join(dir, "out"),
      "-j",
      "2",
      "-q",
    ],
    { encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1583884800" } },
  );
  if (!existsSync(file)) throw new Error(`no worker setup from ${tree}:\n${r.stderr}`);
  return readFileSync(file, "utf8");
}

/** One process: the builds' loops interleaved; prints each one's user CPU ms per letter. */
async function runLoops(trees, warm, letters) {
  const out = mkdtempSync(join(TMP, "missive-ab-"));
  try {
    const loops = [];
    for (const [n, tree] of trees.entries()) {
      const dist = (f) => pathToFileURL(join(tree, "dist", f)).href;
      const { recordRenderer } = await import(dist("batch/render-record.js"));
      const { createResources } = await import(dist("resources.js"));
      const dir = join(out, String(n));
      mkdirSync(dir);
      const setup = JSON.parse(setupOf(tree, dir));
      Object.assign(setup.options, {
        outDir: dir,
        manifestPath: join(dir, "manifest.json"),
        dataFile: join(tree, SEED),
        cwd: tree,
      });
      // The folder every letter must land in (output/still-inside.ts), where the setup has it.
      if (setup.found && "outReal" in setup.found) setup.found.outReal = realpathSync(dir);
      loops.push({ dir, render: recordRenderer(setup, createResources()), user: 0 });
    }
    for (let i = 0; i < warm + letters; i++)
      for (const loop of i % 2 ? [...loops].reverse() : loops) {
        const before = process.cpuUsage();
        const r = await loop.render(job(i, loop.dir));
        if (r.error) throw new Error(r.error.problems.map((p) => p.message).join("\n"));
        if (i >= warm) loop.user += process.cpuUsage(before).user;
      }
    console.log(JSON.stringify(loops.map((l) => l.user / 1000 / letters)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Runs one process of a pair; returns [ms of A, ms of B]. */
function pairRun(a, b, warm, letters, aFirst) {
  const trees = aFirst ? [a, b] : [b, a];
  const r = spawnSync(
    process.execPath,
    ["--single-threaded-gc", SELF, "--loops", String(warm), String(letters), ...trees],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const ms = JSON.parse(r.stdout.trim().split("\n").at(-1));
  return aFirst ? ms : [ms[1], ms[0]];
}

const args = process.argv.slice(2);
if (args[0] === "--loops") {
  const [, warm, letters, ...trees] = args;
  await runLoops(trees, Number(warm), Number(letters));
} else {
  const [a, b, pairs = "5", warm = "300", letters = "600"] = args;
  if (!a || !b)
    throw new Error("usage: node bench/ab-loop.js DIR_A DIR_B [pairs] [warm] [letters]");
  const [A, B] = [resolve(a), resolve(b)];
  const ratios = [];
  for (let p = 0; p < Number(pairs); p++) {
    const one = pairRun(A, B, Number(warm), Number(letters), true);
    const two = pairRun(A, B, Number(warm), Number(letters), false);
    const ratio = Math.sqrt((one[1] / one[0]) * (two[1] / two[0]));
    ratios.push(ratio);
    console.log(
      `pair ${p + 1}: A ${one[0].toFixed(2)} / ${two[0].toFixed(2)} ms, B ${one[1].toFixed(2)} / ${two[1].toFixed(2)} ms a letter; B ÷ A ${ratio.toFixed(3)}`,
    );
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  console.log(
    `B ÷ A, user CPU a letter: ${ratios.map((r) => r.toFixed(3)).join(", ")}; median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)}`,
  );
}
