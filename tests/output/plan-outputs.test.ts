import { describe, expect, it } from "vitest";
import { parseFormats, planOutputs } from "../../src/output/plan-outputs.js";
import { caught } from "../helpers/errors.js";

describe("planOutputs", () => {
  it("writes <stem>.pdf and .txt into a folder", () => {
    expect(planOutputs("data/letter.yaml", "out", undefined, "/w")).toEqual([
      { format: "pdf", path: "/w/out/letter.pdf" },
      { format: "txt", path: "/w/out/letter.txt" },
    ]);
  });

  it("takes the format from a file name", () => {
    expect(planOutputs("letter.yaml", "x/final.pdf", undefined, "/w")).toEqual([
      { format: "pdf", path: "/w/x/final.pdf" },
    ]);
  });

  it("writes one format to stdout with -o -", async () => {
    expect(planOutputs("letter.yaml", "-", ["txt"], "/w")).toEqual([{ format: "txt", path: "-" }]);
    expect(
      (await caught(() => planOutputs("letter.yaml", "-", undefined, "/w"))).problems[0]?.message,
    ).toBe("-o - writes one format to standard output");
  });

  it("refuses a file name that contradicts -f", async () => {
    expect((await caught(() => planOutputs("l.yaml", "a.pdf", ["txt"], "/w"))).kind).toBe("usage");
  });
});

describe("parseFormats", () => {
  it("reads a comma list and refuses unknown formats", async () => {
    expect(parseFormats("txt, pdf")).toEqual(["txt", "pdf"]);
    expect(parseFormats("png,pdf,png")).toEqual(["png", "pdf"]);
    expect((await caught(() => parseFormats("docx"))).problems[0]?.message).toBe(
      "unknown format docx",
    );
  });
});
