import { expect, it } from "vitest";
import { DEFAULT_LINK_SCHEMES, refusedLink } from "../../src/model/link-target.js";

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
