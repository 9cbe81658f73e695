import type { FieldsBlock } from "../model/letter-doc.js";
import { pushAll } from "../push-all.js";
import type { PaintItem } from "./laid-out-doc.js";
import type { Unit, UnitContext } from "./page-units.js";
import { baseline, paint, plainLines, setText, style } from "./page-units.js";

/** Sets labelled values in two columns; each row is as tall as its taller side. */
export function fieldsUnit(b: FieldsBlock, ctx: UnitContext, tag: string): Unit {
  const st = style(ctx, b.style);
  const labelSt = style(ctx, b.labelStyle);
  const valueX = ctx.left + b.labelWidth + b.gap;
  const valueW = Math.max(1, ctx.width - b.labelWidth - b.gap);
  const items: PaintItem[] = [];
  let y = 0;
  for (const row of b.rows) {
    const labels = setText(plainLines(row.label), labelSt, ctx, b.labelWidth);
    const values = setText(row.value, st, ctx, valueW);
    labels.forEach((l, i) => {
      items.push(
        ...paint(l, ctx.left, y + i * labelSt.leading + baseline(labelSt, ctx), labelSt, tag),
      );
    });
    values.forEach((l, i) => {
      pushAll(items, paint(l, valueX, y + i * st.leading + baseline(st, ctx), st, tag));
    });
    y += Math.max(labels.length * labelSt.leading, values.length * st.leading);
  }
  return {
    height: y,
    spaceBefore: st.spaceBefore,
    spaceAfter: st.spaceAfter,
    sticky: b.keepWithNext,
    items,
    cells: [],
    label: `fields (${b.rows.map((r) => r.label).join(", ")})`,
  };
}
