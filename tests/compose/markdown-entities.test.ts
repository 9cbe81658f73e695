import { expect, it } from "vitest";
import { lexedMarkdownToMarkup, markdownToMarkup } from "../../src/compose/markdown.js";
import { caught } from "../helpers/errors.js";

const md = (text: string) => lexedMarkdownToMarkup(text, (s) => ({ file: s }));

// CommonMark decodes entity and character references in text and link destinations. Before,
// named references were printed as written ("AT&amp;T", "&nbsp;", "&copy;"), and a numeric
// one turned every bare "&" of its paragraph into a printed "&amp;".
it("decodes named and numeric character references in text", () => {
  expect(md("AT&amp;T &copy; 2024, 5&nbsp;km &mdash; &quot;x&quot; &lt;b&gt;")).toBe(
    "<p>AT&amp;T © 2024, 5\u00a0km — &quot;x&quot; &lt;b&gt;</p>",
  );
  expect(md("R&D &#233;t&#xE9; &#38; more")).toBe("<p>R&amp;D été &amp; more</p>");
  expect(md("**&sect; 12** and [&para; 3](https://example.com/?a=1&amp;b=2)")).toBe(
    '<p><b>§ 12</b> and <a href="https://example.com/?a=1&amp;b=2">¶ 3</a></p>',
  );
  expect(markdownToMarkup("| A&amp;B |\n|---|\n| &euro;5 |", (s) => ({ file: s }))).toContain(
    "<cell>A&amp;B</cell></row><row><cell>€5</cell>",
  );
});

it("keeps code and unknown references as written", () => {
  expect(md("`&amp;` and &notanentity; and &")).toBe(
    "<p><code>&amp;amp;</code> and &amp;notanentity; and &amp;</p>",
  );
});

// Before, "&#x1b;" became a control character in the markup: "malformed letter markup:
// disallowed character", blamed on the template (exit 5).
it("refuses a reference to a control character, at the data", async () => {
  const e = await caught(() => md("Text &#x1b;[31m red."));
  expect(e.kind).toBe("data");
  expect(e.problems[0]).toMatchObject({
    message: "contains the control character U+001B, written &#x1b;",
    location: { file: "&#x1b;" },
  });
});

it("refuses a reference to a noncharacter, which the markup cannot hold, at the data", async () => {
  const e = await caught(() => md("Text &#xFFFE; here."));
  expect(e.kind).toBe("data");
  expect(e.problems[0]?.message).toBe("contains the noncharacter U+FFFE, written &#xFFFE;");
});
