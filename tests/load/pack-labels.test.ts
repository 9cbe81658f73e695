import { describe, expect, it } from "vitest";
import { labelsFor } from "../../src/load/pack-labels.js";

const pack = {
  labels: {
    en: { cc: "cc:" },
    sr: { cc: "Копија:" },
    "sr-Latn": { cc: "Kopija:" },
    "sr-Latn-BA": { cc: "Kopija (BA):" },
  },
};

describe("labelsFor: a pack's labels by the tag's script", () => {
  it("reads sr-Latn's labels for a Latin Serbian tag with a region", () => {
    expect(labelsFor(pack, "sr-Latn-RS").cc).toBe("Kopija:");
    // Montenegro's Serbian is likeliest written in Latin (CLDR's likely subtags).
    expect(labelsFor(pack, "sr-ME").cc).toBe("Kopija:");
  });

  it("keeps the Cyrillic labels where the tag's script is Cyrillic", () => {
    expect(labelsFor(pack, "sr").cc).toBe("Копија:");
    expect(labelsFor(pack, "sr-RS").cc).toBe("Копија:");
  });

  it("puts the whole tag's labels over its script's", () => {
    expect(labelsFor(pack, "sr-Latn-BA").cc).toBe("Kopija (BA):");
  });

  it("agrees with the continued phrase: both Latin for sr-Latn-RS", () => {
    expect(labelsFor(pack, "sr-Latn-RS").continued).toBe("{label} (nastavak)");
  });
});
