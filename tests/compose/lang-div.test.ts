import { expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { caught } from "../helpers/errors.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// corpus26: a Canadian letter's French half, written as one `[…]{lang=fr-CA}` over several
// paragraphs, printed its brackets and attribute and was set as English ("d'accord?" with
// English quotes). A fenced passage marks every text in it.
it("marks every paragraph, item and heading between ::: {lang=…} and ::: as in that language", () => {
  expect(
    md(
      'Dear Madam,\n\nWe have reviewed your return.\n::: {lang=fr-CA}\nMadame,\n\n## Avis\n\nNous avons **modifié** la "ligne 33099" :\n\n- frais médicaux;\n- dons.\n:::\n\nSincerely.',
    ),
  ).toBe(
    "<p>Dear Madam,</p><p>We have reviewed your return.</p>" +
      '<p><span lang="fr-CA">Madame,</span></p>' +
      '<heading level="2"><span lang="fr-CA">Avis</span></heading>' +
      '<p><span lang="fr-CA">Nous avons <b>modifié</b> la &quot;ligne 33099&quot; :</span></p>' +
      '<list><item><span lang="fr-CA">frais médicaux;</span></item><item><span lang="fr-CA">dons.</span></item></list>' +
      "<p>Sincerely.</p>",
  );
});

it("refuses a fence that is not closed, or whose lang is not a language tag, at the fence", async () => {
  const open = await caught(() => md("English.\n\n::: {lang=fr}\nFrançais.\n"));
  expect(open.problems).toEqual([
    {
      message: "::: {lang=fr} is not closed",
      location: { file: "::: {lang=fr}" },
      hints: ["end the passage in another language with a line of ::: after its last paragraph"],
    },
  ]);
  const tag = await caught(() => md("::: {lang=zz-ZZZZZZZZZZZ}\nX.\n:::"));
  expect(tag.problems[0]?.message).toBe('"zz-ZZZZZZZZZZZ" is not a language tag');
});

it("leaves other colons as text", () => {
  expect(md("Note::: {x=y}\n\n::: not a fence")).toBe("<p>Note::: {x=y}</p><p>::: not a fence</p>");
});
