import { describe, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// A PDF's title and subject, when the letter gives none, come from the letter's language's
// labels (letter, letterTo, letterFrom, …); before, they were English in every language.
const letter = (pack: string, yaml: string, formats: ("pdf" | "txt")[] = ["txt"]) =>
  render({ file: `${ROOT}/data/inline-meta.yaml`, text: `template: ${pack}\n${yaml}` }, formats);

describe("titles and subjects in the letter's language", () => {
  it.each([
    ["en", "Letter to Jane Roe"],
    ["de", "Brief an Jane Roe"],
    ["fr", "Lettre à Jane Roe"],
    ["it", "Lettera – Jane Roe"],
    ["ru", "Письмо. Кому: Jane Roe"],
    ["ar", "رسالة إلى Jane Roe"],
    ["zh", "致Jane Roe的信"],
    ["ko", "Jane Roe 앞 서신"],
  ])("business in %s: %s", async (lang, title) => {
    const r = await letter("business", `lang: ${lang}\nrecipient: [Jane Roe]\nbody: Text.\n`);
    expect(r.model?.meta.title).toBe(title);
  });

  it.each([
    ["en", "Letter from Jane Doe"],
    ["es", "Carta de Jane Doe"],
    ["he", "מכתב מאת Jane Doe"],
    ["ja", "Jane Doeからの書簡"],
  ])("personal in %s: %s", async (lang, title) => {
    const r = await letter("personal", `lang: ${lang}\nsender: { name: Jane Doe }\nbody: Text.\n`);
    expect(r.model?.meta.title).toBe(title);
  });

  it.each([
    ["en", "Letter", "Letter from Jane Doe", "Letter from 2 signers to Jane Roe"],
    ["de", "Brief", "Brief von Jane Doe", "Brief von 2 Unterzeichnenden an Jane Roe"],
    ["pl", "List", "List od: Jane Doe", "List (liczba sygnatariuszy: 2), do: Jane Roe"],
    ["th", "จดหมาย", "จดหมายจาก Jane Doe", "จดหมายจากผู้ลงนาม 2 คน ถึง Jane Roe"],
    ["zh", "信函", "Jane Doe的来信", "2位签署人致Jane Roe的联名信"],
  ])("senate in %s: %s, %s, %s", async (lang, title, fromOne, fromTwo) => {
    const one = await letter(
      "senate",
      `lang: ${lang}\nbody: Text.\nsigners: [{ name: Jane Doe }]\n`,
    );
    expect([one.model?.meta.title, one.model?.meta.subject]).toEqual([title, fromOne]);
    const two = await letter(
      "senate",
      `lang: ${lang}\nrecipient: [Jane Roe]\nbody: Text.\nsigners: [{ name: Jane Doe }, { name: B }]\n`,
    );
    expect(two.model?.meta.subject).toBe(fromTwo);
  });

  it("takes a letter's labels for its title and for what the tagged PDF says", async () => {
    const r = await letter(
      "business",
      'lang: de\nrecipient: [Jane Roe]\nlabels: { letterTo: "Schreiben an {to}", linkTo: "Verweis auf {href}" }\nbody: Text.\n',
    );
    expect(r.model?.meta.title).toBe("Schreiben an Jane Roe");
    expect(r.model?.phrases).toEqual({
      signatureAlt: "Unterschrift von {name}",
      linkTo: "Verweis auf {href}",
      footnote: "Fußnote {mark}",
    });
  });

  it("writes them into the PDF, escaped as any text", async () => {
    const r = await letter(
      "business",
      'lang: fr\nrecipient: ["Dupont & Fils <SA>"]\nbody: Text.\n',
      ["pdf"],
    );
    expect((await extractPdf(r.pdf as Uint8Array)).info.Title).toBe("Lettre à Dupont & Fils <SA>");
  });
});
