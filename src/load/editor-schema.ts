import { withCommonKeys } from "./validate-data.js";

type Schema = Record<string, unknown>;

/** Subtrees that hold values, not schemas: a `type` key there is data. */
const VALUES: ReadonlySet<string> = new Set(["examples", "default", "const", "enum"]);

/**
 * The schema of a pack's letters for editors and standard validators (`missive schema`,
 * dist/schemas/): the pack's schema with the keys every letter may carry, where a text field
 * also takes a number. Why: missive keeps a number as written (`reference: 0417` is the text
 * "0417"), a standard YAML reader makes it the number 417, so a text-only schema would reject
 * what `missive check` accepts. `check` stays stricter: it asks to quote `reference: 20240417`.
 */
export function editorSchema(schema: Schema): Schema {
  return textTakesNumbers(withCommonKeys(schema)) as Schema;
}

function textTakesNumbers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(textTakesNumbers);
  if (node === null || typeof node !== "object") return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" && value === "string") out[key] = ["string", "number"];
    else out[key] = VALUES.has(key) ? value : textTakesNumbers(value);
  }
  return out;
}
