import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";

const opts = {
  ...letterOptions({ formats: ["pdf"], creationDate: 0 }),
  cwd: ROOT,
  stopAfter: "layout" as const,
};

/** A senate-pack letter whose body is `body` (Markdown), from line 11 of its data. */
const letter = (body: string) => ({
  file: `${ROOT}/data/inline-wide.yaml`,
  text: `template: senate
letterhead:
  org: United States Senate
  lines: ["WASHINGTON, DC 20510"]
date: 2021-06-01
recipient: [The Honorable Jane Doe]
salutation: Dear Secretary Doe,
closing: Sincerely,
signers: [{ name: Signer One }]
body: |
${body
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}
`,
});

/** A Markdown table of `columns` columns: a header row and one row of four-figure numbers. */
const table = (columns: number) => {
  const cells = (f: (c: number) => string) =>
    `|${Array.from({ length: columns }, (_, c) => ` ${f(c)} `).join("|")}|`;
  return [cells((c) => `c${c}`), cells(() => "---"), cells((c) => `${1000 + c}`)].join("\n");
};

describe("a table with more columns than its column can hold", () => {
  // tables41: a table of 300 columns gave them no width, its 10pt gaps alone 2,990pt: 245
  // columns ran off the paper, lost from the PDF, with a thousand warnings of broken words.
  it("is a layout error at the table, naming how many columns fit", async () => {
    const data = letter(`Our figures:\n\n${table(300)}\n`);
    const e = await caught(() => renderLetter(data, opts));
    expect(e.kind).toBe("layout");
    expect(e.problems[0]?.message).toBe(
      "a table of 300 columns is too wide for its 468pt column: its columns need at least 4,490pt (5pt each and 10pt between them); at most 31 fit",
    );
    expect(e.problems[0]?.location?.line).toBe(13);
  });

  it("sets a table of as many columns as fit, every cell on the page", async () => {
    const out = (await renderLetter(letter(table(20)), opts)) as { laidOut?: LaidOutDoc };
    const items = (out.laidOut?.pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text",
    );
    const cells = items.filter((t) => /^1\d{3}$/.test(t.text) || /^c\d+$/.test(t.text));
    expect(cells.length).toBeGreaterThan(0);
    for (const t of cells) expect(t.x + t.width).toBeLessThanOrEqual(72 + 468 + 0.5);
  });
});
