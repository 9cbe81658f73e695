import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { dateShapeOf, formatWithShape, SHAPE_YEARS, utc } from "../../src/compose/date-shape.js";
import { formatDate } from "../../src/compose/format-date.js";
import { IntlFormats } from "../../src/compose/intl-formats.js";
import { caught } from "../helpers/errors.js";

const STYLES = ["full", "long", "medium", "short"] as const;
const icu = (lang: string, style: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: style as "long", timeZone: "UTC" });
const inRange = fc
  .integer({
    min: utc(SHAPE_YEARS.from, 0, 1).getTime(),
    max: utc(SHAPE_YEARS.to, 11, 31).getTime(),
  })
  .map((ms) => new Date(Math.floor(ms / 86_400_000) * 86_400_000));

describe("date shapes", () => {
  it.each(["en-US", "en-GB", "de-DE", "fr", "es", "ja", "ko", "he", "hu", "vi", "ur", "ru"])(
    "write what ICU writes in %s, in every style, on any day of the years they cover",
    (lang) => {
      for (const style of STYLES) {
        const f = icu(lang, style);
        const shape = dateShapeOf(f);
        expect(shape, style).toBeDefined();
        if (!shape) continue;
        fc.assert(
          fc.property(inRange, (d) => formatWithShape(shape, d) === f.format(d)),
          {
            numRuns: 300,
          },
        );
      }
    },
  );

  it.each([
    ["another calendar", "th-TH"],
    ["another calendar and digits", "fa"],
    ["other digits", "ar-EG"],
  ])("are not made where a table would not write what ICU writes (%s: %s)", (_, lang) => {
    expect(dateShapeOf(icu(lang, "long"))).toBeUndefined();
  });
});

describe("formatDate with the snapshot's tables", () => {
  const Real = Intl.DateTimeFormat;
  afterEach(() => {
    Object.defineProperty(Intl, "DateTimeFormat", { value: Real });
  });
  /** Counts the Intl formatters made from now on. */
  const countFormatters = () => {
    const made = { count: 0 };
    class Counted extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made.count++;
      }
    }
    Object.defineProperty(Intl, "DateTimeFormat", { value: Counted });
    return made;
  };
  const at = { file: "letter.yaml" };

  it("writes what ICU writes without asking ICU in the years a table covers, and asks it outside them", () => {
    const dates = [
      "2020-03-11",
      "1900-01-01",
      "2199-12-31",
      "1899-12-31",
      "2200-01-01",
      "0020-03-11",
    ];
    const warm = new IntlFormats();
    const before = dates.map((d) => formatDate(d, "en-GB", "full", at, warm));
    const kept = warm.forSnapshot();
    const made = countFormatters();
    expect(dates.slice(0, 3).map((d) => formatDate(d, "en-GB", "full", at, kept))).toEqual(
      before.slice(0, 3),
    );
    expect(made.count).toBe(0);
    expect(dates.map((d) => formatDate(d, "en-GB", "full", at, kept))).toEqual(before);
    expect(made.count).toBe(1);
  });

  it("reads a year below 100 as that year, not as 19xx, and refuses the year 0", async () => {
    expect(formatDate("0020-03-11", "en-US", "long", at, new IntlFormats())).toBe("March 11, 20");
    const e = await caught(() => formatDate("0000-06-15", "en-US", "long", at, new IntlFormats()));
    expect(e.problems[0]?.message).toBe("0000-06-15 is not a real date");
  });
});
