import { describe, expect, it } from "vitest";
import { MAX_ITEM_LINES } from "../../src/compose/list-item-runs.js";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { caught } from "../helpers/errors.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// Before, "- a" followed by 30,000 lines of text took 50 s (marked reads an item's paragraph
// in time growing with the square of its lines); a body of megabytes would run for hours.
describe("a list item's lines", () => {
  it("are refused past the limit without an empty line, at the item", async () => {
    const e = await caught(() =>
      md(`Intro\n\n- the item\n${"more text\n".repeat(MAX_ITEM_LINES)}`),
    );
    expect(e.problems[0]).toEqual({
      message: `a list item runs on for more than ${MAX_ITEM_LINES} lines without an empty line`,
      location: { file: "- the item" },
      hints: [
        "end its paragraph with an empty line, or start each line that is an item of its own with `- `",
      ],
    });
  });

  it("are read up to the limit, and long paragraphs and long lists are not limited", () => {
    expect(md(`- a\n${"b\n".repeat(MAX_ITEM_LINES - 1)}`)).toMatch(/^<list><item>a\nb/);
    expect(md("text\n".repeat(30_000))).toMatch(/^<p>text\ntext/);
    expect(md("- item\n".repeat(30_000))).toMatch(/^<list><item>item<\/item>/);
    expect(md(`- a\n\n${"  b\n\n".repeat(MAX_ITEM_LINES)}`)).toMatch(
      /^<list loose="true"><item>a<p>b<\/p>/,
    );
  });
});

// Before, a list in a block quote was not checked: "> - a" and 30,000 lines of "> b" ran on
// past 30 s (marked reads the quote's text as a body of its own).
describe("a list item's lines in a block quote", () => {
  it("are refused past the limit, at the item", async () => {
    const e = await caught(() => md(`> - the item\n${"> more text\n".repeat(MAX_ITEM_LINES)}`));
    expect(e.problems[0]?.message).toBe(
      `a list item runs on for more than ${MAX_ITEM_LINES} lines without an empty line`,
    );
    expect(e.problems[0]?.location).toEqual({ file: "> - the item" });
  });

  it("end where a deeper quote begins", () => {
    expect(md(`- a\n${"> b\n".repeat(MAX_ITEM_LINES + 1)}`)).toMatch(/^<list><item>a<\/item>/);
  });
});
