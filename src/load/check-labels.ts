import type { Problem } from "../errors.js";
import { listed } from "./describe-schema-error.js";
import { guesser } from "./did-you-mean.js";
import { DATE_LABELS } from "./language-labels.js";
import type { TemplatePack } from "./pack-types.js";
import type { YamlData } from "./parse-yaml.js";

/**
 * A problem for each of the letter's own labels (`labels:`) that its pack has in no language.
 * Why: a label is read only by the pack's templates, so a misspelt one (`closng`) was ignored
 * and the pack's own word printed, with nothing to say why.
 */
export function checkLabels(labels: unknown, pack: TemplatePack, yaml: YamlData): Problem[] {
  if (labels === null || typeof labels !== "object") return [];
  const known = knownLabels(pack);
  const names = [...known];
  // One budget for the report: 300,000 labels, each guessed apart, made a report wait.
  const guessing = guesser();
  // The first 40: a pack may give thousands, and each unknown label's hint repeated them all.
  const shown = `its labels: ${listed([...names].sort())}`;
  return Object.keys(labels)
    .filter((key) => !known.has(key))
    .map((key) => {
      const guess = guessing.guess(key, names);
      return {
        message: `the ${pack.name} pack has no label ${key}`,
        location: { ...yaml.locateKey(`labels.${key}`), path: `labels.${key}` },
        hints: guess ? [`did you mean \`${guess}\`?`] : [shown],
      };
    });
}

/** Every label the pack has in some language, and those missive itself reads (dates). */
function knownLabels(pack: TemplatePack): Set<string> {
  const known = new Set<string>(DATE_LABELS);
  for (const table of Object.values(pack.labels))
    for (const key of Object.keys(table)) known.add(key);
  return known;
}
