import type { FieldsBlock, Run } from "./letter-doc.js";
import { plainLines } from "./plain-lines.js";

/**
 * A field's label as lines of runs, in the field's own language if it has one: one reading
 * for the PDF (layout/fields-unit.ts) and the text output, which both take the block's
 * direction from its labels and values.
 */
export function fieldLabelLines(row: FieldsBlock["rows"][number]): Run[][] {
  return plainLines(row.label, row.lang);
}

/** A fields block's labels and values, as the lines of runs its direction is read from. */
export function fieldsLines(b: FieldsBlock): Run[][] {
  return b.rows.flatMap((row) => [...fieldLabelLines(row), ...row.value]);
}
