import { describe, expect, it } from "vitest";
import type { LetterDoc, TextBlock } from "../../src/model/letter-doc.js";
import { japaneseLetter } from "../helpers/letters.js";
import { render } from "../helpers/render.js";

/** Each body paragraph's first characters, first-line indent and alignment. */
async function paragraphs(body: string, lang = "ja") {
  const src = japaneseLetter(body, "ja-words");
  const r = await render({ ...src, text: src.text.replace("lang: ja", `lang: ${lang}`) }, ["txt"]);
  const doc = r.model as LetterDoc;
  return doc.body
    .filter((b): b is TextBlock => b.kind === "text" && b.role === "p")
    .map((b) => {
      const st = doc.styles[b.style];
      const text = b.lines[0]?.map((x) => x.text).join("") ?? "";
      return [text.slice(0, 4), st?.firstLineIndent, st?.align];
    });
}

// letters27: a Japanese letter's 拝啓 took the body's first-line indent, and a 敬具 typed on
// its own line at the end stood at the left; Japanese letters set the one flush, the other at
// the line's end.
describe("a Japanese letter's opening and closing words", () => {
  it("sets the opening word flush, alone or before the greeting, and a closing word right", async () => {
    const body = "拝啓\\n\\n新緑の候、ますます。\\n\\n謹啓　時下ますます。\\n\\n敬具";
    expect(await paragraphs(body)).toEqual([
      ["拝啓", 0, "justify"],
      ["新緑の候", 22, "justify"],
      ["謹啓　時", 0, "justify"],
      ["敬具", 22, "right"],
    ]);
  });

  it("leaves a paragraph that only mentions the words, and other languages, as they are", async () => {
    const body = "敬具と書きます。\\n\\n拝啓";
    expect(await paragraphs(body)).toEqual([
      ["敬具と書", 22, "justify"],
      ["拝啓", 0, "justify"],
    ]);
    expect(await paragraphs(body, "zh")).toEqual([
      ["敬具と書", 22, "justify"],
      ["拝啓", 22, "justify"],
    ]);
  });
});
