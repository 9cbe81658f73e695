import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { FontBook, measure } from "../../src/layout/font-book.js";
import { setParagraph } from "../../src/layout/set-lines.js";
import { BASE_STYLE } from "../../src/model/style.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);

// script34: Amharic had no hyphenation patterns of its own (hyphen has mul-ethi, for the
// script), so its words never broke and a justified line of long words stretched its spaces
// to five times their width.
describe("a language without patterns of its own", () => {
  it("is hyphenated with its script's (Ethiopic: Amharic, Tigrinya), two syllables each side", () => {
    for (const lang of ["am", "am-ET", "ti"])
      expect(hyphenatorFor(lang)?.("ማስታወቂያ"), lang).toEqual(["ማስ", "ታ", "ወ", "ቂያ"]);
    expect(hyphenatorFor("am")?.("ቤቱ")).toEqual(["ቤቱ"]);
    expect(hyphenatorFor("am")?.("ክፍያ")).toEqual(["ክፍያ"]);
  });

  it("keeps a language of no patterns and no script's unhyphenated", () => {
    expect(hyphenatorFor("xx")).toBeNull();
    expect(hyphenatorFor("ja")).toBeNull();
  });

  it("sets a justified Amharic paragraph with spaces at most twice their width", () => {
    const ethiopic = require.resolve(
      "@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
    );
    const book = new FontBook(
      {
        serif: {
          regular: require.resolve(
            "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
          ),
        },
        ethiopic: { regular: ethiopic },
      },
      ["ethiopic"],
      res.fonts,
    );
    const style = { ...BASE_STYLE, size: 11.5, align: "justify" as const, hyphenate: true };
    const lines = setParagraph(
      [
        {
          text: "በ2017 ዓ.ም. የተላከልኝ የንብረት ግብር ማስታወቂያ 12,450 ብር እንድከፍል ይጠይቃል። ይሁን እንጂ ቤቱ በ2016 ዓ.ም. ስለተሸጠ፣ ይህ ክፍያ እኔን አይመለከትም። የሽያጩን ውል ቅጂ አያይዤ አቅርቤአለሁ። የቤቱ አዲሱ ባለቤት ከሚያዝያ ወር ጀምሮ በስሙ ተመዝግቧል።",
        },
      ],
      {
        book,
        style,
        hyphenate: hyphenatorFor("am"),
        fields: { page: 1, pages: 1 },
        warn: () => {},
      },
      220,
    );
    const space = measure(res.fonts.face(ethiopic), " ", style.size);
    const gaps = lines.slice(0, -1).flatMap((l) =>
      l.segments.flatMap((s, i) => {
        const before = l.segments[i - 1];
        return before && s.joint === "space" ? [s.x - before.x - before.width] : [];
      }),
    );
    expect(gaps.length).toBeGreaterThan(10);
    // Before: 13.7 pt in a line of five words, five spaces' width.
    expect(Math.max(...gaps) / space).toBeLessThan(2);
  });
});
