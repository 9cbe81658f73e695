import { describe, expect, it } from "vitest";
import { textChanges } from "../../src/diff/text-changes.js";

const runs = (...strs: string[]) => strs.map((str) => ({ str, x: 0, y: 0, width: 0, height: 0 }));

describe("textChanges", () => {
  it("gives each changed passage once, with what it was and what it is", () => {
    expect(
      textChanges(
        runs("Kind regards, and", "thanks again"),
        runs("Best regards, and thanks", "once more"),
      ),
    ).toEqual([
      { removed: "Kind", added: "Best" },
      { removed: "again", added: "once more" },
    ]);
  });

  it("reads a word missive hyphenated across lines whole, so a reflow is no change", () => {
    expect(
      textChanges(
        runs("construction ma", "-", "terials, and"),
        runs("construction materials, and"),
      ),
    ).toEqual([]);
  });

  it("keeps a hyphen written in the text", () => {
    expect(textChanges(runs("wide-ranging"), runs("wide ranging"))).toEqual([
      { removed: "wide-ranging", added: "wide ranging" },
    ]);
  });
});
