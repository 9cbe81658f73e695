import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { letterSettings } from "../../src/batch/letter-settings.js";
import { ROOT } from "../helpers/render.js";

const schemaOf = (pack: string) =>
  JSON.parse(readFileSync(join(ROOT, "templates", pack, "schema.json"), "utf8"));

describe("letterSettings", () => {
  it("is the keys every letter may carry and the pack's choices, patterns, numbers and switches", () => {
    const senate = letterSettings(schemaOf("senate"));
    for (const key of ["template", "lang", "dir", "typography", "fontChains", "labels"])
      expect(senate.has(key)).toBe(true);
    for (const key of ["paper", "subjectPlacement", "signatureIndent", "columns", "balance"])
      expect(senate.has(key)).toBe(true);
    for (const key of ["recipient", "salutation", "body", "place", "signers", "date"])
      expect(senate.has(key)).toBe(false);
    expect(
      [...letterSettings(schemaOf("din5008"))].filter((k) => k === "form" || k === "infoStyle"),
    ).toEqual(["form", "infoStyle"]);
  });

  it("is the keys every letter may carry for a pack without a schema", () => {
    expect([...letterSettings(undefined)].sort()).toEqual([
      "dir",
      "fontChains",
      "labels",
      "lang",
      "linkSchemes",
      "template",
      "typography",
    ]);
  });
});
