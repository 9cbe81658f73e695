import { describe, expect, it } from "vitest";
import { MergedCells } from "../../src/batch/merged-cells.js";

// A hostile sheet's merge to the right of the table may claim any number of columns
// (`table:number-columns-spanned="9007199254740991"`, `<mergeCell ref="C3:ZZZZZZZZZZ4"/>`):
// each record under it read the header once per claimed column, a merge that never ended.
describe("a merge wider than the table", () => {
  it("reads the header's columns only, for each record it reaches", () => {
    const names = ["company", "name"];
    let reads = 0;
    const header = new Proxy(names, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const merges = new MergedCells();
    merges.enter(3, ["Acme", "Bo", "x"], [{ column: 2, columns: 1_000_000, rows: 2 }]);
    merges.enter(4, ["Acme", "Cy"]);
    const at = (i: number) => ({ file: "p.xlsx", line: 4, column: String(i) });
    merges.refuseCovered(4, header, 1, at);
    expect(reads).toBeLessThanOrEqual(names.length);
  });
});
