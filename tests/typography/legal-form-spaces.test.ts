import { describe, expect, it } from "vitest";
import { typesetText } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";
import { render } from "../helpers/render.js";

const set = (text: string, lang = "en-AU") =>
  typesetText(text, lang, ALL_ON).replace(/[\u00a0\ufdd1\ufdd2]/g, "~");

// The PDF and the text output both read the model's ties, and neither had one for a firm's
// legal form: both broke "Pty⏎Ltd" where a line happened to end there (the text output of
// letters36's Australian letter of offer, the PDF of the same sentence a few letters on).
describe("a firm's legal form", () => {
  it.each([
    ["Harbourline Engineering Pty Ltd (ABN", "Harbourline Engineering~Pty~Ltd (ABN"],
    ["Blue Gum (Pty) Ltd.", "Blue Gum~(Pty)~Ltd."],
    ["Hale Construction, Inc., and", "Hale Construction,~Inc., and"],
    ["Müller GmbH & Co. KG", "Müller~GmbH &~Co.~KG"],
  ])("is tied to the name before it: %s", (text, expected) => {
    expect(set(text)).toBe(expected);
  });

  it("in any language, as written with a capital or a dot", () => {
    expect(set("la société Dupont SARL et Tadeusz sp. z o.o.", "fr")).toBe(
      "la société Dupont~SARL et Tadeusz~sp.~z~o.o.",
    );
  });

  // The Polish text output broke "Sp.⏎z~o.o.": "z" is no form, so no rule tied the space after "Sp.".
  it("of several words is one form, tied to the name before it", () => {
    expect(set("firmą Tadeusz Sp. z o.o. w Warszawie", "pl")).toBe(
      "firmą Tadeusz~Sp.~z~o.o. w~Warszawie",
    );
    expect(set("Kowalski sp. k., Nowak sp. j. (Kraków)", "pl")).toBe(
      "Kowalski~sp.~k., Nowak~sp.~j. (Kraków)",
    );
    expect(set("Stavby Novák spol. s r. o. a Kovo a. s.", "cs")).toBe(
      "Stavby Novák~spol.~s~r.~o. a~Kovo~a.~s.",
    );
    expect(set("der Förderverein Musik e. V. lädt", "de")).toBe(
      "der Förderverein Musik~e.~V. lädt",
    );
  });

  it("of several words is not its words alone", () => {
    expect(set("sp. z nami o.o.", "pl")).toBe("sp. z~nami o.o.");
  });

  it("is not a word some form's letters spell, nor after a word in small letters", () => {
    expect(set("such as Spa and your CV")).toBe("such as Spa and your CV");
    expect(set("Smith spa, Smith as well")).toBe("Smith spa, Smith as well");
    expect(set("flight LH12 AB")).toBe("flight LH12 AB");
    expect(set("WITHOUT PREJUDICE SAVE AS TO COSTS")).toBe("WITHOUT PREJUDICE SAVE AS TO COSTS");
    expect(set("HARBOURLINE PTY LTD")).toBe("HARBOURLINE~PTY~LTD");
  });

  // review36: a sentence's or a salutation's next first word that a form's letters spell was
  // tied to the name before its mark ("John.~As", "Herr Müller,~Ab Montag", "Marco,~Se hai").
  it("is not the next sentence's or clause's first word after a name's mark", () => {
    expect(set("I met John. As we agreed, and Thank you, Anna. As promised", "en-GB")).toBe(
      "I met John. As we agreed, and Thank you, Anna. As promised",
    );
    expect(set("Sehr geehrter Herr Müller, Ab Montag gilt. Berlin. Ab Mai", "de")).toBe(
      "Sehr geehrter Herr Müller, Ab Montag gilt. Berlin. Ab Mai",
    );
    expect(set("Caro Marco, Se hai tempo. Grazie Luca. Se puoi", "it")).toBe(
      "Caro Marco, Se hai tempo. Grazie Luca. Se puoi",
    );
    expect(set("Acme, LLC and Hale, Inc. and Müller GmbH & Co. KG", "en-US")).toBe(
      "Acme,~LLC and Hale,~Inc. and Müller~GmbH &~Co.~KG",
    );
    // A form written as only a form is, after a comma in any language (the Catalan corpus
    // letter's "Bar L’Oliva, SL").
    expect(set("a Bar L’Oliva, SL, i Dupont, S.A. i Volvo, AB", "ca")).toBe(
      "a Bar L’Oliva,~SL, i Dupont,~S.A. i Volvo,~AB",
    );
  });

  // ties38: "Your~CV" and "Mary~AS Director" tied two words, a form's letters read as a form.
  it("is not a noun after a determiner, nor capitals before a capitalised word", () => {
    expect(set("Your CV is attached. Mary AS Director. The AB test", "en-GB")).toBe(
      "Your CV is attached. Mary AS Director. The AB test",
    );
    expect(set("Mon CV et Ihre GmbH wurde", "fr")).toBe("Mon CV et Ihre GmbH wurde");
    expect(set("Fjell & Fjord AS · Oslo, Volvo AB reported, Asunto Oy Pyynikinrinne", "en")).toBe(
      "Fjell & Fjord~AS · Oslo, Volvo~AB reported, Asunto~Oy Pyynikinrinne",
    );
  });

  // ties39: the rule above left every two-capital form before a capitalised word untied:
  // a firm's place, division or title follows its form far more often than a capacity "as".
  it("is tied before a place or a title, not before a capacity 'as' names", () => {
    expect(set("Volvo AB Göteborg and Equinor AS Annual Report", "en-GB")).toBe(
      "Volvo~AB Göteborg and Equinor~AS Annual Report",
    );
    expect(set("signed by Mary AS Director. Jo Bloggs AS Acting Secretary", "en-GB")).toBe(
      "signed by Mary AS Director. Jo Bloggs AS Acting Secretary",
    );
  });

  // ties40: the rule above tied "Send~CV Today": Indonesia's "CV" and "PT" are written before
  // the firm's name ("CV Sinar Abadi"), so after a word they are another word's letters.
  it("is no form written before a firm's name, after a word", () => {
    expect(set("Send CV Today. Book PT Sessions", "en-GB")).toBe("Send CV Today. Book PT Sessions");
    expect(set("Volvo AB Göteborg, Equinor AS Annual Report, Mary AS Director", "en-GB")).toBe(
      "Volvo~AB Göteborg, Equinor~AS Annual Report, Mary AS Director",
    );
    // With dots it is a Dutch or a Mexican firm's form, written after the name.
    expect(set("Jansen C.V. en Grupo Modelo, S.A. de C.V.", "nl")).toBe(
      "Jansen~C.V. en Grupo Modelo,~S.A. de C.V.",
    );
  });

  // review37: "Ma", "Su", "Lo", "Son", "Din" are determiners in some language and surnames too:
  // "Wei Ma GmbH", "Peter Lo Ltd", "Ali Din Ltd" lost their ties to the determiner rule.
  it("is tied after a surname spelt as a determiner, where a name's word comes before it", () => {
    expect(set("from Wei Ma GmbH, Peter Lo Ltd and Ali Din Ltd; ask your CV", "en-GB")).toBe(
      "from Wei Ma~GmbH, Peter Lo~Ltd and Ali Din~Ltd; ask your CV",
    );
    // A determiner that starts a line is one, whatever ends the line before.
    expect(set("Many Thanks\nYour CV is here", "en-GB")).toBe("Many Thanks\nYour CV is here");
  });

  it("keeps 'Pty Ltd' on one line in the text output and the PDF", async () => {
    // Untied, the PDF ended a line at "Pty" after a first word of 2 letters, the text output
    // after one of 34 (found by trying lengths).
    for (const n of [2, 34]) {
      const body = `${"x".repeat(n)} We are pleased to offer you employment with the firm Harbourline Engineering Pty Ltd on the terms set out in this letter, Acme Widgets Pty Ltd and Blue Gum Holdings Pty Ltd too.`;
      const letter = `template: business\nlang: en-AU\nrecipient: [Ms Linh Nguyen]\ndate: 2025-01-08\nbody: "${body}"\n`;
      const out = await render({ file: "pty.yaml", text: letter });
      const pdfLines = (out.laidOut?.pages ?? []).flatMap(
        (p) => JSON.stringify(p).match(/"text":"[^"]*"/g) ?? [],
      );
      expect(pdfLines.some((l) => l.includes("Harbourline"))).toBe(true);
      expect(pdfLines.filter((l) => /Pty"$/.test(l))).toEqual([]);
      expect((out.txt ?? "").split("\n").filter((l) => /Pty$/.test(l))).toEqual([]);
    }
  });

  it("keeps 'Sp. z o.o.' and 'sp. k.' on one line in the text output and the PDF", async () => {
    // Untied, the PDF ended a line at "sp." after a first word of 28 letters and at "Sp."
    // after one of 45, the text output at "Sp." after one of 40 (found by trying lengths).
    for (const n of [28, 40, 45]) {
      const body = `${"x".repeat(n)} Wzywamy firmę Budomex Sp. z o.o. oraz Kowalski sp. k. do zapłaty kwoty 2026 zł zgodnie z umową.`;
      const letter = `template: business\nlang: pl\nrecipient: [Pan Jan Nowak]\ndate: 2026-12-01\nbody: "${body}"\n`;
      const out = await render({ file: "pl.yaml", text: letter });
      const pdfLines = (out.laidOut?.pages ?? []).flatMap(
        (p) => JSON.stringify(p).match(/"text":"[^"]*"/g) ?? [],
      );
      expect(pdfLines.some((l) => l.includes("Budomex"))).toBe(true);
      expect(pdfLines.filter((l) => /[Ss]p\."$/.test(l))).toEqual([]);
      expect((out.txt ?? "").split("\n").filter((l) => /[Ss]p\.$/.test(l.trimEnd()))).toEqual([]);
    }
  });
});
