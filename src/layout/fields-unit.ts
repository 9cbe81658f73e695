import { largest } from "../largest.js";
import { fieldLabelLines, fieldsLines } from "../model/field-label.js";
import type { FieldsBlock, Run } from "../model/letter-doc.js";
import type { TextStyle } from "../model/style.js";
import { pushAll } from "../push-all.js";
import type { PaintItem } from "./laid-out-doc.js";
import type { Unit, UnitContext } from "./page-units.js";
import { baseline, naturalWidth, paint, passageWay, setText, style } from "./page-units.js";

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
  const labelW = labelColumn(b, labels, labelSt, ctx);
  const valueX = ctx.left + labelW + b.gap;
  const valueW = Math.max(1, ctx.width - labelW - b.gap);
  const items: PaintItem[] = [];
  let y = 0;
  b.rows.forEach((row, r) => {
    const label = setText(labels[r] ?? [], labelSt, ctx, labelW);
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

/**
 * The label column's width: `label-width`, widened up to `label-max-width` so that its widest
 * label stands on one line (a council's "Penalty Charge Notice" turned over beside a short
 * value in a column of 1.4in, where the text output, fitted to its labels, kept it whole).
 */
function labelColumn(
  b: FieldsBlock,
  labels: Run[][][],
  labelSt: TextStyle,
  ctx: UnitContext,
): number {
  if (b.labelMaxWidth <= b.labelWidth) return b.labelWidth;
  const widest = largest(
    labels.flatMap((lines) => lines.map((line) => naturalWidth(line, labelSt, ctx))),
    0,
  );
  const most = Math.min(b.labelMaxWidth, ctx.width / 2);
  return Math.max(b.labelWidth, Math.min(most, Math.ceil(widest)));
}
