import { fail, type MissiveError } from "../errors.js";

/**
 * A usage error commander found, as missive's own errors are: its "(Did you mean render?)"
 * line becomes a hint, so the suggestion reads as every other one (on stderr and in --json)
 * and the message is one line.
 */
export function usageError(text: string): MissiveError {
  const message: string[] = [];
  const hints: string[] = [];
  for (const line of text
    .replace(/^error: /, "")
    .trimEnd()
    .split("\n")) {
    const near = /^\(Did you mean (.+)\?\)$/.exec(line);
    if (near) hints.push(`did you mean ${near[1]}?`);
    else message.push(line);
  }
  return fail("usage", message.join("\n"), undefined, hints);
}
