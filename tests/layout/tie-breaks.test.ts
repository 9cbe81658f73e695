import { describe, expect, it } from "vitest";
import { breakableTie } from "../../src/layout/tie-breaks.js";

describe("breakableTie", () => {
  it("lets a tie between two words break: after a label, an area code, a title", () => {
    for (const [a, b] of [
      ["(19)", "2116-0555"],
      ["ABN", "51"],
      ["04", "72"],
      ["Mr.", "Smith"],
    ])
      expect(breakableTie(a as string, b as string), `${a} ${b}`).toBe(true);
  });

  it("never one before a mark, a dash or a sign, after an opening one, or in thousands", () => {
    for (const [a, b] of [
      ["d’Orsay", ":"],
      ["fee", "—"],
      ["3", "×"],
      ["«", "mot"],
      ["§", "5"],
      ["£", "40"],
      ["186", "400"],
      ["+49", "221"],
    ])
      expect(breakableTie(a as string, b as string), `${a} ${b}`).toBe(false);
  });
});
