import { describe, expect, it } from "vitest";
import type { MissiveError } from "../../src/errors.js";
import { MAX_PAGES } from "../../src/layout/max-pages.js";
import type { Unit } from "../../src/layout/page-units.js";
import { paginate } from "../../src/layout/paginate.js";

const unit = (extra: Partial<Unit> = {}): Unit => ({
  height: 10,
  spaceBefore: 0,
  spaceAfter: 0,
  sticky: false,
  items: [],
  cells: [],
  label: "a line",
  ...extra,
});
const region = () => ({ top: 0, bottom: 700 });

// Linear, each takes well under a second; quadratic again, it would run into the suite's test
// timeout (a hang guard, not a speed target: tests assert no times).
describe("paginate over long runs of units", () => {
  // Before, the notes of a unit's chain were gathered from each unit to the chain's end: a
  // copy list of 100,000 names kept together (cc:) took minutes, 20,000 took 8 s.
  it("fills pages with a chain of 300,000 stuck units", () => {
    const units = Array.from({ length: 300_000 }, (_, i) => unit({ sticky: i < 299_999 }));
    expect(paginate(units, region)).toHaveLength(Math.ceil(300_000 / 70));
  });

  // Before, each row of a balanced signature grid copied the list of rows before it.
  it("balances a grid of 300,000 rows", () => {
    const units = Array.from({ length: 300_000 }, () => unit({ balance: "grid" }));
    expect(paginate(units, region).length).toBeGreaterThanOrEqual(300_000 / 70);
  });

  it("keeps the notes of the units a unit is stuck to on its page", () => {
    const note = unit({ height: 100, label: "note" });
    const rule = unit({ height: 1 });
    const box = (label: string) => [{ x: 0, y: 0, width: 1, height: 1, label }];
    // Six units of 100pt: the sixth's note does not fit under the chain of the fifth and
    // sixth on the first page, so the fifth goes over with the sixth.
    const units = [
      ...Array.from({ length: 4 }, (_, k) => unit({ height: 100, cells: box(`${k}`) })),
      unit({ height: 100, sticky: true, cells: box("5") }),
      unit({ height: 100, notes: [note], cells: box("6") }),
    ];
    const pages = paginate(units, region, rule);
    expect(pages.map((p) => p.cells.map((c) => c.label))).toEqual([
      ["0", "1", "2", "3"],
      ["5", "6"],
    ]);
  });
});

// Before, no limit: a body of 240,000 `\newpage` paragraphs (a data file of 4 MiB) or a
// template loop writing `<page-break/>` ran for many minutes until memory ran out.
it("refuses a letter of more pages than MAX_PAGES, naming what starts the next", () => {
  const units = Array.from({ length: MAX_PAGES + 1 }, (_, i) =>
    unit({ breakBefore: i > 0, label: `line ${i}` }),
  );
  expect(() => paginate(units.slice(0, MAX_PAGES), region)).not.toThrow();
  const e = (() => {
    try {
      paginate(units, region);
    } catch (err) {
      return err as MissiveError;
    }
  })();
  expect([e?.kind, e?.problems[0]?.message]).toEqual([
    "layout",
    `the letter would have more than 25,000 pages (line 25000 starts page 25,001); missive lays out no longer letter`,
  ]);
});
