import { describe, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// letters23: a Swedish, Danish, Norwegian, Finnish, Catalan, Welsh or Irish letter came out
// with "Sincerely,", "Enclosures:", "cc:" and "Page 2 of 2" in English, with a warning that
// the pack had no labels in the language.
const LANGUAGES = [
  ["sv", "Med vänliga hälsningar", "Bilagor:", "Kopia till:", "Sida 2 (2)"],
  ["da", "Med venlig hilsen", "Bilag:", "Kopi til:", "Side 2 af 2"],
  ["nb", "Med vennlig hilsen", "Vedlegg:", "Kopi til:", "Side 2 av 2"],
  ["no", "Med vennlig hilsen", "Vedlegg:", "Kopi til:", "Side 2 av 2"],
  ["nn", "Med venleg helsing", "Vedlegg:", "Kopi til:", "Side 2 av 2"],
  ["fi", "Ystävällisin terveisin", "Liitteet:", "Tiedoksi:", "Sivu 2 (2)"],
  ["ca", "Atentament,", "Annexos:", "Còpia a:", "Pàgina 2 de 2"],
  ["cy", "Yn gywir,", "Amgaeëdig:", "Copi at:", "Tudalen 2 o 2"],
  ["ga", "Is mise, le meas,", "Iatáin:", "Cóip chuig:", "Leathanach 2 as 2"],
  // corpus25: a Hungarian complaint listed its "Enclosures:" in English.
  ["hu", "Tisztelettel:", "Mellékletek:", "Másolatot kap:", "2/2. oldal"],
  ["ro", "Cu stimă,", "Anexe:", "Copie către:", "Pagina 2 din 2"],
  // letters29: an Indonesian surat resmi listed its "Enclosure:" and "cc:" in English
  // (personal letters close "Salam hormat,", official ones "Hormat kami,").
  ["id", "(?:Hormat kami|Salam hormat),", "Lampiran:", "Tembusan:", "Halaman 2 dari 2"],
  // letters30: a Serbian request and a Lithuanian municipal letter did so too.
  ["sr", "С поштовањем,", "Прилози:", "Копија:", "Страна 2 од 2"],
  ["sr-Latn", "S poštovanjem,", "Prilozi:", "Kopija:", "Strana 2 od 2"],
  ["hr", "S poštovanjem,", "Prilozi:", "Na znanje:", "Stranica 2 od 2"],
  ["bg", "С уважение,", "Приложения:", "Копие до:", "Страница 2 от 2"],
  ["lt", "Pagarbiai", "Priedai:", "Kopija:", "Puslapis 2 iš 2"],
  ["lv", "Ar cieņu", "Pielikumi:", "Kopija:", "Lapa 2 no 2"],
  ["et", "Lugupidamisega", "Lisad:", "Koopia:", "Lk 2 (2)"],
  ["ka", "პატივისცემით,", "დანართები:", "ასლი:", "გვერდი 2/2"],
  // letters32: a Slovenian ministry's, an Icelandic municipality's and an Armenian university's.
  ["sl", "S spoštovanjem,", "Priloge:", "V vednost:", "Stran 2 od 2"],
  ["is", "Virðingarfyllst,", "Fylgiskjöl:", "Afrit:", "Blaðsíða 2 af 2"],
  ["hy", "Հարգանքով՝", "Հավելվածներ՝", "Պատճենը՝", "Էջ 2/2"],
  ["sw", "Wako mtiifu,", "Viambatisho:", "Nakala:", "Ukurasa 2 kati ya 2"],
] as const;
const SIGNER: Record<string, string> = {
  business: "signer: { name: Anna Berg }\n",
  senate: "signers: [{ name: Anna Berg }]\n",
  personal: "sender: { name: Anna Berg }\n",
};
const LONG = Array.from({ length: 12 }, (_, i) => `Stycke ${i + 1}. ${"Text ".repeat(60)}`).join(
  "\n\n",
);

describe.each(["business", "senate", "personal"])("the %s pack in more languages", (pack) => {
  it.each(LANGUAGES)(
    "%s: closes, lists and numbers pages in the language",
    async (lang, ...want) => {
      const r = await render({
        file: `${ROOT}/data/inline.yaml`,
        text: `template: ${pack}\nlang: ${lang}\nrecipient: [Ola]\n${SIGNER[pack]}enclosures: [A, B]\ncc: [C]\nbody: |\n  ${LONG.replaceAll("\n", "\n  ")}\n`,
      });
      expect(r.warnings).toEqual([]);
      const [closing, enclosures, cc, page] = want;
      // A space may be a tie: Slovenian keeps "S" with the word after it ("S spoštovanjem,").
      expect(r.txt).toMatch(new RegExp(`^${closing.replaceAll(" ", "\\s")}`, "m"));
      expect(r.txt).toContain(enclosures);
      expect(r.txt).toContain(cc);
      // The senate pack's continuation line numbers the page alone ("Sida 2").
      const pageWanted =
        pack === "senate"
          ? page
              .replace(/ (\(|af |av |de |o |as |din |dari |od |од |от |iš |no |kati ya ).*$/, "")
              .replace(/^2\/2\./, "2.")
              .replace(/(\d)\/2$/, "$1")
          : page;
      const pdf = await extractPdf(r.pdf as Uint8Array);
      // Joined: a script the pack's fonts lack (Georgian) is its own item, in another font.
      expect(
        pdf.items
          .filter((i) => i.page === 2)
          .map((i) => i.str)
          .join(" "),
      ).toContain(pageWanted);
    },
  );
});

// letters23: "Mataró, 3 de març del 2025", CLDR's; Catalan administrative letters write "de".
it("writes a Catalan date with de before the year", async () => {
  const r = await render({
    file: `${ROOT}/data/inline.yaml`,
    text: "template: personal\nlang: ca\nplace: Mataró\ndate: 2025-04-01\nbody: Text.\n",
  });
  // The day is tied to its month (a no-break space in the text output).
  expect(r.txt).toContain("Mataró, 1\u00a0d’abril de 2025");
});

// corpus26: a Hindi letter came out with "Sincerely,", "Enclosures:" and "cc:" in English,
// with a warning that the pack had no labels in Hindi.
describe.each(["business", "senate", "personal"])("the %s pack in Hindi", (pack) => {
  it("closes, lists and adds the postscript in Hindi", async () => {
    const r = await render(
      {
        file: `${ROOT}/data/inline.yaml`,
        text: `template: ${pack}\nlang: hi-IN\nrecipient: [श्री रमेश शर्मा]\n${SIGNER[pack]}enclosures: [अ, ब]\ncc: [स]\nps: ध्यान दें।\nbody: पाठ।\n`,
      },
      ["txt"],
    );
    expect(r.warnings).toEqual([]);
    expect(r.txt).toMatch(pack === "personal" ? /^सादर,$/m : /^भवदीय,$/m);
    expect(r.txt).toContain("संलग्नक: अ");
    expect(r.txt).toContain("प्रतिलिपि: स");
    expect(r.txt).toContain("पुनश्च: ध्यान दें।");
    if (pack === "business") expect(r.txt).toMatch(/^महोदय\/महोदया,$/m);
  });
});

it("numbers a Hindi letter's pages पृष्ठ 2/2", async () => {
  const r = await render({
    file: `${ROOT}/data/inline.yaml`,
    text: `template: senate-devanagari\nlang: hi\nrecipient: [श्री रमेश शर्मा]\nsigners: [{ name: अनिल वर्मा }]\nbody: |\n  ${LONG.replaceAll("\n", "\n  ")}\n`,
  });
  expect(r.warnings).toEqual([]);
  // pdf.js reads Devanagari glyph by glyph, not in the order typed: the layout's text.
  const page2 = (r.laidOut?.pages[1]?.items ?? []).map((i) => (i.kind === "text" ? i.text : ""));
  expect(page2.join(" ")).toContain("पृष्ठ 2");
  expect(r.model?.meta.subject).toBe("अनिल वर्मा की ओर से श्री रमेश शर्मा को पत्र");
});
