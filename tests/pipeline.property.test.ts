import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT_CODES } from "../src/errors.js";
import { runCli } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

/**
 * Property: whatever the data or template, a render ends either in exit 0 with a PDF and a
 * text file, or in a documented non-zero code with a located message and no output files —
 * never an internal error, a stack trace or a hang. `npm test` runs a short pass;
 * `npm run fuzz` (FUZZ_RUNS=…) a long one.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const USER_CODES = new Set(
  Object.entries(EXIT_CODES)
    .filter(([k]) => k !== "internal" && k !== "ok" && k !== "differ")
    .map(([, v]) => v),
);

const BASE = {
  template: "senate",
  lang: "en-US",
  letterhead: { org: "United States Senate", lines: ["WASHINGTON, DC 20510"] },
  date: "2020-03-11",
  recipient: ["The Honorable Jane Doe", "Secretary"],
  salutation: "Dear Secretary Doe,",
  body: "We write about a matter of importance.\n\nA second paragraph.",
  closing: "Sincerely,",
  columns: 2,
  signers: [{ name: "Rob Portman", title: "United States Senator" }],
};

async function expectCleanOutcome(files: Record<string, string>): Promise<void> {
  const dir = tempDir("fuzz");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const r = await runCli(["render", "letter.yaml", "-o", "out"], { cwd: dir });
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  if (r.code === 0) {
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["letter.pdf", "letter.txt"]);
    return;
  }
  expect(USER_CODES.has(r.code), `exit ${r.code}: ${r.stderr}`).toBe(true);
  expect(r.stderr).toMatch(/^error: /);
  expect(existsSync(join(dir, "out"))).toBe(false);
}

// Text that mixes ordinary letters with the characters that break renderers.
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "",
    " ",
    "02134",
    "NO",
    "<b>",
    "&amp;",
    "{{x}}",
    "]]>",
    "\u00AD",
    "a\u0000b",
    "東京",
    "x".repeat(300),
    "**bold** _it_ [l](u)",
  ),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), nasty, { maxKeys: 3 }),
);

describe("rendering never fails uncleanly", () => {
  it("for arbitrary values in any field of the data", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(BASE)), value, async (key, v) => {
        await expectCleanOutcome({ "letter.yaml": stringify({ ...BASE, [key]: v }) });
      }),
      { numRuns: RUNS },
    );
  });

  it("for arbitrary signer lists and column counts", async () => {
    const signer = fc.record({ name: nasty, title: nasty }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(signer, { maxLength: 30 }),
        fc.oneof(fc.integer({ min: -2, max: 9 }), nasty),
        async (signers, columns) => {
          await expectCleanOutcome({ "letter.yaml": stringify({ ...BASE, signers, columns }) });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("for arbitrary bytes as the data file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), async (text) => {
        await expectCleanOutcome({ "letter.yaml": text });
      }),
      { numRuns: RUNS },
    );
  });

  it("for templates assembled from Handlebars and markup fragments", async () => {
    const piece = fc.constantFrom(
      "{{",
      "}}",
      "{{salutation}}",
      "{{#if date}}",
      "{{/if}}",
      "{{#each signers}}",
      "{{/each}}",
      "{{name}}",
      "{{{closing}}}",
      "{{> signatures}}",
      "{{date date}}",
      "{{markdown body}}",
      "<p>",
      "</p>",
      "<letter>",
      "</letter>",
      "<b>",
      "</b>",
      "<br/>",
      "<closing>",
      "</closing>",
      "text",
      " ",
      "&",
      "<",
      "\n",
    );
    const template = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), template, async (wrap, body) => {
        await expectCleanOutcome({
          "letter.yaml": stringify({ ...BASE, template: "fz" }),
          "templates/fz/template.yaml": "extends: senate\nname: fz\n",
          "templates/fz/letter.hbs": wrap ? `<letter>${body}</letter>` : body,
        });
      }),
      { numRuns: RUNS },
    );
  });
});
