import { describe, expect, it } from "vitest";
import type { MissiveError } from "../../src/errors.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("din5008", { cwd: ROOT }), ROOT, res);
const noImages = () => ({ src: "x.png", width: 1, height: 1 });

function model(body: string) {
  return toModel(parseXml(`<letter>${body}</letter>`, "m.xml"), pack, "m.xml", noImages);
}

function error(body: string): string {
  try {
    model(body);
  } catch (e) {
    const p = (e as MissiveError).problems[0];
    return `${p?.location?.line}:${p?.location?.col} ${p?.message}`;
  }
  return "no error";
}

describe("<place>, <rule> and <fields>", () => {
  it("turns a placed group into a fixed-position group out of the flow", () => {
    const doc = model(
      '<place x="20mm" y="45mm" width="85mm" height="45mm"><address><line>A</line></address><rule length="10mm"/></place><p>Body</p>',
    );
    expect(doc.body).toHaveLength(1);
    expect(doc.placed).toHaveLength(1);
    const g = doc.placed?.[0];
    expect(g?.on).toBe("first");
    expect(g?.x).toBeCloseTo((20 * 72) / 25.4);
    expect(g?.height).toBeCloseTo((45 * 72) / 25.4);
    expect(g?.blocks.map((b) => b.kind)).toEqual(["text", "rule"]);
  });

  it("measures from the paper's right edge with right=, on the letter's own paper", () => {
    const at = (paper: string) =>
      toModel(
        parseXml(
          `<letter page="${paper}"><place right="1in" y="1in" width="5in"><line>A</line></place></letter>`,
          "m.xml",
        ),
        pack,
        "m.xml",
        noImages,
      ).placed?.[0]?.x;
    expect(at("letter")).toBeCloseTo(612 - 72 - 360);
    expect(at("a4")).toBeCloseTo(595.28 - 72 - 360);
    expect(error('<place x="1in" right="1in" y="1in" width="1in"/>')).toBe(
      '1:56 <place> takes x="…" or right="…", not both',
    );
  });

  it("reads labelled fields and band heights", () => {
    const doc = model(
      '<letterhead height="50mm"/><fields label-width="20mm"><field label="Datum">11.03.2024</field></fields>',
    );
    expect(doc.letterheadHeight).toBeCloseTo((50 * 72) / 25.4);
    const f = doc.body[0];
    expect(f?.kind === "fields" && f.rows).toEqual([
      { label: "Datum", value: [[{ text: "11.03.2024" }]] },
    ]);
  });

  it("keeps line breaks in a field's value and label", () => {
    const doc = model(
      '<fields><field label="Ihr Zeichen&#x2028;(bitte angeben)">The Honorable A<br/>Ranking Member</field></fields>',
    );
    const f = doc.body[0];
    expect(f?.kind === "fields" && f.rows).toEqual([
      {
        label: "Ihr Zeichen\n(bitte angeben)",
        value: [[{ text: "The Honorable A" }], [{ text: "Ranking Member" }]],
      },
    ]);
  });

  // Markup locations point just past the element's start tag, where the XML parser is.
  it("is strict, with the place of each mistake", () => {
    expect(error('<place y="1in" width="1in"/>')).toBe('1:36 <place> needs x="…"');
    expect(error('<place x="1in" y="1in" width="1in" on="second"/>')).toBe(
      "1:56 on must be first, rest, all, not second",
    );
    expect(
      error('<p>x</p><place x="1" y="1" width="1"><place x="1" y="1" width="1"/></place>'),
    ).toBe("1:75 <place> cannot hold another <place>");
    expect(error('<rule color="red"/>')).toBe("1:27 color must be #rrggbb, not red");
    expect(error("<fields><field>x</field></fields>")).toBe('1:23 <field> needs label="…"');
    expect(error("<body><place/></body>")).toBe("1:22 unknown element <place> in <body>");
  });
});
