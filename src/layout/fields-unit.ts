import { fieldLabelLines, fieldsLines } from "../model/field-label.js";
import type { FieldsBlock } from "../model/letter-doc.js";
import { pushAll } from "../push-all.js";
import type { PaintItem } from "./laid-out-doc.js";
import type { Unit, UnitContext } from "./page-units.js";
import { baseline, paint, passageWay, setText, style } from "./page-units.js";

/**
 * Sets labelled values in two columns; each row is as tall as its taller side. Fields in a
 * language written the other way than the letter (`<field lang="he">` in an English letter)
 * are set as in a letter written that way, then turned in the column, as a paragraph is
 * (page-units.ts): their labels on the right, the values left of them.
 */
export function fieldsUnit(b: FieldsBlock, letter: UnitContext, tag: string): Unit {
  const labels = b.rows.map(fieldLabelLines);
  const { ctx, turn } = passageWay(fieldsLines(b), letter);
  const st = style(ctx, b.style);
  const labelSt = style(ctx, b.labelStyle);
  const valueX = ctx.left + b.labelWidth + b.gap;
  const valueW = Math.max(1, ctx.width - b.labelWidth - b.gap);
  const items: PaintItem[] = [];
  let y = 0;
  b.rows.forEach((row, r) => {
    const label = setText(labels[r] ?? [], labelSt, ctx, b.labelWidth);
    const values = setText(row.value, st, ctx, valueW);
    label.forEach((l, i) => {
      items.push(
        ...paint(l, ctx.left, y + i * labelSt.leading + baseline(labelSt, ctx), labelSt, tag),
      );
    });
    values.forEach((l, i) => {
      pushAll(items, paint(l, valueX, y + i * st.leading + baseline(st, ctx), st, tag));
    });
    y += Math.max(label.length * labelSt.leading, values.length * st.leading);
  });
  return {
    height: y,
    spaceBefore: st.spaceBefore,
    spaceAfter: st.spaceAfter,
    sticky: b.keepWithNext,
    items: turn(items),
    cells: [],
    label: `fields (${b.rows.map((r) => r.label).join(", ")})`,
  };
}
