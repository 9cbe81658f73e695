import { describe, expect, it } from "vitest";
import type { LetterDoc } from "../../src/model/letter-doc.js";
import { withDirectionMarks } from "../../src/write/direction-marks.js";

const HEBREW = { lang: "he", dir: "rtl" } as LetterDoc;
const ENGLISH = { lang: "en" } as LetterDoc;
const marks = (lines: string[], doc: LetterDoc) =>
  withDirectionMarks(lines, [[{ text: lines.join(" ") }]], lines.join(" "), doc);

// scripts27: a wrapped line of a Hebrew paragraph that starts with a Latin word or has no
// letter ("2025.") was set left to right by a viewer, its words or its full stop out of place.
describe("direction marks in the plain text", () => {
  it("mark a right-to-left paragraph's lines that a viewer would set left to right", () => {
    expect(marks(["B.Sc. במדעי המחשב, החל מ־19 באוקטובר", "2025.", "שלום"], HEBREW)).toEqual([
      "\u200FB.Sc. במדעי המחשב, החל מ־19 באוקטובר",
      "\u200F2025.",
      "שלום",
    ]);
  });

  it("mark an English paragraph's line that starts with an Arabic word, not one of numbers", () => {
    expect(marks(["Dr. Haddad (رانيا", "حداد) of Beirut", "2021."], ENGLISH)).toEqual([
      "Dr. Haddad (رانيا",
      "\u200Eحداد) of Beirut",
      "2021.",
    ]);
  });

  it("leave a paragraph with no right-to-left letter in a Hebrew letter unmarked: it runs left to right", () => {
    expect(marks(["+972 3 640 8111"], HEBREW)).toEqual(["+972 3 640 8111"]);
  });
});
