import { describe, expect, it } from "vitest";
import { SOFT_TIE } from "../../src/model/ties.js";
import { typesetText } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";
import { render } from "../helpers/render.js";

// "~" a no-break space, "^" a date's soft tie (model/ties.ts).
const set = (text: string, lang: string) =>
  typesetText(text, lang, ALL_ON)
    .replace(/[\u00a0\ufdd1\ufdd2]/g, "~")
    .replaceAll(SOFT_TIE, "^");

// A Korean letter's text output broke "2026. 12.⏎31.자로": two dates to a reader.
describe("a date written in numbers with spaces", () => {
  it.each([
    ["계약은 2026. 12. 31.자로 해지합니다", "ko", "계약은 2026.^12.^31.자로 해지합니다"],
    ["(2026. 1. 5.)까지", "ko", "(2026.^1.^5.)까지"],
    ["2026. 12. 31. napon", "hu", "2026.^12.^31. napon"],
    ["dne 31. 12. 2026 končí", "cs", "dne 31.^12.^2026 končí"],
  ])("is one unit: %s", (text, lang, expected) => {
    expect(set(text, lang)).toBe(expected);
  });

  it("is three numbers that can be a date, no more", () => {
    expect(set("2026. 13. 31. napon", "hu")).toBe("2026. 13. 31. napon");
    expect(set("im Jahr 2026. 12. Mitarbeiter", "de")).toBe("im Jahr 2026. 12. Mitarbeiter");
    expect(set("2026. 12. 312.", "hu")).toBe("2026. 12. 312.");
  });

  it("keeps a Korean date on one line in the text output", async () => {
    for (let n = 0; n < 24; n++) {
      const body = `${"가".repeat(n)} 귀사와 체결한 임대차 계약은 2026. 12. 31.자로 해지됨을 통지합니다.`;
      const letter = `template: business\nlang: ko\nrecipient: [김민수 귀하]\ndate: 2026-12-01\nbody: "${body}"\n`;
      const out = await render({ file: "ko.yaml", text: letter }, ["txt"]);
      const lines = (out.txt ?? "").split("\n").map((l) => l.trimEnd());
      expect(lines.some((l) => l.includes("31."))).toBe(true);
      expect(lines.filter((l) => /(?:2026\.|\b12\.)$/.test(l))).toEqual([]);
    }
  });
});
