import type { TemplatePack } from "./pack-types.js";

/** Labels for `de-AT` come from `de-AT`, then `de`, then `en`. */
export function labelsFor(pack: TemplatePack, lang: string): Record<string, string> {
  const base = lang.split("-")[0] ?? lang;
  return { ...pack.labels.en, ...pack.labels[base], ...pack.labels[lang] };
}
