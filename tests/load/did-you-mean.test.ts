import { describe, expect, it } from "vitest";
import { didYouMean, editDistance, GUESS_BUDGET, guesser } from "../../src/load/did-you-mean.js";

describe("didYouMean", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("titel", "title")).toBe(1);
    expect(editDistance("recipent", "recipient")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("suggests close names only", () => {
    const known = ["recipient", "salutation", "signers", "date"];
    expect(didYouMean("recipent", known)).toBe("recipient");
    expect(didYouMean("Salutation", known)).toBe("salutation");
    expect(didYouMean("signer", known)).toBe("signers");
    expect(didYouMean("foo", known)).toBeUndefined();
    expect(didYouMean("x", ["n", "to"])).toBeUndefined();
    expect(didYouMean("t", ["n", "to"])).toBe("to");
  });
});

describe("guesser", () => {
  const known = ["recipient", "salutation", "signers", "date"];
  const typos = ["recipent", "salutaton", "signer"];
  /** What each typo's guess costs, as a guesser with a memo records it. */
  function costs() {
    const memo = new Map<string, { guess: string | undefined; cost: number }>();
    const g = guesser(GUESS_BUDGET, memo);
    expect(typos.map((k) => g.guess(k, known))).toEqual(["recipient", "salutation", "signers"]);
    return { memo, cost: (k: string) => memo.get(k)?.cost ?? 0 };
  }

  it("guesses until its budget is spent, then no more", () => {
    const { cost } = costs();
    const g = guesser(cost("recipent") + cost("salutaton") - 1);
    expect(typos.map((k) => g.guess(k, known))).toEqual(["recipient", undefined, undefined]);
  });

  it("gives a remembered guess only when the budget could pay for it again", () => {
    const { memo, cost } = costs();
    const tight = guesser(cost("recipent") + cost("salutaton"), memo);
    expect(typos.map((k) => tight.guess(k, known))).toEqual(["recipient", "salutation", undefined]);
  });

  it("stops within its budget on names of a million letters", () => {
    const long = "a".repeat(1_000_000);
    expect(guesser().guess(`${long}b`, [`${long}c`])).toBeUndefined();
    expect(didYouMean(`${long}b`, ["ab", long.slice(1)])).toBeUndefined();
  });
});
