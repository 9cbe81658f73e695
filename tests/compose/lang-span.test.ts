import { describe, expect, it } from "vitest";
import { lexedMarkdownToMarkup, markdownToMarkup } from "../../src/compose/markdown.js";
import { caught } from "../helpers/errors.js";

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

  // Before, such a span reached the markup and failed there, blamed on the template (exit 5).
  it("refuses a span whose lang is not a language tag, at the span", async () => {
    const e = await caught(() =>
      lexedMarkdownToMarkup("Er sagte [yes]{lang=zz-ZZZZZZZZZZZ}.", (s) => ({ file: s })),
    );
    expect(e.kind).toBe("data");
    expect(e.problems).toEqual([
      {
        message: '"zz-ZZZZZZZZZZZ" is not a language tag',
        location: { file: "[yes]{lang=zz-ZZZZZZZZZZZ}" },
        hints: ["write a BCP 47 tag such as en-US, de-DE or fr"],
      },
    ]);
  });

  it("leaves links and other brackets as they were", () => {
    expect(lexedMarkdownToMarkup("[a](https://x.example) [b] {lang=de} [c]{x=y}", where)).toBe(
      '<p><a href="https://x.example">a</a> [b] {lang=de} [c]{x=y}</p>',
    );
  });
});
