import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lexedMarkdownToMarkup } from "../../src/compose/markdown.js";
import { plainProse } from "../../src/compose/plain-prose.js";
import { SEED } from "../helpers/render.js";

const nowhere = () => ({ file: "letter.yaml" });
const viaLexer = (md: string) => lexedMarkdownToMarkup(md, nowhere);

// Pieces of text that Markdown may or may not treat as syntax, so that random bodies hit the
// edges of what plainProse accepts.
const piece = fc.oneof(
  fc.constantFrom(
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\r",
    "\u00a0",
    "\u2028",
    "\u3000",
    "Dear",
    "Secretary",
    "-",
    "--",
    "---",
    "+",
    "*",
    "_",
    "=",
    "==",
    "#",
    "##",
    ">",
    "1.",
    "2)",
    "10.",
    "a.",
    "|",
    "`",
    "~",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "!",
    "<",
    ">",
    "&",
    "&amp;",
    "\\",
    "@",
    "x@y.z",
    "http://a.b",
    "www.x.org",
    "WWW.X.ORG",
    "ftp://f",
    ":",
    ":-",
    "-:",
    ":--:",
    ";",
    ",",
    ".",
    "'",
    '"',
    "“",
    "”",
    "’",
    "é",
    "ẞ",
    "日本",
    "🙂",
    "\u0301",
    "\u200b",
    "\ufeff",
    "\0",
    "\x7f",
    "\x85",
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);
const body = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));

describe("plain prose", () => {
  it("gives what the Markdown lexer gives, wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(body, (md) => {
        const plain = plainProse(md);
        if (plain === undefined) return;
        answered++;
        expect(plain).toBe(viaLexer(md));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
    // A check that answered for nothing would hold to nothing.
    expect(answered).toBeGreaterThan(100);
  });

  it("answers for the seed letter's body, as the lexer does", () => {
    const md = String(parse(readFileSync(SEED, "utf8")).body);
    expect(plainProse(md)).toBe(viaLexer(md));
    expect(plainProse(md)).toMatch(/^<p>.*<\/p>$/s);
  });

  it.each([
    ["emphasis", "a *b* c"],
    ["a list", "- one\n- two"],
    ["an ordered list after a paragraph", "text\n1. one"],
    ["a setext heading", "Title\n---"],
    ["indented code", "para\n\n    code"],
    ["a hard line break", "line  \nnext"],
    ["an autolink", "see www.example.org"],
    ["an entity", "Smith &amp; Co"],
    ["a one-column table without pipes", "Name\n:-"],
  ])("leaves %s to the lexer", (_, md) => {
    expect(plainProse(md)).toBeUndefined();
  });
});
