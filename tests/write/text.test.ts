import { describe, expect, it } from "vitest";
import { renderLetter } from "../../src/pipeline.js";
import { senateLetter } from "../helpers/letters.js";
import { ROOT } from "../helpers/render.js";

const textOf = async (width: number, extra = "") =>
  (
    await renderLetter(senateLetter(2, 2, extra), {
      cwd: ROOT,
      formats: ["txt"],
      textWidth: width,
      created: new Date(0),
      stopAfter: "model",
    })
  ).txt as string;

describe("writeText", () => {
  it("wraps paragraphs at the configured width", async () => {
    for (const width of [40, 72, 100]) {
      const lines = (await textOf(width)).split("\n");
      for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width);
      expect(lines.some((l) => [...l].length > width - 15)).toBe(true);
    }
  });

  it("centres the letterhead and leaves no trailing spaces", async () => {
    const txt = await textOf(72);
    const first = txt.split("\n")[0] as string;
    expect(first.trim()).toBe("United States Senate");
    expect(first.length - first.trimStart().length).toBe(
      Math.floor((72 - "United States Senate".length) / 2),
    );
    expect(txt).not.toMatch(/[ \t]$/m);
  });

  it("ends with exactly one newline", async () => {
    expect(await textOf(72)).toMatch(/[^\n]\n$/);
  });

  it("writes list items on consecutive lines and keeps a blank line before an item's further paragraph", async () => {
    const body = [
      "Items:",
      "",
      "- one",
      "- two",
      "  - two a",
      "- three",
      "",
      "  More about three.",
      "",
      "After.",
    ].map((l) => `  ${l}`);
    const letter = senateLetter(1, 1);
    letter.text = letter.text.replace(
      /body: \|\n[\s\S]*?\nclosing:/,
      `body: |\n${body.join("\n")}\nclosing:`,
    );
    const txt = (
      await renderLetter(letter, {
        cwd: ROOT,
        formats: ["txt"],
        textWidth: 72,
        created: new Date(0),
      })
    ).txt as string;
    expect(txt).toContain(
      "Items:\n\n• one\n• two\n  – two a\n• three\n\n  More about three.\n\nAfter.",
    );
  });
});
