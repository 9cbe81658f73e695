import { describe, expect, it } from "vitest";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";

const FILE = `${ROOT}/data/inline.yaml`;
// The text only: the business pack has no font for Chinese.
const letter = (body: string) =>
  render(
    {
      file: FILE,
      text: `template: business\nbody: |\n${body.replace(/^/gm, "  ")}\nsigner: { name: J }\n`,
    },
    ["txt"],
  );
const warnings = async (body: string) => (await letter(body)).warnings.map(warningText);

// Before, an address typed line by line in the body came out on one line, without a word.
describe("a paragraph of short lines in the body", () => {
  it("is warned about at its first line, with how to keep the lines", async () => {
    expect(
      await warnings("Write to us at:\nHarbor Dental Group\n45 Ocean Ave\nPortland, ME 04101"),
    ).toEqual([
      `${FILE}:3:3: body: these 4 lines are set as one line of text, as Markdown joins the lines of a paragraph ("Write to us at: Harbor Dental Group 45 Ocean Ave Portland…"): end each line but the last with a backslash (\\) to keep it on a line of its own, or put an empty line between them`,
    ]);
  });

  it("is not when the lines are kept, a list, long, or Chinese", async () => {
    const kept = await letter("Harbor Dental Group\\\n45 Ocean Ave\\\nPortland, ME 04101");
    expect(kept.warnings).toEqual([]);
    expect(kept.txt).toContain("Harbor Dental Group\n45 Ocean Ave\nPortland, ME 04101");
    expect(await warnings("1. one\n2. two\n3. three")).toEqual([]);
    // letters34: a Nepali or Persian list numbered in its own digits is a list too.
    expect(await warnings("१. पहिलो\n२. दोस्रो\n३. अन्तिम")).toEqual([]);
    expect(await warnings("(۱) اول\n(۲) دوم\n(۳) سوم")).toEqual([]);
    expect(
      await warnings(
        "Thank you for your letter of May 3, which\nwe read with care and answer here in full,\npoint by point, as you asked us to do.",
      ),
    ).toEqual([]);
    expect(await warnings("感谢您的来信。\n我们已收到。\n谨此回复。")).toEqual([]);
  });

  // From the review: lettered lists, footnotes and typed bullets render as such, not joined.
  it("is not for lines Markdown does not join, and is placed at its own paragraph", async () => {
    expect(await warnings("We found:\n(a) first\n(b) second\n(c) third")).toEqual([]);
    expect(await warnings("Text[^1] and[^2].\n\n[^1]: One.\n[^2]: Two.\n")).toEqual([]);
    expect(await warnings("◦ one\n◦ two\n◦ three")).toEqual([]);
    const [w] = await warnings("We moved to Berlin last year.\n\nBerlin\nHauptstr. 1\n10115");
    expect(w).toMatch(new RegExp(`^${FILE}:5:3: `));
  });
});
