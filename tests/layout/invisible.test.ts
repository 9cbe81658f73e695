import { expect, it } from "vitest";
import { isInvisible } from "../../src/layout/invisible.js";

it("knows the characters that draw nothing, and the default-ignorable ones HarfBuzz draws", () => {
  for (const cp of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfe0f, 0xfe00, 0x180e, 0xe0001])
    expect(isInvisible(cp), cp.toString(16)).toBe(true);
  // Hangul fillers and shorthand format controls are drawn as ordinary glyphs.
  for (const cp of [0x115f, 0x1160, 0x3164, 0xffa0, 0x1bca0, 0x1bca3, 0x41, 0x20, 0xa0])
    expect(isInvisible(cp), cp.toString(16)).toBe(false);
});
