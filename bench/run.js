#!/usr/bin/env node
// `npm run bench`: cold start of one letter, then 1,000 and 10,000 merged variants of the seed
// letter. Prints wall time, time per letter and peak memory, and for each batch Typst's
// in-process batch of the same letter (bench/typst-batch.js) and the ratio of the two.
// Usage: node bench/run.js [sizes…]   (BENCH_JOBS=n passes -j n; default: all cores;
// BENCH_NO_TYPST=1 leaves Typst out)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { typstBatch } from "./typst-batch.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// The command users run: it starts from the startup snapshot when one is built (bin/missive).
const BIN = join(ROOT, "bin/missive");
const LETTER = join(ROOT, "data/senate-itu-2020.yaml");
// GNU time reports the peak resident memory of the process (worker threads share it).
const TIME = "/usr/bin/time";
const COLD_RUNS = 5;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 10000];

/**
 * Runs the CLI as a fresh process; returns wall ms and peak RSS in MB (NaN without GNU time).
 * `env` adds variables, e.g. MISSIVE_NO_SNAPSHOT=1 for the plain entry.
 */
function missive(args, cwd, env = {}) {
  const withTime = existsSync(TIME);
  const [cmd, argv] = withTime ? [TIME, ["-f", "bench-max-rss-kb %M", BIN, ...args]] : [BIN, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1583884800", CI: "1", ...env },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`missive ${args.join(" ")} failed:\n${r.stderr}`);
  const kb = Number(/bench-max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, mb: kb / 1024 };
}

/** Peak RSS of each batch size, MB. */
const peaks = new Map();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Variants of the seed letter: a different recipient and salutation per record. */
function records(n) {
  const rows = ["recipient.0,recipient.1,recipient.2,recipient.3,recipient.4,salutation"];
  for (let i = 0; i < n; i++)
    rows.push(
      `The Honorable Person ${i},Secretary,Department ${i % 17},${100 + i} C Street NW,"Washington, DC 20520","Dear Secretary ${i},"`,
    );
  return `${rows.join("\n")}\n`;
}

const dir = mkdtempSync(join(tmpdir(), "missive-bench-"));
try {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`missive bench · node ${process.version} · ${availableParallelism()} cores · ${cpu}`);
  // bin/missive unsets it; any other Node program started here pays for it (docs/benchmarks.md).
  if (process.env.NODE_EXTRA_CA_CERTS)
    console.log(
      `NODE_EXTRA_CA_CERTS is set here (${process.env.NODE_EXTRA_CA_CERTS}); bin/missive ignores it`,
    );
  for (const [label, env] of [
    ["startup snapshot", {}],
    ["plain entry (MISSIVE_NO_SNAPSHOT=1)", { MISSIVE_NO_SNAPSHOT: "1" }],
  ]) {
    missive(["render", LETTER, "-o", join(dir, "warm"), "-q"], dir, env); // warm the file cache
    const cold = [];
    for (let i = 0; i < COLD_RUNS; i++)
      cold.push(missive(["render", LETTER, "-o", join(dir, "cold"), "-q"], dir, env));
    console.log(
      `cold start, one letter (pdf+txt), ${label}, median of ${COLD_RUNS}: ${median(cold.map((c) => c.ms)).toFixed(0)} ms, peak RSS ${median(cold.map((c) => c.mb)).toFixed(0)} MB`,
    );
  }
  for (const n of SIZES) {
    const file = join(dir, `records-${n}.csv`);
    writeFileSync(file, records(n));
    const out = join(dir, `out-${n}`);
    const jobs = process.env.BENCH_JOBS ? ["-j", process.env.BENCH_JOBS] : [];
    const r = missive(["render", LETTER, "--merge", file, "-o", out, "-q", ...jobs], dir);
    peaks.set(n, r.mb);
    console.log(
      `batch of ${String(n).padStart(6)} (pdf+txt): ${(r.ms / 1000).toFixed(1)} s wall, ${(r.ms / n).toFixed(2)} ms/letter, peak RSS ${r.mb.toFixed(0)} MB`,
    );
    rmSync(out, { recursive: true, force: true });
    if (process.env.BENCH_NO_TYPST) continue;
    // Typst compiles one letter at a time in this process (pdf only); missive's figure is the
    // whole command's wall time (start, plan, pdf and text, manifest) on every core.
    const typst = await typstBatch(n);
    console.log(
      `  Typst in-process batch of ${n} (pdf): ${typst.wall.toFixed(2)} ms/letter; missive ÷ Typst = ${(r.ms / n / typst.wall).toFixed(2)}`,
    );
  }
  if (peaks.has(1000) && peaks.has(10000))
    console.log(
      `peak RSS at 10,000 records ÷ at 1,000: ${((peaks.get(10000) ?? 0) / (peaks.get(1000) ?? 1)).toFixed(2)}`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
