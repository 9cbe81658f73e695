import { describe, expect, it } from "vitest";
import { countForm } from "../../src/typography/count-verbs.js";

// wrap30: the forms come from Intl.PluralRules, fed the last two digits.
describe("countForm", () => {
  it("gives the Russian and Ukrainian count form of a number as written", () => {
    const forms = (counts: string[]) => counts.map(countForm);
    expect(forms(["1", "21", "101", "01"])).toEqual(["one", "one", "one", "one"]);
    expect(forms(["2", "4", "23", "1002"])).toEqual(["few", "few", "few", "few"]);
    expect(forms(["0", "5", "11", "12", "14", "20", "111", "2025"])).toEqual(Array(8).fill("many"));
    // A fraction's noun takes the genitive singular, as after 2–4.
    expect(forms(["2,5", "1.5"])).toEqual(["few", "few"]);
    expect(countForm("пять")).toBeNull();
  });

  it("stays exact for a number longer than a Number holds", () => {
    expect(countForm("12345678901234567891")).toBe("one");
    expect(countForm("12345678901234567812")).toBe("many");
    expect(countForm("99999999999999999993")).toBe("few");
  });
});
