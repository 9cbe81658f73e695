import { describe, expect, it } from "vitest";
import { asWritten } from "../../src/batch/json-line.js";
import { isMissiveError } from "../../src/errors.js";

const read = (text: string) => asWritten(text, JSON.parse(text), "p.jsonl", 7);

describe("a JSON Lines record as written", () => {
  // JSON.parse made them 1.5, 12345678901234567000 and Infinity in the letter.
  it("keeps a number that JSON.parse would change as the text written, as a .json file does", () => {
    expect(read('{"amount":1.50,"account":12345678901234567890,"big":1e400,"n":-0}')).toEqual({
      amount: "1.50",
      account: "12345678901234567890",
      big: "1e400",
      n: "-0",
    });
  });

  it("gives what JSON.parse gives when nothing changed, digits in text too", () => {
    const text = '{"id":12,"amount":"1.50","list":[1,2.5,{"k":"1e3 \\" 0.10:"}],"ok":true}';
    const parsed = JSON.parse(text);
    expect(asWritten(text, parsed, "p.jsonl", 7)).toBe(parsed);
  });

  // JSON.parse kept the last of two; the first value was dropped without a word.
  it("refuses a key written twice, at its line and column", () => {
    let said = "";
    try {
      read('{"name":"Ann","x":{"a":1},"name":"Bo"}');
    } catch (e) {
      if (isMissiveError(e))
        said = `${e.problems[0]?.location?.line}:${e.problems[0]?.location?.col}: ${e.message}`;
    }
    expect(said).toBe("7:27: Map keys must be unique");
  });
});
