import { describe, expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { pastedBullets } from "../../src/compose/pasted-bullets.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

describe("bullets typed as characters (pasted from a word processor)", () => {
  // Before, the items ran into the paragraph above, all on one line:
  // "we agreed: • Delivery by 15 November • Payment within 30 days".
  it("make a list, as Markdown's `-` does, under the paragraph that introduces them", () => {
    expect(md("We agreed:\n• Delivery by 15 November\n•\tPayment within 30 days")).toBe(
      md("We agreed:\n- Delivery by 15 November\n- Payment within 30 days"),
    );
    expect(md("We agreed:\n• Delivery")).toBe(
      "<p>We agreed:</p><list><item>Delivery</item></list>",
    );
    expect(md("  ◦ nested under nothing\n\n▪ square")).toBe(
      '<list loose="true"><item>nested under nothing</item><item>square</item></list>',
    );
  });

  it("leave a bullet inside a line, or one with no space after it, as text", () => {
    expect(md("Red • green • blue")).toBe("<p>Red • green • blue</p>");
    expect(md("•bold claim")).toBe("<p>•bold claim</p>");
    expect(pastedBullets("a\n·b")).toBe("a\n·b");
  });

  it("keep the body's length, so errors keep their places", () => {
    const text = "x:\n• one\n  · two\n";
    expect(pastedBullets(text)).toBe("x:\n- one\n  - two\n");
    expect(pastedBullets(text).length).toBe(text.length);
  });
});
