import { describe, expect, it } from "vitest";
import { firstFit, knuthPlass } from "../../src/layout/break-lines.js";
import { FORCED, type Item } from "../../src/layout/paragraph-items.js";

// Monospaced toy items: each letter is 1 unit wide, a space 1 unit that stretches by 1.
const look = {} as never;
function items(text: string): Item[] {
  const out: Item[] = [];
  text.split(" ").forEach((w, i) => {
    if (i > 0) out.push({ t: "glue", w: 1, stretch: 1, shrink: 0.5, look });
    out.push({ t: "box", w: w.length, text: w, look });
  });
  out.push(
    { t: "glue", w: 0, stretch: 1e6, shrink: 0, look },
    { t: "penalty", w: 0, p: FORCED, flagged: false, text: "" },
  );
  return out;
}

function lineTexts(it: Item[], breaks: { start: number; end: number }[]): string[] {
  return breaks.map((b) =>
    it
      .slice(b.start, b.end)
      .map((x) => (x.t === "box" ? x.text : x.t === "glue" && x.w > 0 ? " " : ""))
      .join(""),
  );
}

const TEXT = "aaa bb cc ddddd e ffff gg hhh iiii j kk lllll mm n oooo";

describe("knuthPlass", () => {
  it("breaks into lines whose natural width fits within the tolerance", () => {
    const its = items(TEXT);
    const breaks = knuthPlass(its, 16, 3);
    expect(breaks).not.toBeNull();
    for (const b of breaks?.slice(0, -1) ?? []) {
      expect(b.ratio).toBeGreaterThanOrEqual(-1);
      expect(b.ratio).toBeLessThanOrEqual(3);
    }
    expect(lineTexts(its, breaks ?? []).join(" ")).toBe(TEXT);
  });

  it("spreads spacing more evenly than first fit", () => {
    const its = items(TEXT);
    const spread = (bs: { ratio: number }[]) =>
      Math.max(...bs.slice(0, -1).map((b) => Math.abs(b.ratio)));
    const kp = knuthPlass(its, 16, 10) ?? [];
    const ff = firstFit(its, 16).map((b) => {
      const w = its.slice(b.start, b.end).reduce((s, x) => s + (x.t === "penalty" ? 0 : x.w), 0);
      const y = its.slice(b.start, b.end).reduce((s, x) => s + (x.t === "glue" ? x.stretch : 0), 0);
      return { ratio: (16 - w) / y };
    });
    expect(spread(kp)).toBeLessThanOrEqual(spread(ff));
  });

  it("avoids a last line of one word (a runt) when the lines before need not be much looser", () => {
    // Before, at 24 units the last line was "oooo" alone, and at 17 "n oooo" took a line
    // of its own after three; Typst avoids runts by default too.
    for (const [width, words] of [
      [24, 2],
      [17, 5],
    ] as const) {
      const its = items(TEXT);
      const breaks = knuthPlass(its, width, 3) ?? [];
      const last = breaks.at(-1);
      const boxes = last ? its.slice(last.start, last.end).filter((x) => x.t === "box") : [];
      expect(boxes.length, `at ${width}`).toBe(words);
      expect(lineTexts(its, breaks).join(" ")).toBe(TEXT);
    }
  });

  it("avoids a hyphen in the second-to-last line, as TeX's \\finalhyphendemerits does", () => {
    // "|" marks a hyphenation point (an added hyphen, 1 wide).
    const its = items("aaa bbb|BBB ccc|CC d|DDDD").flatMap((x): Item[] =>
      x.t === "box" && x.text.includes("|")
        ? x.text
            .split("|")
            .flatMap((part, j): Item[] => [
              ...(j > 0
                ? [{ t: "penalty", w: 1, p: 50, flagged: true, text: "-", look } as Item]
                : []),
              { t: "box", w: part.length, text: part, look },
            ])
        : [x],
    );
    const breaks = knuthPlass(its, 10, { tolerance: 3, hyphenate: true, maxHyphensInRow: 2 }) ?? [];
    // Without it: "aaa bbbBBB" / "cccCC d-" / "DDDD", the word's tail alone on the last line.
    expect(lineTexts(its, breaks)).toEqual(["aaa bbb", "BBB cccCC", "dDDDD"]);
  });

  it("returns null when no breaks meet the tolerance", () => {
    expect(knuthPlass(items("aaaaaaaaaa b"), 11, 0.01)).toBeNull();
  });
});

