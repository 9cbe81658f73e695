#!/usr/bin/env node
// `npm run typography`: measures the pages missive sets, the way a reader judges them, from
// the PDF alone (poppler's `pdftotext -bbox-layout`, the tool the issue's figures came from):
// pages, hyphenated line ends (how many, longest run in a row, capitalised words broken) and
// the word-space spread of justified lines (the widest mean gap of a line ÷ the median).
// Renders every letter in data/ and measures any extra PDFs given as arguments (for example
// the LaTeX and Typst renderings of the seed letter in ../shared/reference/).
// Usage: node bench/typography.js [other.pdf …]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/missive");

/** Words of each text line, with their boxes, page by page. */
function linesOf(pdf) {
  const r = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    console.error("typography: needs pdftotext (Debian: apt-get install poppler-utils)");
    process.exit(1);
  }
  const pages = [];
  for (const page of r.stdout.split("<page ").slice(1)) {
    const lines = [];
    for (const line of page.split("<line ").slice(1)) {
      const words = [
        ...line.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: decode(m[5]) }));
      if (words.length) lines.push(words);
    }
    pages.push(lines);
  }
  return pages;
}

function decode(s) {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : Number.NaN;
};

/**
 * Body lines: lines of at least 6 words whose font height matches the page's most common one.
 * Justified lines: those ending within 1 pt of the right edge shared by most full lines.
 */
export function measure(pdf) {
  const pages = linesOf(pdf);
  const all = pages.flat();
  const heightOf = (l) => Math.round((l[0].y1 - l[0].y0) * 10) / 10;
  const heights = new Map();
  for (const l of all)
    if (l.length >= 6) heights.set(heightOf(l), (heights.get(heightOf(l)) ?? 0) + 1);
  const bodyH = [...heights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const body = all.filter((l) => l.length >= 4 && Math.abs(heightOf(l) - bodyH) < 0.5);
  const rights = new Map();
  for (const l of body) {
    const r = Math.round(l[l.length - 1].x1);
    rights.set(r, (rights.get(r) ?? 0) + 1);
  }
  const right = [...rights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  // A justified line may end a little past the edge: punctuation hanging into the margin.
  const justified = body.filter((l) => {
    const over = l[l.length - 1].x1 - right;
    return over >= -1.5 && over <= 4;
  });
  const gaps = justified.map((l) => {
    let sum = 0;
    for (let i = 1; i < l.length; i++) sum += l[i].x0 - l[i - 1].x1;
    return sum / (l.length - 1);
  });
  const med = median(gaps);
  const ends = body.map((l) => l[l.length - 1].text);
  const hyphenated = ends.map((t) => /\p{L}[-\u00AD\u2010]$/u.test(t));
  let run = 0;
  let longest = 0;
  for (const h of hyphenated) {
    run = h ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const capitalised = ends.filter((t, i) => hyphenated[i] && /^\P{L}*\p{Lu}/u.test(t));
  return {
    pages: pages.length,
    bodyLines: body.length,
    hyphens: hyphenated.filter(Boolean).length,
    inARow: longest,
    capitalised,
    // Ragged text has no justified lines to speak of: a few may end at the same place by chance.
    spread: justified.length >= body.length / 3 ? Math.max(...gaps) / med : Number.NaN,
    medianGap: med,
  };
}

function render(file, dir) {
  const r = spawnSync(BIN, ["render", file, "-f", "pdf", "-o", `${dir}/`], {
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1583884800", CI: "1" },
  });
  if (r.status !== 0) throw new Error(`missive render ${file} failed:\n${r.stderr}`);
  return join(dir, `${basename(file).replace(/\.ya?ml$/, "")}.pdf`);
}

function row(name, m) {
  const cap = m.capitalised.length ? ` (${m.capitalised.join(" ")})` : "";
  return `${name.padEnd(34)} ${String(m.pages).padStart(5)} ${String(m.bodyLines).padStart(6)} ${`${m.hyphens}`.padStart(7)} ${String(m.inARow).padStart(6)} ${String(m.capitalised.length).padStart(5)} ${Number.isFinite(m.spread) ? m.spread.toFixed(2).padStart(7) : "      -"}${cap}`;
}

const dir = mkdtempSync(join(tmpdir(), "missive-typography-"));
try {
  console.log(`${"letter".padEnd(34)} pages  lines hyphens in-row  caps  spread`);
  const data = join(ROOT, "data");
  for (const f of readdirSync(data)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort())
    console.log(row(f, measure(render(join(data, f), dir))));
  for (const pdf of process.argv.slice(2)) console.log(row(basename(pdf), measure(pdf)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
