import type { MissiveError, Warning } from "../errors.js";
import { clippedWords } from "../shown-value.js";

/** One error as `--json` prints it: the kind, the message, where, and the hints. */
export interface ProblemJson {
  kind: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  path?: string;
  /** In a spreadsheet of records: the sheet, `line` its row, and the columns of the cells. */
  sheet?: string;
  column?: string;
  hints: string[];
}

export function problemsJson(e: MissiveError): ProblemJson[] {
  return e.problems.map((p) => ({
    kind: e.kind,
    message: clippedWords(p.message),
    ...p.location,
    hints: (p.hints ?? []).map(clippedWords),
  }));
}

/**
 * One warning as `--json` prints it: the message and where, in the fields an error's problem
 * uses. Why not the printed line: a script reads the place from fields, as it does an error's.
 */
export type WarningJson = Omit<ProblemJson, "kind" | "hints">;

export function warningJson(w: Warning): WarningJson {
  return { message: clippedWords(w.message), ...w.location };
}
