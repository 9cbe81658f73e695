import type { KeywordDefinition, SchemaValidateFunction } from "ajv";
import { canonical } from "./canonical-json.js";

/**
 * JSON Schema's `uniqueItems`, checked in time linear in the list: each item is written out
 * once, with its keys in order, and looked up in a set. Why not ajv's own: it compares every
 * item with every other, so a hostile pack that marks a list of 100,000 signers unique holds
 * a render for hours. Equal in ajv's sense: the same JSON, whatever the order of keys.
 */
export const UNIQUE_ITEMS: KeywordDefinition = {
  keyword: "uniqueItems",
  type: "array",
  schemaType: "boolean",
  errors: true,
  validate: uniqueItems,
};

function uniqueItems(this: unknown, on: boolean, data: unknown[]): boolean {
  const self = uniqueItems as SchemaValidateFunction;
  self.errors = undefined;
  if (!on) return true;
  const seen = new Map<string, number>();
  for (let j = 0; j < data.length; j++) {
    const key = canonical(data[j]);
    const i = seen.get(key);
    if (i !== undefined) {
      self.errors = [
        {
          keyword: "uniqueItems",
          params: { i: j, j: i },
          message: `items ${i + 1} and ${j + 1} are the same; each must be different`,
        },
      ];
      return false;
    }
    seen.set(key, j);
  }
  return true;
}
