import { describe, expect, it } from "vitest";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";

const letter = async (yaml: string) =>
  (
    await render({
      file: `${ROOT}/data/inline.yaml`,
      text: `template: business\nbody: Ẹ ṣé púpọ̀.\nsigner: { name: J }\n${yaml}`,
    })
  ).warnings.map(warningText);

// Before, a Swahili letter (the packs have Swahili since letters32, Yoruba since letters33; Hausa stands in) came out with "Dear Sir or Madam:", "Sincerely," and "Enclosures"
// in English, and nothing said so.
describe("a letter in a language its pack has no labels for", () => {
  it("is warned about at its lang, naming the language", async () => {
    expect(await letter("lang: ha\n")).toEqual([
      `${ROOT}/data/inline.yaml:4:7: lang: the business pack has no labels in Hausa (ha): what it writes itself (a salutation or closing the letter does not give, "Enclosures", "Page 2", the PDF's title) is in English; give them under labels: in the letter, as the pack's template.yaml gives them in English (docs/templates.md, "Labels")`,
    ]);
  });

  it("is not, in a language the pack has, in English, or with labels of its own", async () => {
    expect(await letter("lang: fr-CA\n")).toEqual([]);
    expect(await letter("lang: en-ZA\n")).toEqual([]);
    expect(await letter("lang: ha\nlabels: { closing: Naku, }\n")).toEqual([]);
  });

  // A language named as what every object has ("toString") found the pack's labels "there".
  it("is warned about when the language is named as what every object has", async () => {
    expect(await letter("lang: toString\n")).toEqual([
      expect.stringContaining("inline.yaml:4:7: lang: the business pack has no labels in"),
    ]);
  });
});
