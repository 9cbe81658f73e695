import type { MissiveError } from "../errors.js";
import { clippedWords } from "../shown-value.js";

/** One error as `--json` prints it: the kind, the message, where, and the hints. */
export interface ProblemJson {
  kind: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  path?: string;
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
