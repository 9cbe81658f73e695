import { layout } from "../../src/layout/layout.js";
import type { TemplatePack } from "../../src/load/pack-types.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { res } from "./resources.js";

/** Lays markup out on `pack`, every image a 1 × 1 PNG (tests of the layout alone). */
export function laidOutOn(pack: TemplatePack) {
  return (markup: string) =>
    layout(
      toModel(parseXml(markup, "m.xml"), pack, "m.xml", () => ({
        src: "x.png",
        width: 1,
        height: 1,
      })),
      res,
    );
}
