import { describe, expect, it } from "vitest";
import { balancedLines, lastWordCarried } from "../../src/layout/balanced-lines.js";
import { firstFit } from "../../src/layout/break-lines.js";
import { FORCED, type Item } from "../../src/layout/paragraph-items.js";

// Monospaced toy items: each letter is 1 unit wide, a space 1 unit; "~" in a word marks an
// added hyphen's place (a flagged penalty).
const look = {} as never;
function items(text: string): Item[] {
  const out: Item[] = [];
  text.split(" ").forEach((w, i) => {
    if (i > 0) out.push({ t: "glue", w: 1, stretch: 1, shrink: 0.5, look });
    w.split("~").forEach((part, k) => {
      if (k > 0) out.push({ t: "penalty", w: 1, p: 50, flagged: true, text: "-" });
      out.push({ t: "box", w: part.length, text: part, look });
    });
  });
  out.push(
    { t: "glue", w: 0, stretch: 1e6, shrink: 0, look },
    { t: "penalty", w: 0, p: FORCED, flagged: false, text: "" },
  );
  return out;
}

const lines = (text: string, width: number, breaker = balancedLines) => {
  const its = items(text);
  return breaker(its, width).map((b) =>
    its
      .slice(b.start, b.end)
      .map((x) => (x.t === "box" ? x.text : x.t === "glue" && x.w > 0 ? " " : ""))
      .join(""),
  );
};

// letters23: an open letter's centred title read "Open letter to the Member States of the
// United" / "Nations", one word alone on its last line.
describe("balancedLines", () => {
  it("sets a centred title's lines as even as they go, in as many lines", () => {
    expect(lines("Open letter to the Member States of the United Nations", 48)).toEqual([
      "Open letter to the Member",
      "States of the United Nations",
    ]);
  });

  it("leaves one line, and more than six, as first-fit breaks them", () => {
    expect(lines("Note Verbale", 48)).toEqual(["Note Verbale"]);
    // Seven lines: balanced, they would hold nine letters each and the last seven.
    const long = Array.from({ length: 61 }, () => "a").join(" ");
    expect(lines(long, 20).map((l) => l.length)).toEqual([19, 19, 19, 19, 19, 19, 1]);
  });

  it("breaks no more words than first-fit does at the full width", () => {
    // Narrower than 13, first-fit breaks "aaaaabbbbb" as "aaaaa-" / "bbbbb" in as many lines.
    expect(lines("aaaaa aaaaa~bb aaaaa~bbbbb aaaaa", 13)).toEqual([
      "aaaaa aaaaabb",
      "aaaaabbbbb",
      "aaaaa",
    ]);
  });
});

// letters33: a business letterhead's company name wrapped with its last word alone
// ("Stellenbosch Munisipaliteit — Direktoraat" / "Infrastruktuurdienste"); balancing every name
// (letters32, reverted) split a Vietnamese word of two syllables where filling had not.
describe("lastWordCarried", () => {
  const carried = (text: string, width: number) => lines(text, width, lastWordCarried);

  it("balances lines whose last would hold one word alone", () => {
    expect(carried("Stellenbosch Munisipaliteit - Direktoraat Infrastruktuurdienste", 48)).toEqual([
      "Stellenbosch Munisipaliteit -",
      "Direktoraat Infrastruktuurdienste",
    ]);
  });

  it("keeps filled lines whose last holds more than one word, and one line", () => {
    const name = "CONG TY TNHH XUAT NHAP KHAU THUONG MAI DONG BANG SONG CUU LONG";
    expect(carried(name, 50)).toEqual([
      "CONG TY TNHH XUAT NHAP KHAU THUONG MAI DONG BANG",
      "SONG CUU LONG",
    ]);
    expect(balancedLines(items(name), 50).length).toBe(2);
    expect(lines(name, 50)).not.toEqual(carried(name, 50));
    expect(carried("Note Verbale", 48)).toEqual(["Note Verbale"]);
  });

  it("keeps text without spaces as filled: Chinese broken between characters", () => {
    const its: Item[] = [];
    for (const ch of "北京市朝阳区人民政府办公室") {
      if (its.length) its.push({ t: "penalty", w: 0, p: 0, flagged: false, text: "" });
      its.push({ t: "box", w: 1, text: ch, look });
    }
    its.push(
      { t: "glue", w: 0, stretch: 1e6, shrink: 0, look },
      { t: "penalty", w: 0, p: FORCED, flagged: false, text: "" },
    );
    const ends = (bs: { end: number }[]) => bs.map((b) => b.end);
    expect(ends(lastWordCarried(its, 12))).toEqual(ends(firstFit(its, 12)));
    expect(ends(balancedLines(its, 12))).not.toEqual(ends(firstFit(its, 12)));
  });
});
