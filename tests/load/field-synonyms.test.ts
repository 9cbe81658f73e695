import { expect, it } from "vitest";
import { synonymOf } from "../../src/load/field-synonyms.js";

it("names the field another tool's word means", () => {
  expect(synonymOf("Opening", ["salutation", "body"])).toBe("salutation");
  expect(synonymOf("company", ["name", "org"])).toBe("name");
});

// A pack's sender of `name` and `company`: `Company:` is `company` miscapitalised, and the
// table's `company` → `name` said "did you mean `name`?", another field.
it("leaves a known field written in other letters to edit distance", () => {
  expect(synonymOf("Company", ["name", "company"])).toBeUndefined();
  expect(synonymOf("sign-off", ["signOff", "closing"])).toBeUndefined();
});
