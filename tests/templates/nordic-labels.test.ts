import { describe, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// letters23: a Swedish, Danish, Norwegian or Finnish letter came out with "Sincerely,",
// "Enclosures:", "cc:" and "Page 2 of 2" in English, with a warning that the pack had no
// labels in the language.
const NORDIC = [
  ["sv", "Med vänliga hälsningar", "Bilagor:", "Kopia till:", "Sida 2 (2)"],
  ["da", "Med venlig hilsen", "Bilag:", "Kopi til:", "Side 2 af 2"],
  ["nb", "Med vennlig hilsen", "Vedlegg:", "Kopi til:", "Side 2 av 2"],
  ["no", "Med vennlig hilsen", "Vedlegg:", "Kopi til:", "Side 2 av 2"],
  ["nn", "Med venleg helsing", "Vedlegg:", "Kopi til:", "Side 2 av 2"],
  ["fi", "Ystävällisin terveisin", "Liitteet:", "Tiedoksi:", "Sivu 2 (2)"],
] as const;
const SIGNER: Record<string, string> = {
  business: "signer: { name: Anna Berg }\n",
  senate: "signers: [{ name: Anna Berg }]\n",
  personal: "sender: { name: Anna Berg }\n",
};
const LONG = Array.from({ length: 12 }, (_, i) => `Stycke ${i + 1}. ${"Text ".repeat(60)}`).join(
  "\n\n",
);

describe.each(["business", "senate", "personal"])("the %s pack in Nordic languages", (pack) => {
  it.each(NORDIC)("%s: closes, lists and numbers pages in the language", async (lang, ...want) => {
    const r = await render({
      file: `${ROOT}/data/inline.yaml`,
      text: `template: ${pack}\nlang: ${lang}\nrecipient: [Ola]\n${SIGNER[pack]}enclosures: [A, B]\ncc: [C]\nbody: |\n  ${LONG.replaceAll("\n", "\n  ")}\n`,
    });
    expect(r.warnings).toEqual([]);
    const [closing, enclosures, cc, page] = want;
    expect(r.txt).toMatch(new RegExp(`^${closing}`, "m"));
    expect(r.txt).toContain(enclosures);
    expect(r.txt).toContain(cc);
    // The senate pack's continuation line numbers the page alone ("Sida 2").
    const pageWanted = pack === "senate" ? page.replace(/ (\(|af |av ).*$/, "") : page;
    const pdf = await extractPdf(r.pdf as Uint8Array);
    expect(pdf.items.filter((i) => i.page === 2).map((i) => i.str)).toContainEqual(
      expect.stringContaining(pageWanted),
    );
  });
});
