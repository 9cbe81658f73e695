import { clipped } from "../shown-value.js";
import type { LetterDiff } from "./diff-command.js";
import { escapeControl } from "./escape-control.js";
import { green, yellow } from "./painted.js";
import type { FileReport } from "./render-command.js";
import type { Reporter } from "./reporter.js";

const SHOWN_REGIONS = 4;

/** Tells people what `diff` found: per letter, each page that changed, where and in what words. */
export function reportDiff(letters: LetterDiff[], files: FileReport[], rep: Reporter): void {
  for (const l of letters) {
    const name = l.b ?? l.a ?? l.name;
    if (l.status === "added") rep.info(`${name}: `, yellow("only in the second render"));
    else if (l.status === "removed") rep.info(`${name}: `, yellow("only in the first render"));
    else if (l.pages && l.pages.a !== l.pages.b)
      rep.info(`${name}: `, yellow(`${l.pages.b} pages, was ${l.pages.a}`));
    for (const c of l.changes) pageLines(name, c, rep);
    if (l.status === "same") rep.info(`${name}: `, green("the same"));
  }
  for (const f of files) rep.info(green("wrote"), ` ${f.path}`);
  const changed = letters.filter((l) => l.status !== "same").length;
  if (letters.length > 1)
    rep.info(changed ? `${changed} of ${letters.length} letters differ` : "no letter differs");
}

function pageLines(name: string, c: LetterDiff["changes"][number], rep: Reporter): void {
  const what =
    c.status === "changed"
      ? `${percent(c.fraction)} of the page changed`
      : c.status === "added"
        ? "added"
        : "removed";
  const under = c.counts ? "" : " (within --threshold)";
  // The first few regions say where to look; the rest are in the picture and in --json.
  const shown = c.regions
    .slice(0, SHOWN_REGIONS)
    .map((r) => `${r.x},${r.y} ${r.width}×${r.height}`);
  if (c.regions.length > SHOWN_REGIONS) shown.push(`${c.regions.length - SHOWN_REGIONS} more`);
  const where = shown.join("; ");
  const plural = c.regions.length === 1 ? "" : "s";
  const line = `${name}: page ${c.page}: ${what}${under}`;
  rep.info(
    c.regions.length
      ? `${line}, in ${c.regions.length} region${plural} (pt from the top left: ${where})`
      : line,
  );
  for (const t of c.text) rep.info(`  text: ${quote(t.removed)} → ${quote(t.added)}`);
}

function percent(share: number): string {
  const p = share * 100;
  return `${p >= 1 ? p.toFixed(1) : p >= 0.01 ? p.toFixed(2) : p.toPrecision(1)}%`;
}

/** A changed passage, shortened to a line, control characters from the PDF escaped. */
function quote(text: string): string {
  if (!text) return "(nothing)";
  return `“${escapeControl(clipped(text, 60))}”`;
}
