import { describe, expect, it } from "vitest";
import { withTexts } from "../../src/batch/blank-items.js";

describe("withTexts", () => {
  it("drops a list item whose text came out blank, and maps later items to the base letter", () => {
    const base = { recipient: ["{{name}}", "{{company}}", " {{zip}} ", "{{city}}"], cc: ["x"] };
    const texts = {
      "recipient.0": "Ann",
      "recipient.1": "",
      "recipient.2": "  ",
      "recipient.3": "Oslo",
    };
    const p = withTexts(base, texts);
    expect(p.value.recipient).toEqual(["Ann", "Oslo"]);
    expect(p.basePath("recipient.0")).toBe("recipient.0");
    expect(p.basePath("recipient.1")).toBe("recipient.3");
    expect(p.basePath("cc.0")).toBe("cc.0");
    // The base letter's own lists are never changed: every record starts from them.
    expect(base.recipient).toEqual(["{{name}}", "{{company}}", " {{zip}} ", "{{city}}"]);
  });

  it("keeps a blank text that is not a list item, and lists inside lists", () => {
    const base = { subject: "{{s}}", signers: [{ titles: ["{{a}}", "{{b}}", "Chair"] }] };
    const p = withTexts(base, {
      subject: "",
      "signers.0.titles.0": "",
      "signers.0.titles.1": "CEO",
    });
    expect(p.value).toEqual({ subject: "", signers: [{ titles: ["CEO", "Chair"] }] });
    expect(p.basePath("signers.0.titles.1")).toBe("signers.0.titles.2");
  });
});
