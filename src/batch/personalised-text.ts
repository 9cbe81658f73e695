import { type HelperOptions, ValueProblem } from "../compose/value-problem.js";
import { isMapping } from "./merge-record.js";

/**
 * A text of the base letter that is itself a template, where another text's template reads
 * it. Why a marker, not the text: a template sees the base letter's data, in which such a text
 * is still its source, so `subject: "Invoice for {{recipient.[0]}}"` printed
 * "Invoice for {{first_name}} {{last_name}}" in every letter.
 */
export class PersonalisedText {
  constructor(
    readonly path: string,
    readonly source: string,
    /** The top-level fields its template reads, for the hint. */
    readonly reads: readonly string[],
  ) {}
}

/** The base letter's data with each of its templates (by dotted path) as a PersonalisedText. */
export function markTemplates(
  base: Record<string, unknown>,
  templates: readonly { path: string; source: string; reads: readonly string[] }[],
): Record<string, unknown> {
  const out = structuredClone(base);
  for (const t of templates) {
    const parts = t.path.split(".");
    let holder: unknown = out;
    for (const part of parts.slice(0, -1))
      holder =
        isMapping(holder) || Array.isArray(holder)
          ? (holder as Record<string, unknown>)[part]
          : undefined;
    if (isMapping(holder) || Array.isArray(holder))
      (holder as Record<string, unknown>)[parts[parts.length - 1] as string] = new PersonalisedText(
        t.path,
        t.source,
        t.reads,
      );
  }
  return out;
}

/** The error for a template that reads another text's template (`written`: as it wrote it). */
export function readsTemplate(v: PersonalisedText, written: string, o: HelperOptions): Error {
  const source = v.source.length > 40 ? `${v.source.slice(0, 39)}…` : v.source;
  const fields = v.reads.slice(0, 4).map((f) => `{{${f}}}`);
  return new ValueProblem(
    `the template reads \`${written}\`, which is itself a template of the base letter (${v.path}: "${source}"): a text cannot read another text's result`,
    o,
    [
      fields.length > 0
        ? `read the values it is made of instead: ${fields.join(", ")}`
        : `write the text itself here, or give ${v.path} a value in the records`,
    ],
  );
}
