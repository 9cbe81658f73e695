import { describe, expect, it } from "vitest";
import { roleOf } from "../../src/model/block-ids.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { elements, readTagged, textOf } from "../helpers/pdf-structure.js";
import { FIXED_DATE, ROOT } from "../helpers/render.js";
import { tempPack } from "../helpers/temp-pack.js";

// A pack whose letterhead has paragraphs, and a body whose paragraphs have the same indices
// (p#0, p#1, p#2 in each, were they numbered alike).
const pack = () =>
  tempPack({
    "letter.hbs": `<letter lang="en-US" title="Collision">
  <letterhead><p>Head paragraph zero</p><p>Head paragraph one</p><p>Head paragraph two</p></letterhead>
  <body>{{markdown body path="body"}}</body>
  <footer on="all"><p>Foot paragraph zero</p></footer>
</letter>
`,
  });

/** Renders the letter with that pack (given as --template is, from outside the data's root). */
const render = (template: string) =>
  renderLetter(
    {
      file: `${ROOT}/data/inline-block-ids.yaml`,
      text: `body: |
  Body paragraph zero.

  Body paragraph one.

  Body paragraph two.
signers: [{ name: Jane Doe }]
`,
    },
    { ...letterOptions({ template, creationDate: FIXED_DATE.getTime() }), cwd: ROOT },
  );

describe("block ids", () => {
  it("are unique across the letterhead, the body and the bands", async () => {
    const r = await render(pack());
    const ids = new Map<string, Set<string>>();
    for (const it of (r.laidOut?.pages ?? []).flatMap((p) => p.items))
      if (it.kind === "text" && it.block)
        ids.set(it.block, (ids.get(it.block) ?? new Set()).add(it.text));
    // Each id holds the words of one paragraph only.
    for (const [id, words] of ids)
      expect([...words].join(" ").match(/Head|Body|Foot/g) ?? [], id).toHaveLength(1);
  });

  it("keep a letterhead paragraph and a body paragraph of the same index apart, in reading order", async () => {
    const r = await render(pack());
    const pdf = await readTagged(r.pdf as Uint8Array);
    const page = pdf.pages[0];
    const paragraphs = elements(page?.tree ?? null)
      .filter((e) => e.role === "P")
      .map((e) => textOf(e, page?.text ?? new Map()).trim());
    expect(paragraphs).toEqual([
      "Head paragraph zero",
      "Head paragraph one",
      "Head paragraph two",
      "Body paragraph zero.",
      "Body paragraph one.",
      "Body paragraph two.",
    ]);
  });
});

describe("roleOf", () => {
  it("skips the scopes before a block's own id and reads its role", () => {
    const roles = {
      "p#7": "p",
      "head/p#2": "p",
      "running/footer/p#0": "p",
      "running/footer-2/p#0": "p",
      "running/place-3/li#1": "li",
      "place-12/heading#0": "heading",
      "signer:Jane Doe": "signer",
      "footnote:a/b": "footnote",
      // Not scopes: no letters, or a hyphen without a number, before the slash.
      "p-x/q#1": "p-x/q",
      "-2/p#1": "-2/p",
      "Head/p#1": "Head/p",
      "head/": "",
      "": "",
    };
    for (const [id, role] of Object.entries(roles)) expect(roleOf(id), id).toBe(role);
  });
});
