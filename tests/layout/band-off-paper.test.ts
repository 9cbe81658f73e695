import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caught } from "../helpers/errors.js";
import { greyPng } from "../helpers/png-chunk.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A business letter whose sender has `n` address lines, and its offices `offices`. */
function letter(n: number, offices = "") {
  const address = Array.from({ length: n }, (_, i) => `    - Line ${i + 1} of the address`);
  return {
    file: `${ROOT}/data/band.yaml`,
    text: `template: business
sender:
  company: Example Co
  address:
${address.join("\n")}
${offices}recipient: [Ms. Ann Lee]
date: 2024-05-03
subject: Test
body: Hello.
`,
  };
}

// Before, a page band is never split, and what ran past the paper's foot was lost without a
// word: a sender of 300 address lines printed 65 of them, six offices of 3,000 lines each a
// page of their first lines, in a letter of exit 0.
describe("a page band that runs off the paper", () => {
  it("is refused at the first line that would be lost, in the data", async () => {
    const e = await caught(() => render(letter(300), ["pdf"]));
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "layout",
      'the letterhead runs off the paper: 235 of its lines would not be printed, from "Line 66 of the address"',
      expect.objectContaining({ path: "sender.address.65", line: 70 }),
    ]);
  });

  it("is refused in offices side by side (<columns>) too", async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `        - Office line ${i + 1}`);
    const offices = `  offices:\n    - label: Head office\n      lines:\n${lines.join("\n")}\n`;
    const e = await caught(() => render(letter(1, offices), ["pdf"]));
    expect(e.problems[0]?.message).toMatch(/^the letterhead runs off the paper: \d+ of its lines/);
    expect(e.problems[0]?.location?.path).toMatch(/^sender\.offices\.0\.lines\.\d+$/);
  });

  // review29: 65 lines put only the letterhead's rule below the paper's foot, refused as "0 of
  // its lines would not be printed", of no place.
  it("names a rule that alone runs off, at the line nearest it", async () => {
    const e = await caught(() => render(letter(65), ["pdf"]));
    expect([e.problems[0]?.message, e.problems[0]?.location?.path]).toEqual([
      'the letterhead runs off the paper: its rule would not be printed, past "Line 65 of the address"',
      "sender.address.64",
    ]);
  });

  it("lets a letterhead that fits the paper be, the text starting on the next page", async () => {
    expect((await render(letter(60), ["pdf"])).pages).toBe(2);
  });
});

// Before, an image was on the paper when its top edge was: a logo ten times as tall as wide
// printed cut off at the paper's foot (corpus case letterhead-image-off-paper, exit 0), and a
// placed one was refused only as the letterhead rule it pushed down, of no place.
describe("an image that runs off the paper", () => {
  /** A letter in a scratch folder beside a bar `w` by `h` pixels, with `fields`. */
  const withBar = (w: number, h: number, fields: string) => {
    const dir = tempDir("tall-image");
    writeFileSync(join(dir, "bar.png"), greyPng(w, h));
    const text = `template: business\nsender:\n  company: Example Co\n  address: [Line 1]\n${fields}recipient: [Ms. Ann Lee]\ndate: 2024-05-03\nsubject: Test\n`;
    return { file: join(dir, "t.yaml"), text };
  };

  it("is refused at the field that names it when it is placed (a logo)", async () => {
    const e = await caught(() =>
      render(withBar(10, 600, "  logo: bar.png\nbody: Hello.\n"), ["pdf"]),
    );
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "layout",
      expect.stringMatching(/^content placed at .* reaches past the paper's bottom edge/),
      expect.objectContaining({ path: "sender.logo", line: 5 }),
    ]);
  });

  it("too tall for any page is refused at the Markdown that names it", async () => {
    const body = "body: |\n  Hello.\n\n  ![A bar](bar.png)\n";
    const e = await caught(() => render(withBar(10, 3000, body), ["pdf"]));
    expect([e.problems[0]?.message, e.problems[0]?.location?.path]).toEqual([
      expect.stringMatching(/bar\.png is 1440pt tall and cannot fit on any page$/),
      "body",
    ]);
  });
});
