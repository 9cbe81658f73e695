import { afterEach, describe, expect, it, vi } from "vitest";
import { type Segment, slicedSegments } from "../../src/model/sliced-segments.js";
import { splitUnspaced } from "../../src/model/unspaced-breaks.js";
import { graphemes } from "../../src/write/display-width.js";

const whole = (s: string, granularity: "grapheme" | "word"): Segment[] =>
  Array.from(new Intl.Segmenter("und", { granularity }).segment(s), ({ segment, index }) => ({
    segment,
    index,
  }));

// Words of the scripts only a dictionary parts (Thai, Lao, Khmer, Myanmar), and what may sit
// between them, glued into long texts: the dictionary's choice of a word looks ahead.
const PIECES = [
  ..."ภาษาไทย การประปา ประชาชน ค่าน้ำ เดือนมีนาคม ກະຊວງ ສະບາຍດີ ພາສາລາວ".split(" "),
  ..."ក្រសួង អប់រំ យុវជន និងកីឡា မြန်မာစာ နိုင်ငံ".split(" "),
  ..." |1234|ABC|。|(|)|\u200b|👍🏽|🇩🇪|e\u0301".split("|"),
];

function mixed(seed: number, length: number): string {
  let s = "";
  let n = seed;
  while (s.length < length) {
    n = (n * 1103515245 + 12345) % 2147483648;
    s += PIECES[n % PIECES.length];
  }
  return s;
}

describe("slicedSegments", () => {
  afterEach(() => vi.restoreAllMocks());

  it("segments slice by slice as the segmenter segments the whole text", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const s = mixed(seed, 500 + seed * 300);
      expect(slicedSegments(s, "word", 256)).toEqual(whole(s, "word"));
      expect(slicedSegments(s, "grapheme")).toEqual(whole(s, "grapheme"));
    }
  });

  it("widens a slice that holds no segment's end", () => {
    const s = `e${"\u0301".repeat(3000)}x`;
    expect(slicedSegments(s, "grapheme")).toEqual(whole(s, "grapheme"));
  });

  // V8's segmenter takes time by the square of the text it is given: a run of Thai without a
  // space, 70,000 characters, took 3.4 s for its words, a million characters of `No. ` far longer.
  it("never gives the segmenter more than a slice, however long the text", () => {
    const given: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, "segment").mockImplementation(function (
      this: Intl.Segmenter,
      text: string,
    ) {
      given.push(text.length);
      return segment.call(this, text);
    });
    expect(splitUnspaced("ภาษาไทย".repeat(10_000))).toHaveLength(20_000);
    expect(graphemes("No.\u00a0".repeat(250_000))).toHaveLength(1_000_000);
    expect(Math.max(...given)).toBeLessThanOrEqual(2048);
  });
});
