import { describe, expect, it } from "vitest";
import { firstFit, knuthPlass } from "../../src/layout/break-lines.js";
import { FORCED, type Item } from "../../src/layout/items.js";

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

  it("returns null when no breaks meet the tolerance", () => {
    expect(knuthPlass(items("aaaaaaaaaa b"), 11, 0.01)).toBeNull();
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
