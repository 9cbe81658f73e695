import type { RuleBlock } from "../model/letter-doc.js";
import type { Unit, UnitContext } from "./page-units.js";

/** A horizontal rule as a unit as tall as its stroke; its length is capped at the width. */
export function ruleUnit(b: RuleBlock, ctx: UnitContext): Unit {
  const length = Math.min(b.length ?? ctx.width, ctx.width);
  const x =
    b.align === "left"
      ? ctx.left
      : b.align === "right"
        ? ctx.left + ctx.width - length
        : ctx.left + (ctx.width - length) / 2;
  return {
    height: b.thickness,
    spaceBefore: b.spaceBefore,
    spaceAfter: b.spaceAfter,
    sticky: false,
    items: [
      {
        kind: "rule",
        x,
        y: b.thickness / 2,
        width: length,
        thickness: b.thickness,
        color: b.color,
      },
    ],
    cells: [],
    label: "rule",
  };
}
