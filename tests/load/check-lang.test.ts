import { expect, it } from "vitest";
import { caught } from "../helpers/errors.js";
import { ROOT, render } from "../helpers/render.js";

const letter = (lang: string) =>
  render(
    { file: `${ROOT}/data/inline.yaml`, text: `template: business\nlang: ${lang}\nbody: Hi.\n` },
    ["txt"],
  );

// corpus26: `lang: jp` is well formed, so a Japanese letter came out with English dates and
// labels and a warning that "the business pack has no labels in jp".
it("refuses a country's code written as the language, naming the language", async () => {
  const e = await caught(() => letter("jp"));
  expect(e.kind).toBe("data");
  expect(e.problems).toEqual([
    {
      message: "\"jp\" is a country's code (Japan), not a language's",
      location: expect.objectContaining({ path: "lang", line: 2, col: 7 }),
      hints: ["write ja (Japanese), or ja-JP"],
    },
  ]);
  expect((await caught(() => letter("cz-CZ"))).problems[0]?.hints).toEqual([
    "write cs (Czech), or cs-CZ",
  ]);
});

it("takes a code that is a language too, or that names no country, as written", async () => {
  for (const lang of ["se", "kr", "zz", "ja", "el-GR"])
    expect((await letter(lang)).txt, lang).toContain("Hi.");
});
