import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { createResources } from "../../src/resources.js";
import { japaneseLetter } from "../helpers/letters.js";
import { FIXED_DATE, ROOT, SEED } from "../helpers/render.js";

const opts = {
  ...letterOptions({ formats: ["pdf", "txt"], creationDate: FIXED_DATE.getTime() }),
  cwd: ROOT,
};
const seed = { file: SEED, text: readFileSync(SEED, "utf8") };
/** The seed letter to someone else: what a merge's next record is. */
function to(name: string) {
  return {
    file: join(ROOT, "data", "other.yaml"),
    text: seed.text.replace(/salutation: .*/, `salutation: "Dear ${name},"`),
  };
}

describe("paragraphs set once per thread (resources.paragraphs)", () => {
  it("gives the same bytes as setting every paragraph anew, and is used", async () => {
    const fresh = await renderLetter(seed, opts, createResources());
    const res = createResources();
    // A paragraph is kept the second time it is set (RecurringMemo): two letters before.
    await renderLetter(to("Ms. Other"), opts, res);
    await renderLetter(to("Mr. Third"), opts, res);
    const hitsBefore = res.paragraphs.hits;
    const again = await renderLetter(seed, opts, res);
    // The body, the closing and the signatures are the other letters': all came from the memo.
    expect(res.paragraphs.hits - hitsBefore).toBeGreaterThan(20);
    expect(Buffer.from(again.pdf as Uint8Array).equals(Buffer.from(fresh.pdf as Uint8Array))).toBe(
      true,
    );
    expect(again.txt).toBe(fresh.txt);
    expect(again.warnings).toEqual(fresh.warnings);
  });

  // packs38's page-1 column passed every body paragraph a "later width" (Infinity lines on),
  // which took it past the memo: each letter of a merge set its whole body anew (twice the
  // work per letter), and the test above still saw its signatures and address come back.
  it("finds every body paragraph again, not only the signatures and address", async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `  Paragraph ${i + 1} of a long letter, each one different from the others.`,
    ).join("\n\n");
    const long = {
      file: seed.file,
      text: seed.text.replace(/^body: \|\n(?: {2}.*\n|\n)+/m, `body: |\n${paragraphs}\n`),
    };
    expect(long.text).toContain("Paragraph 60 of");
    const res = createResources();
    // The runs' number and the set paragraph are each kept when they come a second time
    // (RecurringMemo): the fourth letter finds them all.
    for (let i = 0; i < 3; i++) await renderLetter(long, opts, res);
    const before = res.paragraphs.hits;
    await renderLetter(long, opts, res);
    expect(res.paragraphs.hits - before).toBeGreaterThanOrEqual(60);
  });

  it("keeps a right-to-left letter's paragraphs apart from the same text left to right", async () => {
    const rtl = { file: seed.file, text: `${seed.text}\ndir: rtl\n` };
    const fresh = await renderLetter(rtl, opts, createResources());
    const res = createResources();
    await renderLetter(seed, opts, res);
    await renderLetter(seed, opts, res);
    const hitsBefore = res.paragraphs.hits;
    const again = await renderLetter(rtl, opts, res);
    // Nothing of the left-to-right letter, kept, was taken for the right-to-left one.
    expect(res.paragraphs.hits - hitsBefore).toBeLessThan(20);
    expect(Buffer.from(again.pdf as Uint8Array).equals(Buffer.from(fresh.pdf as Uint8Array))).toBe(
      true,
    );
  });

  // A face copied from its file's (a script's in a font chain, a synthetic italic) was never
  // the file's own face object, so a paragraph drawn with one was set anew every time.
  it("finds a paragraph drawn with a synthetic face again", async () => {
    const hitsOfFourth = async (body: string) => {
      const res = createResources();
      const letter = japaneseLetter(body, "ja-memo");
      // The runs' number and the set paragraph are each kept when they come a second time
      // (RecurringMemo): the fourth letter finds them all.
      for (let i = 0; i < 3; i++) await renderLetter(letter, opts, res);
      const before = res.paragraphs.hits;
      const fourth = await renderLetter(letter, opts, res);
      const fresh = await renderLetter(letter, opts, createResources());
      expect(
        Buffer.from(fourth.pdf as Uint8Array).equals(Buffer.from(fresh.pdf as Uint8Array)),
      ).toBe(true);
      return res.paragraphs.hits - before;
    };
    // The Chinese pack's font has no italic: *至急* is drawn with a synthetic face.
    expect(await hitsOfFourth("本件は*至急*です。")).toBe(await hitsOfFourth("本件は至急です。"));
  });
});
