import { beforeAll, describe, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { buildItems, type ItemContext } from "../../src/layout/paragraph-items.js";
import type { RunItems } from "../../src/layout/run-items.js";
import { setParagraph } from "../../src/layout/set-lines.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import type { Run } from "../../src/model/letter-doc.js";
import { BASE_STYLE } from "../../src/model/style.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

// A continuation header is set to be measured and again on each page after the first; only
// its page number differs. A letter's layout keeps the items of its other runs (run-items.ts).

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);

/** A book that counts the runs it is asked fonts for (buildItems asks once a run it builds). */
function countingBook(): { book: FontBook; asked: () => number } {
  const book = new FontBook(pack.fonts, pack.fallbackFonts, res.fonts);
  let n = 0;
  const chain = book.chain.bind(book);
  book.chain = (...args) => {
    n++;
    return chain(...args);
  };
  return { book, asked: () => n };
}

const HEAD: Run[] = Object.freeze([
  Object.freeze({ text: "The Honorable Ann Lee — March 11, 2020 — Page " }),
  Object.freeze({ text: "", field: "page" as const }),
]) as Run[];

function context(book: FontBook, page: number, runItems?: RunItems): ItemContext {
  return {
    book,
    style: { ...BASE_STYLE, hyphenate: true },
    hyphenate: hyphenatorFor("en-US"),
    fields: { page, pages: 3 },
    lang: "en-US",
    warn: () => {},
    ...(runItems ? { runItems } : {}),
  };
}

/** Set lines as drawn: each segment's place, text, widths and face. */
const shown = (lines: ReturnType<typeof setParagraph>) =>
  lines.map((l) => ({
    width: l.width,
    ink: l.ink,
    segments: l.segments.map(({ look, ...s }) => ({ ...s, face: look.face.path, size: look.size })),
  }));

describe("the items of a letter's runs, built once", () => {
  it("builds only the page number again on the next page", () => {
    const { book, asked } = countingBook();
    const memo: RunItems = new WeakMap();
    const style = context(book, 1).style;
    buildItems(HEAD, { ...context(book, 1, memo), style });
    expect(asked()).toBe(2);
    buildItems(HEAD, { ...context(book, 2, memo), style });
    buildItems(HEAD, { ...context(book, 3, memo), style });
    expect(asked()).toBe(4);
  });

  it("gives the lines a header is set in without it, page by page", () => {
    const { book } = countingBook();
    const memo: RunItems = new WeakMap();
    const style = { ...BASE_STYLE, hyphenate: true, align: "justify" as const };
    for (const page of [1, 2, 3, 2]) {
      const fresh = setParagraph(HEAD, { ...context(book, page), style }, 200);
      const kept = setParagraph(HEAD, { ...context(book, page, memo), style }, 200);
      expect(shown(kept)).toEqual(shown(fresh));
    }
  });

  it("builds a run again in another style, font book or language", () => {
    const { book, asked } = countingBook();
    const memo: RunItems = new WeakMap();
    const ctx = context(book, 1, memo);
    buildItems(HEAD, ctx);
    buildItems(HEAD, { ...ctx, style: { ...ctx.style, size: 9 } });
    buildItems(HEAD, { ...ctx, lang: "en-GB" });
    expect(asked()).toBe(6);
    const other = countingBook();
    buildItems(HEAD, { ...ctx, book: other.book });
    expect(other.asked()).toBe(2);
  });
});
