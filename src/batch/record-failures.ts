import { MissiveError, type Problem } from "../errors.js";
import type { MergeRecord } from "./merge-record.js";
import { recordPlace } from "./record-place.js";

/** Why a cap: a records file with one wrong column fails every record the same way. */
export const MAX_PROBLEMS = 100;
/** Record numbers a repeated problem lists before it counts the rest. */
const LISTED = 5;

interface Seen {
  problem: Problem;
  /** 1-based numbers of the other records with the same problem. */
  others: number[];
}

/**
 * The data problems of every record, each told once: a problem that recurs in later records
 * (a column no text uses, a field a text needs that the file lacks) is shown at its first
 * record, with the numbers of the others. Why: a CRM export's twenty extra columns would
 * otherwise fill the report with the first five records' same twenty lines.
 */
export function recordFailures(label: string) {
  const seen = new Map<string, Seen>();
  let counted = 0;
  let cut = false;
  return {
    /** Whether more records are worth checking (the cap counts repeats, so a check ends). */
    open: () => counted < MAX_PROBLEMS,
    /** The check stopped at the cap with records left unchecked: the report says so. */
    cut: () => {
      cut = true;
    },
    add(rec: MergeRecord, problems: readonly Problem[]): void {
      const place = `${recordPlace(rec, label)}: `;
      for (const p of problems) {
        counted++;
        const message = p.message.startsWith(place) ? p.message.slice(place.length) : p.message;
        const key = `${p.location?.path ?? ""}\0${message}`;
        const first = seen.get(key);
        if (first) first.others.push(rec.index + 1);
        else seen.set(key, { problem: p, others: [] });
      }
    },
    /** Every problem at once, or undefined when no record failed. */
    error(): MissiveError | undefined {
      if (seen.size === 0) return undefined;
      const shown = [...seen.values()].map(({ problem, others }) =>
        others.length === 0
          ? problem
          : { ...problem, hints: [...(problem.hints ?? []), alsoIn(others)] },
      );
      const last = shown.length - 1;
      return new MissiveError(
        "data",
        shown.map((p, i) =>
          i === last
            ? {
                ...p,
                hints: [
                  ...(p.hints ?? []),
                  ...(cut
                    ? [`the records were checked up to the first ${MAX_PROBLEMS} problems`]
                    : []),
                  "nothing was written; --keep-going renders the other records",
                ],
              }
            : p,
        ),
      );
    },
  };
}

/** `the same in record 2`, `the same in records 2, 3, 4, 5, 6 and 12 more`. */
function alsoIn(others: number[]): string {
  const listed = others.slice(0, LISTED).join(", ");
  const more = others.length > LISTED ? ` and ${others.length - LISTED} more` : "";
  return `the same in record${others.length > 1 ? "s" : ""} ${listed}${more}`;
}
