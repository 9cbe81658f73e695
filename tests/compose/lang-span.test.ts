import { describe, expect, it } from "vitest";
import { lexedMarkdownToMarkup, markdownToMarkup } from "../../src/compose/markdown.js";

const where = () => ({});

describe("code in Markdown", () => {
  it("becomes <code>, which the typography leaves as written", () => {
    expect(lexedMarkdownToMarkup('Run `say "hi" & go` now.', where)).toBe(
      "<p>Run <code>say &quot;hi&quot; &amp; go</code> now.</p>",
    );
  });
});

describe("[text]{lang=…} in Markdown", () => {
  it("becomes a <span lang> holding the span's own Markdown", () => {
    expect(markdownToMarkup('Er sagte [*"yes"*, twice]{lang=en-GB}.', where)).toBe(
      '<p>Er sagte <span lang="en-GB"><i>&quot;yes&quot;</i>, twice</span>.</p>',
    );
  });

  it("leaves links and other brackets as they were", () => {
    expect(lexedMarkdownToMarkup("[a](https://x.example) [b] {lang=de} [c]{x=y}", where)).toBe(
      '<p><a href="https://x.example">a</a> [b] {lang=de} [c]{x=y}</p>',
    );
  });
});
