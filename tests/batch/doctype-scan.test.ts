import { describe, expect, it } from "vitest";
import { DoctypeScan } from "../../src/batch/doctype-scan.js";

const found = (...chunks: string[]) => {
  const scan = new DoctypeScan();
  for (const c of chunks) scan.push(Buffer.from(c, "latin1"));
  return scan.found;
};

describe("DoctypeScan", () => {
  it("finds a declaration cut across chunks at any byte", () => {
    const xml = "<a>x</a><!DOCTYPE a>";
    for (let i = 1; i < xml.length; i++) expect(found(xml.slice(0, i), xml.slice(i))).toBe(true);
    expect(found("<!DOC", "T", "YPE")).toBe(true);
  });

  it("finds one in any case, as the workbook reader takes it", () => {
    expect(found("<!doctype x>")).toBe(true);
  });

  it("finds none in a part without one", () => {
    expect(found("<a>&lt;!DOCTYPE</a>", "<!-- DOCTYPE -->")).toBe(false);
  });
});
