import { describe, expect, it } from "vitest";
import { EXIT_CODES, fail, formatLocation } from "../src/errors.js";

describe("errors", () => {
  it("formats whatever parts of a location are known", () => {
    expect(formatLocation({ file: "a.yaml", line: 3, col: 7, path: "signers.0.name" })).toBe(
      "a.yaml:3:7: signers.0.name",
    );
    expect(formatLocation({ file: "a.yaml" })).toBe("a.yaml");
    expect(formatLocation({ path: "date" })).toBe("date");
    expect(formatLocation(undefined)).toBe("");
  });

  it("maps every kind to a documented non-zero exit code", () => {
    const e = fail("data", "x");
    expect(e.exitCode).toBe(4);
    for (const [kind, code] of Object.entries(EXIT_CODES)) expect(code === 0).toBe(kind === "ok");
  });
});
