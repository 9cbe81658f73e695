import { describe, expect, it } from "vitest";
import { directionOf, embeddingLevels, hasRightToLeft } from "../../src/model/direction.js";

describe("directionOf", () => {
  it("writes a language right to left where its script runs so", () => {
    // N'Ko's own language and Fulani in Adlam: no list of languages named them.
    expect(directionOf("nqo")).toBe("rtl");
    expect(directionOf("ff-Adlm")).toBe("rtl");
    expect(directionOf("ar-SA-u-ca-islamic-umalqura")).toBe("rtl");
    expect(directionOf("he_IL")).toBe("rtl");
  });

  it("lets a script subtag decide for a language written in several scripts", () => {
    expect(directionOf("ff")).toBe("ltr");
    expect(directionOf("pa")).toBe("ltr");
    expect(directionOf("pa-Arab")).toBe("rtl");
    expect(directionOf("az-Arab")).toBe("rtl");
  });

  it("keeps left to right for other scripts and for tags it cannot read", () => {
    expect(directionOf("zgh")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
    expect(directionOf("not a tag")).toBe("ltr");
  });
});

describe("hasRightToLeft", () => {
  it("knows the letters of every script a language tag may run right to left in", () => {
    // Mende Kikakui was in the tag list but not among the characters a line is reversed for.
    expect(directionOf("men-Mend")).toBe("rtl");
    expect(hasRightToLeft("\u{1E800}\u{1E801}")).toBe(true);
    expect(hasRightToLeft("\u{1E900}")).toBe(true);
    expect(hasRightToLeft("\u200f")).toBe(true);
    expect(hasRightToLeft("Tifinagh ⵜⴰⵎⴰⵣⵉⵖⵜ 123")).toBe(false);
  });
});

describe("embeddingLevels", () => {
  it("gives both units of a character beyond the BMP its class's level", () => {
    // Adlam letters (R) in a right-to-left paragraph: all at level 1, not 2 as surrogates.
    expect([...embeddingLevels("𞤔𞤢 𞤼.", "rtl")]).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // An Adlam word in an English sentence: its two units raised together.
    expect([...embeddingLevels("a 𞤔 b", "ltr")]).toEqual([0, 0, 1, 1, 0, 0]);
    expect([...embeddingLevels("a b", "ltr")]).toEqual([0, 0, 0]);
  });
});
