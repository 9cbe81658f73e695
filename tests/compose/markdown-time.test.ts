import { describe, expect, it } from "vitest";
import { MAX_EMPHASIS_RUNS, MAX_LONG_RUN_MARKS } from "../../src/compose/bounded-lexer.js";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { MAX_LINK_CHARS } from "../../src/model/link-target.js";
import { caught } from "../helpers/errors.js";

// Locations are the text searched for, so a test can see which source each error points at.
const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// Bodies that took time growing with the square of their length. Linear, each takes a second
// or two; quadratic again, it would run into the suite's test timeout (a hang guard, not a
// speed target: tests assert no times).
describe("Markdown read in time linear in the body", () => {
  // Before, 120 kB took 15 s: the footnote and language extensions each looked for their
  // start to the end of the paragraph, once for each piece of text the lexer read.
  it("reads a paragraph of a million pieces of text", () => {
    expect(md("![a".repeat(400_000))).toMatch(/^<p>!\[a!\[a/);
  });

  // Before, 80 kB took 3 s: each `[^` was tried as a note's name to the end of the paragraph.
  it("reads a paragraph of 300,000 unclosed note references", () => {
    expect(md("[^".repeat(300_000))).toMatch(/^<p>\[\^\[\^/);
  });

  // Before, 80,000 paragraphs took 4 s and a body of 4 MiB ten minutes: a note's text was looked
  // for from each paragraph to the end of the body.
  it("reads a body of 500,000 paragraphs", () => {
    expect(md("a*\n\n".repeat(500_000))).toMatch(/^<p>a\*<\/p><p>a\*<\/p>/);
  });

  // Before, "*a_" 20,000 times (60 kB) took 33 s, and a body of megabytes hours.
  it("refuses a text of more emphasis marks than it can pair in time, at the text", async () => {
    const e = await caught(() => md(`Intro\n\n${"*a_".repeat(20_000)}`));
    expect(e.problems[0]).toEqual({
      message: `this text holds 40,000 runs of * or _, more than ${MAX_EMPHASIS_RUNS.toLocaleString("en")}: too many to read as Markdown emphasis`,
      location: { file: "*a_".repeat(20_000) },
      hints: [
        "split the text into paragraphs, or write a * or _ that is not emphasis as \\* or \\_",
      ],
    });
  });

  // Before, 40,000 letters before an @ took 18 s, a body of 4 MiB hours (audit32): marked's
  // GFM autolink looked for an address from each letter to the @.
  it("refuses a word of more characters before an @ than an address may have, at the text", async () => {
    const word = `${"a".repeat(40_000)}@b.example`;
    const e = await caught(() => md(`Intro\n\nWrite to ${word} today.`));
    expect(e.problems[0]).toEqual({
      message: `this text holds 40,000 characters before an @, read as an e-mail address: one may have at most ${MAX_LINK_CHARS.toLocaleString("en")}`,
      location: { file: `Write to ${word} today.` },
      hints: ["shorten the word, or part it from the @ with a space"],
    });
    expect(md(`${"a".repeat(2_000)}@ and ${"b".repeat(40_000)} @ c`)).toMatch(/^<p>aaa/);
  });

  // Before, 25,000 stars, a letter and 25,000 stars took 10.8 s, and runs of 200 stars in
  // pairs (300 kB) 6.3 s (audit33): each two marks of a matched run nest emphasis a level.
  it("refuses long runs of * or _ before words past a budget, and reads blanks and masks", async () => {
    const message = `the body holds more than ${MAX_LONG_RUN_MARKS.toLocaleString("en")} * or _ in runs of four or more before a word: too many to read as Markdown emphasis`;
    const deep = `${"*".repeat(10_000)}a${"*".repeat(10_000)}`;
    expect((await caught(() => md(`Intro\n\n${deep}`))).problems[0]).toEqual({
      message,
      location: { file: deep },
      hints: [
        "emphasis needs three at most (***); write a * or _ that is not emphasis as \\* or \\_",
      ],
    });
    const pairs = `${"*".repeat(200)}a${"*".repeat(200)} `.repeat(100);
    expect((await caught(() => md(pairs))).problems[0]?.message).toBe(message);
    // A form's blanks and masked numbers, before spaces and line ends: as many as you like.
    const form = "Signed ____________ on ______ card **** **** 1234 ____\n\n".repeat(5_000);
    expect(md(form)).toMatch(/^<p>Signed ____________ on ______ card \*\*\*\* \*\*\*\* 1234/);
    expect(md(`Card ${"*".repeat(MAX_LONG_RUN_MARKS * 2)} 1234`)).toMatch(/^<p>Card \*\*\*/);
    expect(md("***bold italic*** and ****more****")).toMatch(
      /^<p><i><b>bold italic<\/b><\/i> and <b>/,
    );
  });

  it("refuses a body of many such texts, and reads a body of ordinary emphasis", async () => {
    const many = `${"*a_".repeat(MAX_EMPHASIS_RUNS / 2)}\n\n`.repeat(10);
    const e = await caught(() => md(many));
    expect(e.problems[0]?.message).toBe(
      "the body holds too many runs of * or _ to read as Markdown emphasis",
    );
    const ordinary = "Some *emphasis*, __strong__ words and snake_case.\n\n".repeat(20_000);
    expect(md(ordinary)).toMatch(/^<p>Some <i>emphasis<\/i>, <b>strong<\/b>/);
    expect(md("\\*a".repeat(40_000))).toMatch(/^<p>\*a\*a/);
  });
});

describe("footnotes", () => {
  // Before, "x[^1]: y" became the paragraph "x" and the note "y": a note's text was looked for
  // from the paragraph's second character, not its second line.
  it("starts a note's text only at the start of a line", async () => {
    const e = await caught(() => md("x[^1]: y\n\nz[^1]"));
    expect(e.problems[0]?.message).toMatch(/footnote \[\^1\] has no text/);
    expect(md("x\n[^1]: y\n\nSee[^1]")).toBe("<p>x</p><p>See<note>y</note></p>");
    expect(md("Text[^1] here\n[^1]: the note")).toBe("<p>Text<note>the note</note> here</p>");
  });
});
