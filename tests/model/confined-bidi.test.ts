import { describe, expect, it } from "vitest";
import { confinedBidi } from "../../src/model/confined-bidi.js";

const [LRE, RLE, PDF, LRO, RLO] = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e"];
const [LRI, RLI, FSI, PDI] = ["\u2066", "\u2067", "\u2068", "\u2069"];

describe("confinedBidi", () => {
  it("closes what a value opens, in the reverse order", () => {
    expect(confinedBidi(`Bob${RLO} Smith`)).toBe(`Bob${RLO} Smith${PDF}`);
    expect(confinedBidi(`${RLI}a${LRE}b`)).toBe(`${RLI}a${LRE}b${PDF}${PDI}`);
    expect(confinedBidi(`${LRO}a${FSI}b${RLE}c`)).toBe(`${LRO}a${FSI}b${RLE}c${PDF}${PDI}${PDF}`);
  });

  it("drops a closer that closes nothing of the value's own", () => {
    expect(confinedBidi(`a${PDF}b${PDI}c`)).toBe("abc");
    // Inside an isolate, a PDF cannot reach the embedding opened before it (UAX #9, X7).
    expect(confinedBidi(`${RLE}a${LRI}b${PDF}c${PDI}`)).toBe(`${RLE}a${LRI}bc${PDI}${PDF}`);
  });

  it("lets an isolate's closer close the embeddings opened inside it (X6a)", () => {
    expect(confinedBidi(`${RLI}a${RLO}b${PDI}c`)).toBe(`${RLI}a${RLO}b${PDI}c`);
  });

  it("keeps balanced values and text without controls as they are", () => {
    for (const s of [`${RLE}שלום${PDF} and ${LRI}abc${PDI}`, "Müller", "", "\u200fمرحبا"])
      expect(confinedBidi(s)).toBe(s);
  });
});
