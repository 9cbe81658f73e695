import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../src/load/did-you-mean.js";

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
