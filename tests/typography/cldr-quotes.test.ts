import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";

const { cldrQuotesSource, TARGET } = (await import(join(ROOT, "scripts/build-cldr-quotes.js"))) as {
  cldrQuotesSource(): string;
  TARGET: string;
};

// src/typography/cldr-quotes.ts is generated from the dev dependency cldr-misc-full: after an
// update of the package, `node scripts/build-cldr-quotes.js` writes it again.
it("holds the quotation marks of the installed CLDR package", () => {
  expect(readFileSync(TARGET, "utf8")).toBe(cldrQuotesSource());
});
