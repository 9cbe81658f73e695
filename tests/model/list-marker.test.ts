import { describe, expect, it } from "vitest";
import { isNumbering, numberMarker } from "../../src/model/list-marker.js";

describe("numberMarker", () => {
  it("counts in digits, letters and roman numerals with the pattern's punctuation", () => {
    expect([1, 2, 10].map((n) => numberMarker("1.", n))).toEqual(["1.", "2.", "10."]);
    expect([1, 26, 27, 53].map((n) => numberMarker("a)", n))).toEqual(["a)", "z)", "aa)", "ba)"]);
    expect([1, 4, 9, 14, 1999].map((n) => numberMarker("(i)", n))).toEqual([
      "(i)",
      "(iv)",
      "(ix)",
      "(xiv)",
      "(mcmxcix)",
    ]);
    expect(numberMarker("A.", 3)).toBe("C.");
    expect(numberMarker("I.", 12)).toBe("XII.");
  });

  // corpus26: a Korean public document numbers the items under 1., 2. with 가., 나., 다.
  it("counts in Korean syllables, as Korean public documents number items", () => {
    expect([1, 2, 3, 14, 15].map((n) => numberMarker("가.", n))).toEqual([
      "가.",
      "나.",
      "다.",
      "하.",
      "가가.",
    ]);
    expect(numberMarker("(가)", 4)).toBe("(라)");
    expect(["가.", "가)", "(가)"].every(isNumbering)).toBe(true);
    expect(["나.", "가나."].some(isNumbering)).toBe(false);
  });

  // letters34: Nepali, Persian, Thai and Bengali letters number their points in their digits.
  it("counts in another script's digits where the pattern's counter is that script's one", () => {
    expect([1, 2, 10, 12].map((n) => numberMarker("१.", n))).toEqual(["१.", "२.", "१०.", "१२."]);
    expect(numberMarker("(۱)", 3)).toBe("(۳)");
    expect(numberMarker("๑)", 25)).toBe("๒๕)");
    expect(["१.", "(۱)", "১)", "๑."].every(isNumbering)).toBe(true);
    expect(["२.", "१1.", "۱۲."].some(isNumbering)).toBe(false);
  });

  it("falls back to digits where letters and numerals cannot count", () => {
    expect(numberMarker("a.", 0)).toBe("0.");
    expect(numberMarker("i.", -2)).toBe("-2.");
  });

  it("knows a pattern from other text", () => {
    expect(["1.", "(1)", "a)", "A.", "i.", "I", "§ 1"].every(isNumbering)).toBe(true);
    expect(["", "b.", "x)", "12.", "Art", "1.1.1.1.1.1", "a.1"].some(isNumbering)).toBe(false);
  });

  // Contracts and legal letters number a clause's paragraphs under its number.
  it("counts the last number of a clause number", () => {
    expect(["1.1", "2.3.1", "4.1."].every(isNumbering)).toBe(true);
    expect([1, 2, 10].map((n) => numberMarker("2.1", n))).toEqual(["2.1", "2.2", "2.10"]);
    expect(numberMarker("1.2.1.", 3)).toBe("1.2.3.");
  });
});
