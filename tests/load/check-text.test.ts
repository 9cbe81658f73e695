import { describe, expect, it } from "vitest";
import { checkText } from "../../src/load/check-text.js";
import { parseYaml } from "../../src/load/parse-yaml.js";

/** The problems checkText finds in one YAML file: message and where. */
function problems(text: string) {
  const yaml = parseYaml({ file: "l.yaml", text });
  return checkText(yaml.value, yaml).map(
    (p) => `${p.location?.line}:${p.location?.col} ${p.message}`,
  );
}

describe("checkText", () => {
  it("passes text with paired surrogates (emoji), tabs and newlines", () => {
    expect(problems('subject: "Thanks \\U0001F600 for\\tall"\nbody: |\n  a\n  b\n')).toEqual([]);
  });

  it("finds a C0 and a C1 control character at their position", () => {
    expect(problems('subject: "ab\\x07c"\nclosing: "x\\u0085"\n')).toEqual([
      "1:10 contains the control character U+0007 at position 3",
      "2:10 contains the control character U+0085 at position 2",
    ]);
  });

  // Before, U+FFFE and U+FFFF passed here and failed in the markup, which XML forbids them in:
  // "malformed letter markup: disallowed character", blamed on the template (exit 5).
  it("finds the noncharacters U+FFFE and U+FFFF, which no letter can hold", () => {
    expect(problems('subject: "ab\\uFFFEc"\nclosing: "\\uFFFF"\n')).toEqual([
      "1:10 contains the noncharacter U+FFFE at position 3",
      "2:10 contains the noncharacter U+FFFF at position 1",
    ]);
  });

  // Before, a letter's own U+FDD0 passed and was taken for missive's soft tie (model/ties.ts).
  it("finds the noncharacters U+FDD0 to U+FDEF, which missive uses inside itself", () => {
    expect(problems('subject: "May\uFDD014"\nclosing: "\uFDEF"\nps: "\uFDCF\uFDF0"\n')).toEqual([
      "1:14 contains the noncharacter U+FDD0 at position 4",
      "2:11 contains the noncharacter U+FDEF at position 1",
    ]);
  });

  it("finds a lone high or low surrogate, also beside a paired one", () => {
    expect(problems('subject: "\\U0001F600 \\uD83D"\nclosing: "\\uDE00x"\n')).toEqual([
      "1:10 contains half of a UTF-16 surrogate pair, U+D83D, without its other half, at position 4",
      "2:10 contains half of a UTF-16 surrogate pair, U+DE00, without its other half, at position 1",
    ]);
  });

  // A key is printed by `{{@key}}` in an `#each` over a mapping: a U+009B (CSI) in one reached
  // the text output (`-o - -f txt`) raw; an ESC was "malformed letter markup", blamed on the pack.
  it("finds a control character in a mapping key, at the key", () => {
    expect(problems('facts:\n  x: 1\n  "In\\x9b2J": "on Friday"\n')).toEqual([
      "3:3 its key contains the control character U+009B at position 3",
    ]);
  });
});