/**
 * "xx" and then words "ab-cd" with a hyphenation point each, made so that at width 11 every
 * line can end exactly at a hyphen ("xx abcd ab-", "cd abcd ab-", …); `reward` < 0 makes
 * every hyphen attractive.
 */
function hyphenated(words: number, reward: number): Item[] {
  const out: Item[] = [{ t: "box", w: 2, text: "xx", look }];
  for (let i = 0; i < words; i++) {
    out.push({ t: "glue", w: 1, stretch: 1, shrink: 0.5, look });
    out.push({ t: "box", w: 2, text: "ab", look });
    out.push({ t: "penalty", w: 1, p: reward, flagged: true, text: "-", look });
    out.push({ t: "box", w: 2, text: "cd", look });
  }
  out.push(
    { t: "glue", w: 0, stretch: 1e6, shrink: 0, look },
    { t: "penalty", w: 0, p: FORCED, flagged: false, text: "" },
  );
  return out;
}

const hyphenRuns = (it: Item[], breaks: { end: number }[]) => {
  let run = 0;
  let longest = 0;
  for (const b of breaks) {
    const at = it[b.end];
    run = at?.t === "penalty" && at.flagged ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
};

describe("knuthPlass passes", () => {
  const its = hyphenated(30, -200);
  const pass = { tolerance: 10, hyphenate: true };

  it("never ends three lines in a row with a hyphen when the pass says two", () => {
    const free = knuthPlass(its, 11, { ...pass, maxHyphensInRow: Number.POSITIVE_INFINITY }) ?? [];
    // Without the limit, this paragraph hyphenates line after line: the test can fail.
    expect(hyphenRuns(its, free)).toBeGreaterThan(2);
    const limited = knuthPlass(its, 11, { ...pass, maxHyphensInRow: 2 }) ?? [];
    expect(limited.length).toBeGreaterThan(5);
    expect(hyphenRuns(its, limited)).toBe(2);
  });

  it("takes no added hyphen in a pass without hyphenation", () => {
    const breaks = knuthPlass(its, 11, { ...pass, hyphenate: false, maxHyphensInRow: 2 }) ?? [];
    expect(breaks.length).toBeGreaterThan(5);
    expect(hyphenRuns(its, breaks)).toBe(0);
  });

  it("lets a line end past the measure by its hang (protrusion)", () => {
    const it2 = items("aaaa bbbb cccc");
    // "aaaa bbbb" is 9 wide; with a hang of 1 at the glue after "bbbb", it fits 8.
    const glue = it2.findIndex((x, i) => x.t === "glue" && i > 2);
    (it2[glue] as Extract<Item, { t: "glue" }>).hang = 1;
    const breaks = knuthPlass(it2, 8, { tolerance: 0.01, hyphenate: true, maxHyphensInRow: 2 });
    expect(lineTexts(it2, breaks ?? [])).toEqual(["aaaa bbbb", "cccc"]);
  });
});

describe("firstFit", () => {
  it("puts as many words on a line as fit", () => {
    const its = items("aa bb cc dd");
    expect(lineTexts(its, firstFit(its, 5))).toEqual(["aa bb", "cc dd"]);
  });

  it("keeps a single word that is wider than the line on its own line", () => {
    const its = items("a bbbbbbbb c");
    expect(lineTexts(its, firstFit(its, 4))).toEqual(["a", "bbbbbbbb", "c"]);
  });
});

describe("firstFit and added hyphens", () => {
  // "aaaa bb-cc dd…": a hyphenation point inside "bbcc" (an added hyphen, 1 wide).
  function hyphenated(tail: string): Item[] {
    const its = items(`aaaa bb cc${tail}`);
    const at = its.findIndex((x) => x.t === "box" && x.text === "cc");
    its.splice(at - 1, 1, { t: "penalty", w: 1, p: 50, flagged: true, text: "-", look });
    return its;
  }

  it("does not leave a hyphenated word's tail alone on the last line", () => {
    const its = hyphenated("");
    expect(lineTexts(its, firstFit(its, 8))).toEqual(["aaaa", "bbcc"]);
  });

  it("still hyphenates where the rest of the paragraph needs more than one line", () => {
    const its = hyphenated(" dddd");
    expect(lineTexts(its, firstFit(its, 8))).toEqual(["aaaa bb", "cc dddd"]);
  });
});

describe("firstFit and breaks inside a word that add nothing", () => {
  // "aaaa visa-letters…": a free break after the hyphen of an address (flagged, adds no hyphen).
  function address(tail: string): Item[] {
    const its = items(`aaaa visa- letters${tail}`);
    const at = its.findIndex((x) => x.t === "box" && x.text === "letters");
    its.splice(at - 1, 1, { t: "penalty", w: 0, p: 50, flagged: true, text: "", look });
    return its;
  }

  it("keeps an address whole when the rest of the paragraph fits on the next line", () => {
    // Before: "aaaa visa-" / "letters", the address cut where nothing needed it.
    const its = address(" b");
    expect(lineTexts(its, firstFit(its, 14))).toEqual(["aaaa", "visa-letters b"]);
  });

  it("still breaks it where the rest of the paragraph needs more than one line", () => {
    const its = address(" bbbbb");
    expect(lineTexts(its, firstFit(its, 14))).toEqual(["aaaa visa-", "letters bbbbb"]);
  });
});

describe("firstFit and hyphens in a row", () => {
  // "xx ab-cd ab-cd …": at width 6 each line fills to "… ab-" and hyphenates the next word.
  const its = hyphenated(12, 0);

  it("never ends three lines in a row inside a word (letters32: borrow- / pro- / esti-)", () => {
    const breaks = firstFit(its, 6);
    expect(breaks.length).toBeGreaterThan(5);
    expect(hyphenRuns(its, breaks)).toBe(2);
  });
});

// Chinese as the breaker sees it: a box a character (closing punctuation with the one before
// it), 1 unit each, and a gap between them (a break with no space) that may stretch a little.
function unspaced(pieces: string[]): Item[] {
  const out: Item[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) out.push({ t: "glue", w: 0, stretch: 0.1, shrink: 0, look, gap: true });
    out.push({ t: "box", w: [...p].length, text: p, look });
  });
  out.push(
    { t: "glue", w: 0, stretch: 1e6, shrink: 0, look },
    { t: "penalty", w: 0, p: FORCED, flagged: false, text: "" },
  );
  return out;
}

