import { describe, expect, it } from "vitest";
import { among } from "../../src/compose/among.js";

describe("among", () => {
  const list = "Dear Sir or Madam|Dear Sir/Madam|Dear Sirs|To whom it may concern";
  it("finds a text in the list word for word, case, punctuation and spacing aside", () => {
    expect(among("Dear Sirs,", list)).toBe(true);
    expect(among("DEAR SIRS:", list)).toBe(true);
    expect(among("Dear Sir / Madam,", list)).toBe(true);
    expect(among("To Whom It May Concern:", list)).toBe(true);
  });

  it("does not find a text that only begins or ends like an entry", () => {
    expect(among("Dear Sirs and Madams,", list)).toBe(false);
    expect(among("Dear Sir Ian,", list)).toBe(false);
    expect(among("", list)).toBe(false);
    expect(among(",", "|,")).toBe(false);
  });

  it("reads a label's character references back", () => {
    expect(among("Dear Sir & Madam,", "Dear Sir &amp; Madam")).toBe(true);
  });
});
