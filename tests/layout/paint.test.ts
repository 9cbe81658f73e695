import { describe, expect, it } from "vitest";
import type { Face } from "../../src/layout/font-book.js";
import { paint } from "../../src/layout/page-units.js";
import type { SetLine } from "../../src/layout/set-lines.js";
import type { TextStyle } from "../../src/model/style.js";

// A face as far as painting reads it: its path, what it makes up, its shaping language.
const face = { path: "F.ttf", synthetic: { bold: true, italic: true }, lang: "ja" } as Face;

const line = {
  width: 30,
  segments: [
    {
      x: 2,
      text: "a",
      look: {
        face,
        size: 10,
        tracking: 0,
        color: "#000",
        href: "h",
        rise: 1,
        note: "1",
        lang: "en",
      },
      wordSpacing: 0.5,
      width: 30,
      scale: 0.98,
      hang: 1,
      rtl: true,
      joint: "space",
    },
  ],
} as unknown as SetLine;

describe("paint", () => {
  // The writer's memos and `--emit layout` read a painted item's fields in order: painting
  // built field by field (for speed) keeps the order the spreads it replaced gave.
  it("gives a segment's fields in the layout's order", () => {
    const [item] = paint(line, 10, 20, { color: "#123" } as TextStyle, "p#1");
    expect(Object.keys(item ?? {})).toEqual([
      "kind",
      "x",
      "y",
      "text",
      "font",
      "size",
      "wordSpacing",
      "tracking",
      "scale",
      "hang",
      "rtl",
      "embolden",
      "slant",
      "color",
      "width",
      "block",
      "href",
      "lang",
      "shapedIn",
      "note",
      "joint",
    ]);
    expect(item).toMatchObject({ x: 12, y: 19, color: "#123", block: "p#1", shapedIn: "ja" });
  });

  it("leaves out what a plain segment lacks", () => {
    const plain = {
      ...line,
      segments: [
        {
          ...line.segments[0],
          look: { face: { path: "F.ttf" }, size: 10, tracking: 0 },
          scale: 1,
          hang: undefined,
          rtl: undefined,
          joint: undefined,
        },
      ],
    } as unknown as SetLine;
    const [item] = paint(plain, 0, 0, { color: "#000" } as TextStyle, "p#2");
    expect(Object.keys(item ?? {})).toEqual([
      "kind",
      "x",
      "y",
      "text",
      "font",
      "size",
      "wordSpacing",
      "tracking",
      "color",
      "width",
      "block",
    ]);
  });
});
