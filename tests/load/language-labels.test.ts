import { describe, expect, it } from "vitest";
import { languageLabels } from "../../src/load/language-labels.js";

describe("languageLabels: the continued phrase by the tag's script", () => {
  it("gives a Latin Serbian letter the Latin phrase, whatever its region", () => {
    expect(languageLabels("sr-Latn").continued).toBe("{label} (nastavak)");
    expect(languageLabels("sr-Latn-RS").continued).toBe("{label} (nastavak)");
    // Montenegro's Serbian is likeliest written in Latin (CLDR's likely subtags).
    expect(languageLabels("sr-ME").continued).toBe("{label} (nastavak)");
  });

  it("keeps Cyrillic for Serbian without a script", () => {
    expect(languageLabels("sr").continued).toBe("{label} (наставак)");
    expect(languageLabels("sr-RS").continued).toBe("{label} (наставак)");
  });

  it("gives traditional Chinese its own characters, simplified Chinese its own", () => {
    expect(languageLabels("zh-TW").continued).toBe("{label}（續）");
    expect(languageLabels("zh-Hant-HK").continued).toBe("{label}（續）");
    expect(languageLabels("zh-CN").continued).toBe("{label}（续）");
    expect(languageLabels("zh").continued).toBe("{label}（续）");
  });
});
