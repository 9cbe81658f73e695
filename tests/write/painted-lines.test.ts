import { describe, expect, it } from "vitest";
import { type LinePlace, PaintedLines } from "../../src/write/painted-lines.js";

const at: LinePlace = {
  font: "F2",
  size: 11,
  pageHeight: 792,
  x: 72,
  y: 100.5,
  wordSpacing: 0.25,
  tracking: 0,
  scale: 1,
  rtl: false,
  spanned: false,
  embolden: 0,
  slant: 0,
  lang: "",
};

describe("PaintedLines", () => {
  it("keeps a line the second time it comes, and gives it back after", () => {
    const lines = new PaintedLines<string>(8);
    expect(lines.keep("Dear Sir,", at, "first")).toBe("first");
    expect(lines.get("Dear Sir,", at)).toBeUndefined();
    expect(lines.keep("Dear Sir,", { ...at }, "second")).toBe("second");
    expect(lines.get("Dear Sir,", { ...at })).toBe("second");
  });

  // Each field changes the line's operators: a line differing in any one is another line.
  it("tells lines of one text apart by every field of their place", () => {
    const lines = new PaintedLines<string>(64);
    const others: LinePlace[] = [
      { ...at, font: "F3" },
      { ...at, size: 12 },
      { ...at, pageHeight: 842 },
      { ...at, x: 72.5 },
      { ...at, y: 100 },
      { ...at, wordSpacing: 0 },
      { ...at, tracking: 0.5 },
      { ...at, scale: 0.98 },
      { ...at, rtl: true },
      { ...at, spanned: true },
      { ...at, embolden: 0.3 },
      { ...at, slant: 0.2 },
      { ...at, lang: "tr" },
    ];
    for (const p of [at, ...others]) lines.keep("x", p, JSON.stringify(p));
    for (const p of [at, ...others]) lines.keep("x", p, JSON.stringify(p));
    expect(lines.size).toBe(14);
    for (const p of [at, ...others]) expect(lines.get("x", p)).toBe(JSON.stringify(p));
    expect(lines.get("y", at)).toBeUndefined();
  });

  it("keeps at most `max` lines and remembers at most `max` lines met once", () => {
    const lines = new PaintedLines<number>(2);
    for (const t of ["a", "a", "b", "b"]) lines.keep(t, at, 1);
    expect(lines.size).toBe(2);
    lines.keep("c", at, 1);
    lines.keep("c", at, 1);
    // Full: it starts afresh, as RecurringMemo does.
    expect(lines.size).toBe(1);
    expect(lines.get("a", at)).toBeUndefined();
    expect(lines.get("c", at)).toBe(1);
    // Lines met once: past two, the list starts afresh, so "d" is met once again.
    for (const t of ["d", "e", "f", "d"]) lines.keep(t, at, 1);
    expect(lines.get("d", at)).toBeUndefined();
  });
});
