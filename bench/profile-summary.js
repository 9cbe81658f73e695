#!/usr/bin/env node
// Summarises the .cpuprofile files `node --cpu-prof --cpu-prof-dir=DIR` wrote (one per thread):
// self time by function and by package, summed over all threads, idle time left out.
// Usage: node bench/profile-summary.js DIR [top=25]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir, topArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: node bench/profile-summary.js DIR [top]");
const top = Number(topArg ?? 25);
const byFn = new Map();
const byPkg = new Map();
let busy = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith(".cpuprofile"))) {
  const p = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const self = new Map();
  for (const [i, id] of p.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    const name = n.callFrame.functionName || "(anonymous)";
    if (!us || name === "(idle)") continue;
    busy += us;
    const url = n.callFrame.url;
    const where = url.includes("/node_modules/")
      ? url.replace(/^.*\/node_modules\//, "")
      : url.replace(/^.*\/dist\//, "dist/");
    const key = `${name}  ${where}:${n.callFrame.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    const pkg = url.includes("node_modules/")
      ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1")
      : url.includes("/dist/")
        ? `missive ${url.replace(/^.*\/dist\/([^/]+).*$/, "$1")}/`
        : url.startsWith("node:")
          ? url.split("/")[0]
          : name.startsWith("(")
            ? name
            : "node internals";
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
  }
}
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, us]) =>
        `${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    )
    .join("\n");
console.log(
  `busy CPU time over all threads: ${(busy / 1000).toFixed(0)} ms\n\nby package:\n${show(byPkg, 15)}`,
);
console.log(`\ntop ${top} functions (self time):\n${show(byFn, top)}`);
