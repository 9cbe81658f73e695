import { describe, expect, it } from "vitest";
import { AREA_TIE, LABEL_TIE, SOFT_TIE, TIE, typedTies } from "../../src/model/ties.js";
import { typesetText } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";

/** The text typeset, each tie shown by its kind: `~` never parts, `@` an area code's, `#` a label's. */
const kinds = (text: string, lang: string) =>
  typesetText(text, lang, ALL_ON)
    .replaceAll(TIE, "~")
    .replaceAll(AREA_TIE, "@")
    .replaceAll(LABEL_TIE, "#")
    .replaceAll(SOFT_TIE, "_");

// pages39: the layout read a tie's two words again to guess whether it might break; the
// typography knows why it tied them, and says so by the tie it writes (model/ties.ts).
describe("a tie's kind", () => {
  it("is an area code's after a number's bracketed or trunk code, before a subscriber's", () => {
    expect(kinds("call (19) 2116-0555 or 0761 2187-4412 today", "pt-BR")).toBe(
      "call (19)@2116-0555 or 0761@2187-4412 today",
    );
    expect(kinds("au 04 72 61 60 60 demain", "fr-FR")).toBe("au 04@72~61~60~60 demain");
  });

  it("never parts an international number, a card's, a number's thousands or a name", () => {
    expect(kinds("or +44 (0)20 7946 0958 now", "en-GB")).toBe("or +44~(0)20~7946~0958 now");
    expect(kinds("card 4111 1111 1111 1111 now", "en-US")).toBe("card 4111~1111~1111~1111 now");
    expect(kinds("for 186 400 people", "en-US")).toBe("for 186~400 people");
    expect(kinds("ask Dr. Smith and § 5", "en-US")).toBe("ask Dr.~Smith and §~5");
  });

  it("is a label's between a number and what names or counts it", () => {
    expect(kinds("on p. 12 of No. 5, 10 kg at EUR 40", "en-US")).toBe(
      "on p.#12 of No.#5, 10#kg at EUR#40",
    );
    expect(kinds("auf Seite 3, Rechnung Nr. 5", "de-DE")).toBe("auf Seite#3, Rechnung Nr.#5");
    expect(kinds("our ABN 51 824 753 556 is", "en-AU")).toBe("our ABN#51~824~753~556 is");
  });

  // pages39 found these written with a plain space, free to part at any line's end.
  it("is a label's for British English's 'No' and Portuguese 'p.' before a number", () => {
    expect(kinds("see Invoice No 12 and Flat no 3", "en-GB")).toBe(
      "see Invoice No#12 and Flat no#3",
    );
    expect(kinds("No one came", "en-GB")).toBe("No one came");
    expect(kinds("conforme a p. 12 do anexo", "pt-BR")).toBe("conforme a p.#12 do anexo");
  });

  it("is a no-break space in text that is not justified", () => {
    const typed = typesetText("on p. 12, call (19) 2116-0555", "en-US", ALL_ON);
    expect(typedTies(typed)).toBe(`on p.${TIE}12, call (19)${TIE}2116-0555`);
  });
});

// ties41: a count's abbreviated label, labels in right-to-left text, and a seat's code.
describe("a count's abbreviated label", () => {
  it("is tied to its count as a unit is, and not to the word after it", () => {
    expect(kinds("(approx. 5 no.)", "en-GB")).toBe("(approx. 5#no.)");
    expect(kinds("about 5 pp. of text, 3 vols. and 2 bd. here", "en-US")).toBe(
      "about 5#pp. of text, 3#vols. and 2#bd. here",
    );
    expect(kinds("etwa 5 Bd. und 12 S. oder 3 Bde.", "de-DE")).toBe(
      "etwa 5#Bd. und 12#S. oder 3#Bde.",
    );
    expect(kinds("cerca de 5 p. e 3 vols. do autor", "pt-PT")).toBe(
      "cerca de 5#p. e 3#vols. do autor",
    );
  });

  it("is no title before a name, nor a word ending a sentence, nor a number's label", () => {
    expect(kinds("at 12 St. James Street", "en-GB")).toBe("at 12 St.~James Street");
    expect(kinds("I saw 5 dogs. Then", "en-GB")).toBe("I saw 5 dogs. Then");
    expect(kinds("Room 5 no. 3", "en-GB")).toBe("Room#5 no.#3");
    // A numbered part's number, and a label before its part's letter: "paragraph 1 letter a)".
    expect(kinds("podľa § 155 ods. 1 písm. a) zákona", "sk")).toBe(
      "podľa §~155 ods.#1 písm.~a) zákona",
    );
  });
});

describe("a label in right-to-left text", () => {
  it("ties a page's, a number's and an article's label in Arabic, Persian and Hebrew", () => {
    expect(kinds("انظر ص. 12 و رقم 5 و المادة 3", "ar")).toBe("انظر ص.#12 و رقم#5 و المادة#3");
    expect(kinds("ببینید ص. ۱۲ و ماده ۵", "fa")).toBe("ببینید ص.#۱۲ و ماده#۵");
    expect(kinds("ראה עמ' 12 או סעיף 5", "he")).toBe("ראה עמ'#12 או סעיף#5");
  });

  it("reads a label in Latin letters as English does, as in left-to-right text", () => {
    expect(kinds("انظر p. 12 و No. 5 و Dr. Smith", "ar")).toBe("انظر p.#12 و No.#5 و Dr.~Smith");
    expect(kinds("ראה p. 12", "he")).toBe("ראה p.#12");
  });
});

describe("a coded number", () => {
  it("is one only after a sign for number, not a seat's code before numbers of its own", () => {
    expect(kinds("Lettre n° 1A 234 567 8901 2 du", "fr")).toBe("Lettre n°#1A~234~567~8901~2 du");
    expect(kinds("seat 2B 100 200 300 today", "en-GB")).toBe("seat 2B 100~200~300 today");
  });
});
