import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { caught } from "../helpers/errors.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

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

// Before, Intl took a tag of 900,004 characters (`en-x-a0000000-a0000001-…`, private-use
// subtags without end): a letter of three lines took 15 s, Intl reading the tag again for
// each formatter, and the PDF held it twice; HarfBuzz keeps every tag it is given for good.
it("refuses a language tag of over 100 characters, at once", async () => {
  const tag = `en-x-${Array.from({ length: 100_000 }, (_, i) => `a${String(i).padStart(7, "0")}`).join("-")}`;
  const started = Date.now();
  const e = await caught(() => letter(tag));
  expect(Date.now() - started).toBeLessThan(3_000);
  expect([e.kind, e.problems[0]?.message, e.problems[0]?.location?.line]).toEqual([
    "data",
    '"en-x-a0000000-a0000001-a…" is not a language tag: it is 900,004 characters long, and a tag has at most 100',
    2,
  ]);
  // The longest tag a letter would write, every keyword its dates and numbers heed.
  expect((await letter("ja-JP-u-ca-japanese-cu-jpy-hc-h23-nu-jpanfin-tz-jptyo")).txt).toContain(
    "Hi.",
  );
});

// Before, a signer title's `lang` from the data that is no tag was blamed on the pack's
// markup line ("x.yaml (markup from business/letter.hbs):22:221", exit 5).
it("places a data `lang` the template writes into markup at its field", async () => {
  const e = await caught(() =>
    render(
      {
        file: `${ROOT}/data/inline.yaml`,
        text: "template: business\nbody: Hi.\nsigners:\n  - name: Ann\n    titles:\n      - { text: Director, lang: en_US }\n",
      },
      ["txt"],
    ),
  );
  expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
    "data",
    'lang="en_US" is not a language tag',
    expect.objectContaining({ path: "signers.0.titles.0.lang", line: 6, col: 33 }),
  ]);
});

// Before, a signer's own `lang` (the senate pack writes it into `<signer lang>`) was blamed on
// the pack's markup line, "x.yaml (markup from senate/letter.hbs):19:38" (exit 5), as a
// signer title's was before the twelfth pass.
it("places a signer's `lang` from the data at its field", async () => {
  const e = await caught(() =>
    render(
      {
        file: `${ROOT}/data/inline.yaml`,
        text: "template: senate\nbody: Hi.\nsigners:\n  - name: Ann\n    lang: constructor\n",
      },
      ["txt"],
    ),
  );
  expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
    "data",
    'lang="constructor" is not a language tag',
    expect.objectContaining({ path: "signers.0.lang", line: 5, col: 11 }),
  ]);
});

// A pack's own bad tag is the pack's mistake even when some text of the data holds it: the
// data's field is looked for only as the whole tag, never inside a body that mentions it.
it("blames a pack's own bad `lang` on the pack, whatever the body says", async () => {
  const dir = tempDir("pack-lang");
  cpSync(join(ROOT, "templates/senate"), join(dir, "p"), { recursive: true });
  const hbs = join(dir, "p", "letter.hbs");
  const field = '<fields lang="en_GB"><field label="Ref">1</field></fields><body>';
  writeFileSync(hbs, readFileSync(hbs, "utf8").replace("<body>", field));
  const text = `template: ${join(dir, "p")}\nbody: We write en_GB for British English.\nsigners: [{ name: Ann }]\n`;
  const e = await caught(() => render({ file: join(dir, "x.yaml"), text }, ["txt"]));
  expect([e.kind, e.problems[0]?.message]).toEqual([
    "markup",
    'lang="en_GB" is not a language tag',
  ]);
  expect(e.problems[0]?.location?.file).toContain("letter.hbs");
});
