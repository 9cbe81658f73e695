import { describe, expect, it } from "vitest";
import { breakableTie } from "../../src/layout/tie-breaks.js";

/** Whether breakableTie says each of `cases` ([before, after, rest?]) may break: `want`. */
function breaks(cases: (string | undefined)[][], want: boolean) {
  for (const [a, b, c] of cases)
    expect(breakableTie(a as string, b as string, c), `${a} ${b}`).toBe(want);
}

describe("breakableTie", () => {
  it("lets a tie before a number break: after a label, an area code", () => {
    breaks(
      [
        ["(19)", "2116-0555"],
        ["ABN", "51"],
        ["04", "72", "72\u00a061\u00a060\u00a060"],
        ["0761", "2187-4412"],
        ["Telefon", "0761"],
      ],
      true,
    );
  });

  it("never one before a mark, a dash or a sign, after an opening one, or in thousands", () => {
    breaks(
      [
        ["d’Orsay", ":"],
        ["fee", "—"],
        ["3", "×"],
        ["«", "mot"],
        ["§", "5"],
        ["£", "40"],
        ["186", "400"],
        ["+49", "221"],
      ],
      false,
    );
  });

  // A unit, a title's name, an abbreviation's number: a line of '10' then one of 'kg gestern'
  // at a 25mm justified column, 'siehe p.' then '12' at 38mm; a no-break space typed by hand
  // between them means never to part.
  it("never one before a word (a unit, a name, a month) nor after an abbreviation", () => {
    breaks(
      [
        ["10", "kg"],
        ["Dr.", "Smith"],
        ["Mr.", "Smith"],
        ["5", "Mai"],
        ["p.", "12"],
        ["Nr.", "5"],
      ],
      false,
    );
  });

  // 'Ruf +49' then '89 123 45' at a 39mm justified column, 'Tel: +44' then '(0)131 650 2572',
  // 'Betrag EUR' then '1 200' at 44mm: ties39 tied each whole.
  it("never one after a country's calling code or a currency's code", () => {
    breaks(
      [
        ["+44", "(0)131"],
        ["+49", "89"],
        ["EUR", "1"],
        ["CHF", "40"],
      ],
      false,
    );
  });

  // 'Hurbanova 17, 036' then '01 gestern' at a 57mm justified column, 'Stockholm 114' then
  // '55', 'London EH8' then '9YL': postcodes ties39 ties whole.
  it("never one inside a postcode: the rest of its run too short for a subscriber's number", () => {
    breaks(
      [
        ["036", "01", "01\u00a0Martin"],
        ["114", "55", "55"],
        ["EH8", "9YL", "9YL"],
      ],
      false,
    );
  });
});
