import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Rendered } from "../../src/pipeline.js";
import { extractPdf, type PdfContent, pageWords } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { hyphenatorFor } from "../helpers/resources.js";

const LETTERS = join(ROOT, "tests", "fixtures", "typography");
const NBSP = "\u00a0";
const THIN = "\u202f";

interface Letter {
  r: Rendered;
  pdf: PdfContent;
  /** The text output with its lines joined, ties and narrow spaces kept. */
  txt: string;
  /** The PDF's words in reading order, joined by single spaces. */
  words: string;
}

async function letter(file: string): Promise<Letter> {
  const r = await render(join(LETTERS, file));
  const pdf = await extractPdf(r.pdf as Uint8Array);
  return {
    r,
    pdf,
    txt: (r.txt as string).replace(/ *\n */g, " "),
    words: pageWords(pdf).join(" "),
  };
}

/** Whether two tied words sit on one line of the PDF (in one run of text). */
const onOneLine = (l: Letter, words: string) => l.pdf.items.some((i) => i.str.includes(words));

/**
 * Every word the PDF breaks at a line end with a hyphen, checked against the hyphenation
 * points of its language: `langOf` says which language a word is in.
 */
function expectHyphenatedIn(l: Letter, langOf: (word: string) => string): number {
  let n = 0;
  // pdf.js reads an added hyphen as drawn or as the soft hyphen its ActualText says.
  for (const m of l.words.matchAll(/(\p{L}+) ?[-\u00ad] (\p{Ll}+)/gu)) {
    const [, head = "", tail = ""] = m;
    const word = head + tail;
    const parts = hyphenatorFor(langOf(word))?.(word) ?? [word];
    const points = parts.map((_, i) => parts.slice(0, i).join("").length).slice(1);
    expect(points, `${word} broken after ${head} (${langOf(word)})`).toContain(head.length);
    n++;
  }
  return n;
}

describe("a German letter (din5008)", () => {
  let l: Letter;
  beforeAll(async () => {
    l = await letter("brief-de.yaml");
  });

  it("has German quotes, nested ones and apostrophes, in the text and the PDF", () => {
    for (const t of [l.txt, l.words]) {
      expect(t).toContain("„Die Anlage soll ‚so bald wie möglich‘ laufen.“ Das geht’s an");
      expect(t).toContain("Ihr Auftrag „Heizung 2024“");
      expect(t).toMatch(/folgen in „Anlage\s3“/);
    }
  });

  it("ties numbers, units, abbreviations and a spaced dash", () => {
    for (const tied of ["45 kW", "186.400 Euro", "d. h.", "geplant –", "§ 5", "Abs. 2", "Nr. 17"]) {
      expect(l.txt).toContain(tied.replace(" ", NBSP));
      expect(onOneLine(l, tied), tied).toBe(true);
    }
    expect(l.txt).toContain(`Prof.${NBSP}Weber`);
    expect(l.txt).toContain(`Frau Dr.${NBSP}Schäfer,`);
  });

  it("quotes and hyphenates the English paragraph as English", () => {
    const english = l.r.model?.body.flatMap((b) =>
      b.kind === "text" ? b.lines.flat().filter((r) => r.lang === "en-US") : [],
    );
    expect(english?.map((r) => r.text).join("")).toMatch(/^Our international partner’s summary: “/);
    const englishWords = new Set(english?.flatMap((r) => r.text.match(/\p{L}+/gu) ?? []));
    const broken = expectHyphenatedIn(l, (w) => (englishWords.has(w) ? "en-US" : "de-DE"));
    expect(broken).toBeGreaterThan(0);
  });
});

describe("a French letter (personal, lang: fr-FR)", () => {
  let l: Letter;
  beforeAll(async () => {
    l = await letter("lettre-fr.yaml");
  });

  it("has « » with no-break spaces inside and before :, narrow ones before ; ! ?", () => {
    expect(l.txt).toContain(
      `m’avez demandé${NBSP}: «${NBSP}Quand livrerez-vous${THIN}?${NBSP}» La réponse est simple${THIN}!`,
    );
    expect(l.txt).toContain(`186${NBSP}400${NBSP}€${THIN}; le délai`);
    // A space already there becomes the no-break one, never a second space.
    expect(l.txt).toContain(`«${NBSP}qui vivra verra${NBSP}»`);
    expect(l.txt).toContain(`«${NBSP}l’annexe${NBSP}»`);
  });

  it("leaves the URL as written", () => {
    expect(l.txt).toContain("https://exemple.fr/devis?id=42.");
  });

  it("draws the spaces in the PDF, which gives them as spaces when copied", () => {
    expect(l.words).toContain("demandé : « Quand livrerez-vous ? » La réponse est simple !");
    expect(onOneLine(l, "186 400 € ;")).toBe(true);
  });
});

describe("a Russian letter (personal, lang: ru)", () => {
  let l: Letter;
  beforeAll(async () => {
    l = await letter("pismo-ru.yaml");
  });

  it("has « » outside and „ “ inside, in the text and the PDF", () => {
    // "1 июня" is tied in the text (a number and the noun it counts).
    for (const t of [l.txt.replaceAll(NBSP, " "), l.words])
      expect(t).toContain("«Нам нужен „Проект Восток“ до 1 июня»");
  });

  it("ties units, abbreviations and digit groups", () => {
    for (const tied of ["5 км", "т. е.", "186 400 руб.", "ул. Ленина"])
      expect(l.txt).toContain(tied.replaceAll(" ", NBSP));
  });

  it("hyphenates as Russian", () => {
    expect(expectHyphenatedIn(l, () => "ru")).toBeGreaterThan(0);
  });
});
