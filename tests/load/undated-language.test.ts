import { describe, expect, it } from "vitest";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";

const letter = async (yaml: string) =>
  (
    await render({
      file: `${ROOT}/data/inline.yaml`,
      text: `template: business\nbody: Fen kandaalevene.\nsigner: { name: J }\n${yaml}`,
    })
  ).warnings.map(warningText);

// scripts36: a Dhivehi letter was dated "May 5, 2025" (Node's CLDR data has no Dhivehi
// dates, and Intl falls back to English), and nothing said so.
describe("a dated letter in a language Intl writes no dates in", () => {
  it("is warned about at its date", async () => {
    expect(await letter("lang: dv\nlabels: { closing: x }\ndate: 2025-05-05\n")).toEqual([
      `${ROOT}/data/inline.yaml:6:7: date: dates in dv are written in English: Node's CLDR data has no dates in that language; give longDate (and longDateMonths, the months' names) under labels, in the letter or its pack (docs/templates.md, "Labels")`,
    ]);
  });

  it("is not, with a longDate label, without a date, or in a language Intl knows", async () => {
    const longDate = 'labels: { longDate: "{day} {monthNumber} {year}" }\n';
    expect(await letter(`lang: dv\n${longDate}date: 2025-05-05\n`)).toEqual([]);
    expect(await letter("lang: dv\nlabels: { closing: x }\n")).toEqual([]);
    expect(await letter("lang: fr\ndate: 2025-05-05\n")).toEqual([]);
  });
});

// letters41: a Haitian Creole letter was dated "May 6, 2025" unless it gave its months.
describe("a letter in Haitian Creole", () => {
  it("is dated in Haitian Creole by missive's own labels, unwarned", async () => {
    const r = await render({
      file: `${ROOT}/data/inline.yaml`,
      text: "template: personal\nlang: ht\ndate: 2025-05-06\nbody: Bonjou.\nlabels: { closing: x }\n",
    });
    expect(r.warnings.map(warningText)).toEqual([]);
    expect(r.txt).toContain("6 me 2025");
    expect(r.txt).not.toContain("May");
  });
});
