import type { Location, Problem } from "../errors.js";
import { languageKeyProblem } from "./language-key.js";

/**
 * A problem for a pack's `labels:` that is not a mapping of languages, each a mapping of
 * names to texts. Why: a language's labels written as one text (`ps: "P.S."` straight under
 * `labels:`, where `ps` is read as Pashto) or as a number were passed over without a word,
 * and the pack's author never learned why the label did not change.
 */
export function labelTableProblems(labels: unknown, where: (path: string) => Location): Problem[] {
  if (labels === undefined || labels === null) return [];
  const hint = 'labels: { en: { ps: P.S. }, de: { ps: "PS:" } }';
  if (!isMapping(labels))
    return [
      {
        message: "labels is a mapping of languages, each of its labels",
        location: where("labels"),
        hints: [hint],
      },
    ];
  const problems: Problem[] = [];
  for (const [lang, table] of Object.entries(labels)) {
    // protoKeyProblems says what is wrong with that name.
    if (lang === "__proto__") continue;
    const key = languageKeyProblem(lang);
    if (key) {
      problems.push({ ...key, location: where(`labels.${lang}`) });
      continue;
    }
    if (!isMapping(table)) {
      problems.push({
        message: "a language's labels are a mapping of names to texts",
        location: where(`labels.${lang}`),
        hints: [hint],
      });
      continue;
    }
    for (const [name, text] of Object.entries(table))
      if (typeof text !== "string" && typeof text !== "number")
        problems.push({
          message: "a label is a text",
          location: where(`labels.${lang}.${name}`),
          hints: [hint],
        });
  }
  return problems;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
