import { expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import {
  asciiTarget,
  DEFAULT_LINK_SCHEMES,
  INVISIBLE_LINK_HINT,
  LONG_LINK_HINT,
  refusedLink,
  refusedLinkHint,
} from "../../src/model/link-target.js";
import { caught } from "../helpers/errors.js";

it.each(["https://example.com", "HTTP://example.com", "mailto:a@example.com", "tel:+1-555-0100"])(
  "allows %s",
  (href) => {
    expect(refusedLink(href, DEFAULT_LINK_SCHEMES)).toBeUndefined();
  },
);

it.each([
  ["javascript:alert(1)", "uses the scheme javascript:"],
  ["java\tscript:alert(1)", "uses the scheme javascript:"],
  [" \nvbscript:msgbox", "uses the scheme vbscript:"],
  ["file:///etc/passwd", "uses the scheme file:"],
  ["data:text/html,<b>", "uses the scheme data:"],
  ["www.example.com", "has no scheme"],
  ["&#106;avascript:alert(1)", "has no scheme"],
])("refuses %j", (href, why) => {
  expect(refusedLink(href, DEFAULT_LINK_SCHEMES)).toContain(why);
});

it("allows a scheme the pack or the letter lists", () => {
  expect(refusedLink("ftp://x", [...DEFAULT_LINK_SCHEMES, "ftp"])).toBeUndefined();
});

// Before, a letter's `linkSchemes: [javascript]` (or a records file's linkSchemes.0 column
// beside a body column) put a javascript: link in the PDF.
it.each(["javascript:alert(1)", "VBScript:x", "file:///etc/passwd", "data:text/html,x"])(
  "refuses %j even when linkSchemes lists its scheme",
  (href) => {
    const scheme = href.slice(0, href.indexOf(":"));
    const listed = [...DEFAULT_LINK_SCHEMES, "javascript", "vbscript", "file", "data"];
    expect(refusedLink(href, listed)).toBe(
      `link target ${href} uses the scheme ${scheme}:, which no letter may link to, though linkSchemes lists it`,
    );
    expect(refusedLinkHint(href, listed)).toBe(
      `take ${scheme.toLowerCase()} out of linkSchemes; links may use http, https, mailto, tel`,
    );
  },
);

// Before, an e-mail address of 300,000 characters in the body ran past 100 s: the PDF gave each
// of the 4,000 lines it wrapped to an annotation holding the whole target.
it("refuses a target over 2,048 characters, in the data where a body holds it", async () => {
  const href = `https://example.com/${"a".repeat(2_028)}`;
  expect(refusedLink(href, DEFAULT_LINK_SCHEMES)).toBeUndefined();
  expect(refusedLink(`${href}b`, DEFAULT_LINK_SCHEMES)).toBe(
    `link target ${href}b is 2,049 characters long; a link may have at most 2,048`,
  );
  const body = `Write to a@${"b".repeat(300_000)}.com today.`;
  const e = await caught(() => markdownToMarkup(body, (s) => ({ file: s })));
  expect(e.kind).toBe("data");
  expect(e.problems[0]?.message).toBe(
    `link target mailto:a@${"b".repeat(300_000)}.com is 300,013 characters long; a link may have at most 2,048`,
  );
  expect(e.problems[0]?.hints).toEqual([LONG_LINK_HINT]);
});

// Before, each was drawn: a reader showing the target showed `https://example.com/exe.jpg`.
it.each([
  ["https://example.com/\u202egpj.exe", "202E"],
  ["https://exa\u200bmple.com", "200B"],
  ["mailto:a@example.com\u2066", "2066"],
  ["https://example.com/\u00adx", "00AD"],
])("refuses %j, which holds an invisible character", async (href, code) => {
  const message = `link target ${href} holds the invisible character U+${code}, so it does not read as where it leads`;
  expect(refusedLink(href, DEFAULT_LINK_SCHEMES)).toBe(message);
  expect(refusedLinkHint(href, DEFAULT_LINK_SCHEMES)).toBe(INVISIBLE_LINK_HINT);
  const e = await caught(() => markdownToMarkup(`See [it](${href}).`, (s) => ({ file: s })));
  expect([e.kind, e.problems[0]?.message, e.problems[0]?.hints]).toEqual([
    "data",
    message,
    [INVISIBLE_LINK_HINT],
  ]);
});

it("writes a target for the PDF in ASCII, percent-encoding the rest as UTF-8", () => {
  expect(asciiTarget("https://müller.de/straße?q=ä b")).toBe(
    "https://m%C3%BCller.de/stra%C3%9Fe?q=%C3%A4%20b",
  );
  expect(asciiTarget("https://example.com/%C3%BC?a=1&b=(2)")).toBe(
    "https://example.com/%C3%BC?a=1&b=(2)",
  );
});