describe("firstFit and a last line of one Chinese or Japanese character", () => {
  const text = [..."本公司擬於本年度申請補助計畫"];

  it("takes the character before it down with it, its closing punctuation not counted", () => {
    const its = unspaced([...text.slice(0, -1), "畫。"]);
    // 15 units: 13 characters and "畫。"; 14 to a line left "畫。" alone.
    expect(lineTexts(its, firstFit(its, 14))).toEqual(["本公司擬於本年度申請補助", "計畫。"]);
    const quoted = unspaced(["「本", ...text.slice(1, -1), "畫」。"]);
    expect(lineTexts(quoted, firstFit(quoted, 15))).toEqual([
      "「本公司擬於本年度申請補助",
      "計畫」。",
    ]);
  });

  it("leaves two characters, a Latin word, and a line broken at a space as they are", () => {
    const two = unspaced(text);
    expect(lineTexts(two, firstFit(two, 12))).toEqual(["本公司擬於本年度申請補助", "計畫"]);
    const latin = unspaced([...text.slice(0, -1), "AI"]);
    expect(lineTexts(latin, firstFit(latin, 14))).toEqual(["本公司擬於本年度申請補助計", "AI"]);
    const spaced = items("本公司擬於本 年度申請補助計 畫");
    expect(lineTexts(spaced, firstFit(spaced, 14))).toEqual(["本公司擬於本 年度申請補助計", "畫"]);
  });

  // script33: "補助 ABC為。" left "為。" alone where justified lines and the text output take
  // the word a space parts from the line down with it.
  it("takes a word a space parts from the line down with it, as justified lines do", () => {
    const its = unspaced([...text.slice(0, 12), "ABC", "為。"]);
    // A space, not a gap, before "ABC": "補助 ABC" is 16 units, "為。" 2.
    its.splice(23, 1, { t: "glue", w: 1, stretch: 1, shrink: 0.5, look });
    expect(lineTexts(its, firstFit(its, 17))).toEqual(["本公司擬於本年度申請補助", "ABC為。"]);
    // A line of the one word keeps it.
    const alone = unspaced(["ABCDEFGHIJKLMNOPQ", "為。"]);
    expect(lineTexts(alone, firstFit(alone, 17))).toEqual(["ABCDEFGHIJKLMNOPQ", "為。"]);
  });
});
