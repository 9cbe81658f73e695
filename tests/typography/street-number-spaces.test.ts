import { describe, expect, it } from "vitest";
import { typeset, typesetText } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";

const set = (text: string, lang = "fr-FR") =>
  typesetText(text, lang, ALL_ON).replace(/[\u00a0\ufdd1\ufdd2]/g, "~");

// "12,⏎rue des Tanneurs": French ties the house number to the street's kind after it.
describe("a French house number and the street's kind", () => {
  it.each([
    ["12, rue des Tanneurs", "12,~rue des Tanneurs"],
    ["au 3 bis, avenue Foch", "au 3~bis,~avenue Foch"],
    ["14 boulevard Haussmann", "14~boulevard Haussmann"],
    ["5, Place de la République", "5,~Place de la République"],
    ["12-14, av. de la Gare", "12-14,~av. de la Gare"],
  ])("are tied: %s", (text, expected) => {
    expect(set(text)).toBe(expected);
  });

  it("in a French passage of another language's letter, and not in English", () => {
    const runs = typeset(
      [[{ text: "at " }, { text: "12, rue des Tanneurs", lang: "fr" }]],
      "en-GB",
      ALL_ON,
    );
    expect(runs[0]?.[1]?.text).toBe("12,\u00a0rue des Tanneurs");
    expect(set("12, rue", "en-GB")).toBe("12, rue");
    expect(set("[12, rue des Tanneurs]", "fr-CA")).toBe("[12,~rue des Tanneurs]");
  });

  it("not before another word", () => {
    expect(set("les 12 rues de la ville")).toBe("les 12 rues de la ville");
  });

  // ties38: "En 2025,~rue fermée": a year ending a clause read as a house number.
  it("not after a year ending its clause", () => {
    expect(set("En 2025, rue fermée. Depuis 2019, place Bellecour est piétonne")).toBe(
      "En 2025, rue fermée. Depuis 2019, place Bellecour est piétonne",
    );
    expect(set("3, place de la Concorde et 1250 route des Crêtes")).toBe(
      "3,~place de la Concorde et 1250~route des Crêtes",
    );
  });

  // ties39: the year rule above left every house number from 1000 to 2999 written with its
  // comma untied, where it starts an address's line or follows "au", as no year does.
  it("from 1000 to 2999 with its comma, first on its line or after 'au'", () => {
    expect(set("Villa Les Pins\n1250, route des Crêtes\n06560 Valbonne")).toBe(
      "Villa Les Pins\n1250,~route des Crêtes\n06560 Valbonne",
    );
    expect(set("1250, route des Crêtes")).toBe("1250,~route des Crêtes");
    expect(set("situé au 2100, chemin des Vignes. En 2025, rue fermée")).toBe(
      "situé au 2100,~chemin des Vignes. En 2025, rue fermée",
    );
    expect(set("en mai 2025, place Bellecour")).toBe("en mai 2025, place Bellecour");
  });
});
