import { fail } from "../errors.js";
import type { TableBlock, TableCell } from "../model/letter-doc.js";
import {
  at,
  type Ctx,
  elements,
  inlineLinesAt,
  noStyle,
  oneOf,
  styleFor,
} from "./markup-context.js";
import type { XmlElement } from "./xml-tree.js";

/**
 * `<table [style] [header-style]>` of `<row [header="true"]>` of `<cell [align]>`: a simple grid
 * of text, its leading header rows repeated on every page the table continues on.
 */
export function table(el: XmlElement, ctx: Ctx): TableBlock {
  const rows = elements(el, ctx).map((r) => {
    if (r.name !== "row")
      throw fail("markup", `<table> holds <row> elements, not <${r.name}>`, at(r, ctx));
    noStyle(r, ctx, "a table is set in its style and table-header: give style to <table>");
    return { header: r.attrs.header === "true", cells: elements(r, ctx).map((c) => cell(c, ctx)) };
  });
  if (rows.length === 0) throw fail("markup", "<table> has no <row>", at(el, ctx));
  const headerRows = rows.findIndex((r) => !r.header);
  const heads = headerRows < 0 ? rows.length : headerRows;
  if (rows.slice(heads).some((r) => r.header))
    throw fail("markup", 'header rows (header="true") come first in a <table>', at(el, ctx));
  // A table's own header style (header-style="…": a shaded header in one table, a plain one in
  // another), else the pack's table-header; without either, the cells' style in bold.
  const own = el.attrs["header-style"] !== undefined;
  const ownHeader = own || ctx.pack.styles["table-header"] !== undefined;
  if (!ownHeader)
    for (const r of rows.slice(0, heads))
      for (const c of r.cells)
        c.lines = c.lines.map((l) => l.map((run) => ({ ...run, bold: true })));
  const style = styleFor(el, ctx, ["table"]);
  return {
    kind: "table",
    style,
    headerStyle: own ? styleFor(el, ctx, [], "header-style") : ownHeader ? "table-header" : style,
    headerRows: heads,
    rows: rows.map((r) => r.cells),
  };
}

function cell(c: XmlElement, ctx: Ctx): TableCell {
  if (c.name !== "cell")
    throw fail("markup", `<row> holds <cell> elements, not <${c.name}>`, at(c, ctx));
  noStyle(c, ctx, "a table is set in its style and table-header: give style to <table>");
  const lines = inlineLinesAt(c, ctx);
  if (c.attrs.align === undefined) return { lines };
  return { lines, align: oneOf(c, "align", ctx, ["left", "center", "right"] as const, "left") };
}
