import { describe, expect, it } from "vitest";
import type { LetterDoc, TextBlock } from "../../src/model/letter-doc.js";
import { japaneseLetter } from "../helpers/letters.js";
import { render } from "../helpers/render.js";

/**
 * Each body paragraph's (or block of `roles`) first characters, first-line indent and
 * alignment; `closing`: the letter's closing line, none for the pack's own.
 */
async function paragraphs(body: string, lang = "ja", roles = ["p"], closing = "敬具") {
  const src = japaneseLetter(body, "ja-words");
  const text = src.text
    .replace("lang: ja", `lang: ${lang}`)
    .replace("closing: 敬具", closing === "" ? "" : `closing: ${closing}`);
  const r = await render({ ...src, text }, ["txt"]);
  const doc = r.model as LetterDoc;
  return doc.body
    .filter((b): b is TextBlock => b.kind === "text" && roles.includes(b.role))
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

  // structure28: "前略の件につきましては、…" started flush, as if 前略 opened the letter.
  it("reads an opening word that a particle follows as a word of the sentence", async () => {
    const body = "前略の件につきましては。\\n\\n拝啓は頭語です。\\n\\n前略ごめんください。";
    expect(await paragraphs(body)).toEqual([
      ["前略の件", 22, "justify"],
      ["拝啓は頭", 22, "justify"],
      ["前略ごめ", 0, "justify"],
    ]);
    // review28: a greeting whose first word starts with a particle's kana still opens the
    // letter ("前略とり急ぎ…" had taken the body's indent).
    const greetings =
      "前略とり急ぎ用件のみ。\\n\\n拝啓はや師走となりました。\\n\\n拝啓のどかな春です。";
    expect(await paragraphs(greetings)).toEqual([
      ["前略とり", 0, "justify"],
      ["拝啓はや", 0, "justify"],
      ["拝啓のど", 0, "justify"],
    ]);
  });

  // structure28: the pack's 敬具 (and one the letter gives) stood at the left in <closing>, and
  // a business document's 記 and 以上 where the body's paragraphs stand. review28: 記 kept the
  // first-line indent, so stood half a character right of the column's centre (PDF and text).
  it("sets a closing of just a closing word at the line's end, 記 centred and 以上 right", async () => {
    const body = "記\\n\\n1. 日時\\n\\n以上\\n\\n以上のとおりです。";
    const closing = ["敬具", 22, "right"];
    for (const given of ["", "敬具"])
      expect(await paragraphs(body, "ja", ["p", "closing"], given)).toEqual([
        ["記", 0, "center"],
        ["以上", 22, "right"],
        ["以上のと", 22, "justify"],
        closing,
      ]);
    expect(await paragraphs("本文", "ja", ["closing"], "草々　山田")).toEqual([
      ["草々　山", 22, "left"],
    ]);
    expect(await paragraphs("本文", "en", ["closing"])).toEqual([["敬具", 22, "left"]]);
  });
});
