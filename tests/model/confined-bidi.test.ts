import { describe, expect, it } from "vitest";
import { confineBidiIn, confinedBidi } from "../../src/model/confined-bidi.js";

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

// A pack printing `{{@key}}` in an `#each` over a mapping of the letter showed a key's unclosed
// RLO over the rest of its line: "Invoice ‮12: on Friday is paid." drawn backwards.
describe("confineBidiIn", () => {
  it("confines mapping keys as it confines values, keeping their order", () => {
    const data = { facts: { a: "x", [`Invoice ${RLO}12`]: `on ${RLO}Friday`, z: "y" } };
    confineBidiIn(data);
    expect(Object.entries(data.facts)).toEqual([
      ["a", "x"],
      [`Invoice ${RLO}12${PDF}`, `on ${RLO}Friday${PDF}`],
      ["z", "y"],
    ]);
  });

  it("keeps a key __proto__ beside a confined one as a key, not the prototype", () => {
    const data = JSON.parse(`{"m": {"__proto__": {"p": 1}, "${RLO}k": 2}}`);
    confineBidiIn(data);
    expect(Object.keys(data.m)).toEqual(["__proto__", `${RLO}k${PDF}`]);
    expect(Object.getPrototypeOf(data.m)).toBe(Object.prototype);
    expect(data.m.p).toBeUndefined();
  });
});
