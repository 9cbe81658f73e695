import { describe, expect, it } from "vitest";
import { samePictureNames } from "../../src/output/diff-image-names.js";
import { fileNameKey } from "../../src/output/file-name-key.js";

describe("fileNameKey", () => {
  it("is one for names that macOS or Windows hold as one file", () => {
    const pairs: Array<[string, string]> = [
      ["Ann.pdf", "ann.PDF"],
      ["ſmith", "SMITH"],
      ["ıvy", "IVY"],
      ["µ", "μ"],
      ["ΣΑΣ", "σας"],
      ["e\u0301", "\u00e9"],
    ];
    for (const [a, b] of pairs) expect([a, fileNameKey(a)]).toEqual([a, fileNameKey(b)]);
  });

  it("keeps apart what NTFS keeps apart: a character whose upper case is two", () => {
    expect(fileNameKey("straße")).not.toBe(fileNameKey("strasse"));
  });

  // `missive diff -o` names its pictures after the letters: two that one file system holds
  // as one would write one picture over the other.
  it("makes diff refuse letters whose pictures would be one file", () => {
    expect(samePictureNames(["ſmith.pdf", "smith.pdf"])).toEqual(["ſmith.pdf", "smith.pdf"]);
  });
});
