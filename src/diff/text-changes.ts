import { diffArrays } from "diff";
import type { PageRun } from "../raster/page-raster.js";

/** A run of words one render has where the other has another run (either may be empty). */
export interface TextChange {
  removed: string;
  added: string;
}

/**
 * The words of a page that changed, in reading order of the PDF, by jsdiff's word-array diff.
 * Why words, not the runs pdf.js gives: a run is a line or a piece of one, and a word moved to
 * the next line by a reflow is not a change of text.
 */
export function textChanges(a: PageRun[], b: PageRun[]): TextChange[] {
  const changes: TextChange[] = [];
  let open: TextChange | undefined;
  for (const part of diffArrays(words(a), words(b))) {
    if (!part.added && !part.removed) {
      open = undefined;
      continue;
    }
    if (!open) {
      open = { removed: "", added: "" };
      changes.push(open);
    }
    const text = part.value.join(" ");
    if (part.added) open.added = join(open.added, text);
    else open.removed = join(open.removed, text);
  }
  return changes;
}

/**
 * The words of the runs. A run that is a lone hyphen is the one missive adds where it breaks a
 * word across lines (pdfkit paints it apart): the word is read whole, so a reflow that breaks
 * it elsewhere is no change of text.
 */
function words(runs: PageRun[]): string[] {
  const out: string[] = [];
  let joinNext = false;
  for (const r of runs) {
    if (/^[-\u00AD\u2010]$/u.test(r.str) && out.length) {
      joinNext = true;
      continue;
    }
    const ws = r.str.split(/\s+/u).filter((w) => w !== "");
    if (joinNext && ws.length) out.push(`${out.pop()}${ws.shift()}`);
    joinNext = false;
    out.push(...ws);
  }
  return out;
}

function join(a: string, b: string): string {
  return a ? `${a} ${b}` : b;
}
