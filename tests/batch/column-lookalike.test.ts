import { expect, it } from "vitest";
import { likelyTypo } from "../../src/batch/column-lookalike.js";

// merge41: Outlook's contacts export writes `Gender` in every row, and every letter warned
// that it "looks like a misspelt `sender`".
it.each([
  ["Gender", "sender"],
  ["gender", "sender"],
  ["name", "date"],
  ["Vate", "date"],
])("takes %s for a column of its own, not a misspelt %s", (column, field) => {
  expect(likelyTypo(column, field)).toBe(false);
});

it.each([
  ["recipeint", "recipient"],
  ["Recipeint", "recipient"],
  ["salutaton", "salutation"],
  ["Salutation", "salutation"],
  ["CC", "cc"],
  ["ecipient", "recipient"],
  ["ercipient", "recipient"],
  ["tecipient", "recipient"],
  ["sneder", "sender"],
  ["singer", "signer"],
])("still takes %s for a misspelt %s", (column, field) => {
  expect(likelyTypo(column, field)).toBe(true);
});
