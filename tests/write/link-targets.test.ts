import { expect, it } from "vitest";
import { pdfDump } from "../helpers/pdf-dump.js";
import { ROOT, render } from "../helpers/render.js";

// Before, pdfkit wrote a target holding `ü` or a space as a UTF-16 string, where PDF asks
// for 7-bit ASCII; readers took it differently, some not at all.
it("writes each link's target in ASCII, its other characters percent-encoded", async () => {
  const r = await render({
    file: `${ROOT}/data/inline-link-targets.yaml`,
    text: `template: senate
letterhead: { org: United States Senate }
date: 2020-01-01
recipient: [The Honorable Jane Doe]
salutation: Dear Secretary Doe,
body: |
  See [the shop](https://müller.de/straße?q=ä) and [the file](<https://example.com/a b.pdf>).
closing: Sincerely,
signers: [{ name: Rob Portman }]
`,
  });
  const uris = [...pdfDump(r.pdf as Uint8Array).matchAll(/\/URI (\([^)]*\))/g)].map((m) => m[1]);
  expect(uris).toEqual([
    "(https://m%C3%BCller.de/stra%C3%9Fe?q=%C3%A4)",
    "(https://example.com/a%20b.pdf)",
  ]);
});
