import { describe, expect, it } from "vitest";
import { todayOf } from "../../src/batch/today-input.js";
import { letterOptions } from "../../src/letter-options.js";

const rec = (data: Record<string, unknown>) => ({ index: 0, line: 2, data }) as never;
const on = (y: number, m: number, d: number) => ({
  letter: letterOptions({ creationDate: null }),
  startedAt: new Date(y, m - 1, d, 12).getTime(),
});

// Before, --skip-unchanged skipped a letter dated `today` made the day before: its inputs
// hashed the same, its date was a day old.
describe("the day in a record's input hash", () => {
  it("is the run's day where the letter is dated today, by the base letter or the record", () => {
    expect(todayOf(on(2024, 5, 1), "today")(rec({}))).toBe("2024-05-01");
    expect(todayOf(on(2024, 5, 2), "today")(rec({}))).toBe("2024-05-02");
    expect(todayOf(on(2024, 5, 2), "2024-05-01")(rec({ date: "Today" }))).toBe("2024-05-02");
  });

  it("is left out for a letter dated otherwise, so its hash stays as before", () => {
    expect(todayOf(on(2024, 5, 2), "2024-05-01")(rec({}))).toBeUndefined();
    expect(todayOf(on(2024, 5, 2), "today")(rec({ date: "Spring 2024" }))).toBeUndefined();
  });

  it("is the chosen creation date's day when there is one", () => {
    const fixed = {
      ...on(2024, 5, 2),
      letter: letterOptions({ creationDate: Date.UTC(2020, 2, 11, 12) }),
    };
    expect(todayOf(fixed, "today")(rec({}))).toBe("2020-03-11");
  });
});
