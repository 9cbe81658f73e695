import { describe, expect, it } from "vitest";
import { typesetText } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";

const set = (text: string, lang = "en-AU") =>
  typesetText(text, lang, ALL_ON).replace(/[\u00a0\ufdd1\ufdd2]/g, "~");

// "(ABN⏎51 824 753 556)" broke in the PDF and the text output alike: the number's groups were
// tied (a number in groups, tie-spaces.ts), its label was not.
describe("an identifier's label and its number", () => {
  it.each([
    ["en-AU", "Pty Ltd (ABN 51 824 753 556) (the", "Pty~Ltd (ABN~51~824~753~556) (the"],
    ["en-AU", "ACN 123 456 789 and GST 123-456-789.", "ACN~123~456~789 and GST~123-456-789."],
    ["en-GB", "VAT No. GB 123 4567 89, and", "VAT~No.~GB~123~4567~89, and"],
    ["en-US", "our EIN 12-3456789 is", "our EIN~12-3456789 is"],
    [
      "fr-FR",
      "SIRET 732 829 320 00074, TVA FR 12 345 678 901",
      "SIRET~732~829~320~00074, TVA~FR~12~345~678~901",
    ],
    [
      "de-DE",
      "USt-IdNr. DE 123456789, Amtsgericht Köln HRB 12345",
      "USt-IdNr.~DE~123456789, Amtsgericht Köln HRB~12345",
    ],
    ["nl", "KvK 12345678", "KvK~12345678"],
    // letters41: a jury summons' "(RCW⏎2.36.070)." broke: a bracket, then a full stop, after
    // the number's last group hid the number.
    ["en-US", "restored (RCW 2.36.070).", "restored (RCW~2.36.070)."],
    ["en-US", "(EIN 12-3456789).", "(EIN~12-3456789)."],
    ["en-US", "(EIN 12-3456789.)", "(EIN~12-3456789.)"],
  ])("are tied (%s): %s", (lang, text, expected) => {
    expect(set(text, lang)).toBe(expected);
  });

  it("not for a state's code and its ZIP code, which the address's line settles", () => {
    expect(set("Washington, DC 20510", "en-US")).toBe("Washington, DC 20510");
  });

  it("not for a count or a four-digit number after capitals", () => {
    expect(set("the EU 27 and ISO 9001 and Sydney NSW 2000")).toBe(
      "the EU 27 and ISO 9001 and Sydney NSW 2000",
    );
  });
});

// review36: in prose written in capitals, two capitals after a capitalised word are a word
// ("OF", "TO"), no country's code: "THE SUM~OF~100~000 POUNDS" was one unbreakable run.
describe("prose in capitals", () => {
  it("has no identifier with a country's code", () => {
    expect(set("THE SUM OF 100 000 POUNDS", "en-GB")).toBe("THE SUM OF 100~000 POUNDS");
    expect(set("PLEASE SEND TO 12345 BY", "en-GB")).toBe("PLEASE SEND TO 12345 BY");
    // A label after a word in small letters keeps its country: "Our VAT GB …".
    expect(set("Our VAT GB 123 4567 89", "en-GB")).toBe("Our VAT~GB~123~4567~89");
  });
});

// ties38: a run of a number's groups took in the count after it: "ABN~51~824~753~556~10 days",
// "+44~20~7946~0958~12 times" glued the count to the number as one unbreakable run.
describe("a number's run of groups", () => {
  it("ends before a count of the word after it", () => {
    expect(set("ABN 51 824 753 556 10 days")).toBe("ABN~51~824~753~556 10 days");
    expect(set("call +44 20 7946 0958 12 times or 0800 555 0199 24 hours", "en-GB")).toBe(
      "call +44~20~7946~0958 12 times or 0800~555~0199 24 hours",
    );
  });

  // ties38: "ISO~9001~14001~45001~27001~50001" glued a list of standards as one identifier.
  it("holds no more digits than a number does: more are a list", () => {
    expect(set("certified to ISO 9001 14001 45001 27001 50001 standards")).toBe(
      "certified to ISO 9001 14001 45001 27001 50001 standards",
    );
    expect(set("NIP 19700512 199503 1 004", "id")).toBe("NIP~19700512~199503~1~004");
  });

  it("keeps its own short last group: after two groups, or before a mark", () => {
    expect(set("VAT GB 123 4567 89 is ours", "en-GB")).toBe("VAT~GB~123~4567~89 is ours");
    expect(set("account 4001 2345 67 was paid", "en-GB")).toBe("account 4001~2345~67 was paid");
    expect(set("ABN 51 824 753 556 10.")).toBe("ABN~51~824~753~556~10.");
    expect(set("call 04 72 61 60 60 today", "fr")).toBe("call 04~72~61~60~60 today");
    // review37: a last group of three digits is a telephone number's, not a count.
    expect(set("Call +49 30 1234 567 or write", "en-GB")).toBe("Call +49~30~1234~567 or write");
    // ties39: an international number's last group, where the groups before it hold too few
    // digits for one, is the number's own: "Ruf +49~89~123 45 an" split its last two groups.
    expect(set("Ruf +49 89 123 45 an oder +46 8 123 456 78 und", "de")).toBe(
      "Ruf +49~89~123~45 an oder +46~8~123~456~78 und",
    );
  });
});
