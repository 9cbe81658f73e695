import { fail, type MissiveError } from "../errors.js";

/**
 * A usage error commander found, as missive's own errors are: its "(Did you mean render?)"
 * line becomes a hint, so the suggestion reads as every other one (on stderr and in --json)
 * and the message is one line. A letter's file given as the command gets the command to render it.
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
  // `missive letter.yaml`, as pandoc and typst compile are called: say which command renders it.
  const file = /^unknown command '(.+\.(?:ya?ml|json))'$/i.exec(message.join("\n"))?.[1];
  if (file) hints.push(`to render it: missive render ${file}`);
  // `missive merge` and `missive help merge`: a mail merge is an option of render.
  const command = /^unknown command '(.+)'$/.exec(message.join("\n"))?.[1]?.toLowerCase();
  if (command && /^(mail-?)?merge$/.test(command))
    hints.push(
      "a mail merge is render with --merge: missive render letter.yaml --merge records.csv -o out/ (missive help render; docs/merge.md)",
    );
  return fail("usage", message.join("\n"), undefined, hints);
}
