import { largest } from "../largest.js";
import type { Run, TableBlock, TableCell } from "../model/letter-doc.js";
import type { TextStyle } from "../model/style.js";
import { turnedShares } from "../model/turned-shares.js";
import { pushAll } from "../push-all.js";
import type { PaintItem } from "./laid-out-doc.js";
import { inkEdges, type LineInk, lineSkips, type PlacedInk } from "./line-skip.js";
import type { Unit, UnitContext } from "./page-units.js";
import {
  baseline,
  itemContext,
  listIndent,
  naturalWidth,
  notesOf,
  paint,
  passageWay,
  setText,
  style,
  withLevel,
} from "./page-units.js";
import { buildItems, widestUnbroken } from "./paragraph-items.js";
import { refuseTooWide } from "./table-too-wide.js";

/** Space between columns, and above and below the text of a row, in points. */
const COLUMN_GAP = 10;
const ROW_PAD = 2;
/** The most body rows of a table kept on one page (setTable). */
const SHORT_TABLE_ROWS = 5;
/** Rules above and below the table (heavier) and under the header rows. */
const OUTER_RULE = 0.75;
const HEADER_RULE = 0.4;

/**
 * A table as units: its header rows as one unit stuck to the first body row, then one unit
 * per body row (a row never splits), each carrying the header to repeat on a new page; the
 * first two and the last two body rows stay together, and a short table's rows all do.
 * Columns share the width as model/column-shares.ts says, from their natural widths and
 * their widest pieces that cannot break. `firstWidth`: the width of the column the table's
 * first rows were set in, when these are its rows on later pages in another column (page 1's
 * beside a sidebar): its columns then keep that setting's widths as model/turned-shares.ts says.
 */
export function tableUnits(
  b: TableBlock,
  letter: UnitContext,
  tag: string,
  firstWidth?: number,
): Unit[] {
  // A table in a passage written the other way (a Hebrew table in an English letter) is set as
  // in a letter written that way, then turned in the column, as a paragraph is (page-units.ts).
  const cellLines = b.rows.flatMap((row) => row.flatMap((cell) => cell.lines));
  const { ctx, turn } = passageWay(cellLines, inItem(b, letter));
  // The first column's width as this one's is narrowed: by the list item's indent.
  const started = firstWidth === undefined ? undefined : firstWidth - letter.width + ctx.width;
  const units = setTable(b, ctx, tag, started);
  for (const u of units) u.items = turn(u.items);
  // The structure tree nests a table in the list item it belongs to (write/tag-structure.ts).
  if (b.level !== undefined) for (const u of units) u.items = withLevel(u.items, b.level);
  return units;
}

/** The column a table in a list item stands in: from where the item's text starts. */
function inItem(b: TableBlock, letter: UnitContext): UnitContext {
  if (b.level === undefined) return letter;
  const indent = listIndent(b, style(letter, b.listStyle ?? b.style), letter);
  return { ...letter, left: letter.left + indent, width: letter.width - indent };
}

function setTable(b: TableBlock, outer: UnitContext, tag: string, started?: number): Unit[] {
  const st = style(outer, b.style);
  const headSt = style(outer, b.headerStyle);
  // A shaded header's text stands half a column gap inside its fill, as between columns: at
  // the fill's edge it read as cut off. The rules and the fill span the padding too.
  const pad = headSt.fill && b.headerRows > 0 ? COLUMN_GAP / 2 : 0;
  const ctx = pad ? { ...outer, left: outer.left + pad, width: outer.width - 2 * pad } : outer;
  refuseTooWide(b, ctx.width, st.size, COLUMN_GAP);
  const styleOf = (row: number) => (row < b.headerRows ? headSt : st);
  const widths = columnWidths(
    b,
    styleOf,
    ctx,
    started === undefined ? undefined : started - 2 * pad,
  );
  const tableWidth = widths.reduce((a, w) => a + w, 0) + COLUMN_GAP * (widths.length - 1) + 2 * pad;
  const rule = (y: number, thickness: number): PaintItem => ({
    kind: "rule",
    x: outer.left,
    y: y + thickness / 2,
    width: tableWidth,
    thickness,
    color: st.color,
  });
  const rowUnit = (cells: TableCell[], row: number): Unit => {
    const rs = styleOf(row);
    const items: PaintItem[] = [];
    // The notes its cells refer to ride on the row, as on a paragraph's line.
    const notes: Unit[] = [];
    // The glyphs of each line, where placed: the row's reach up and down (line-skip.ts).
    const placed: PlacedInk[] = [];
    let x = ctx.left;
    let height = rs.leading;
    widths.forEach((w, c) => {
      const cell = cells[c];
      if (cell) {
        const align = cellAlign(cell, ctx);
        const set = setText(cell.lines, { ...rs, align, indent: 0 }, ctx, w);
        const inks = set.map((l) => l.ink);
        const skips = lineSkips(inks, rs.leading, rs.size);
        const base = ROW_PAD + baseline(rs, ctx);
        const place = { cell: { row, col: c, header: row < b.headerRows } };
        // The lines of a cell stand apart as a paragraph's do.
        let skipped = 0;
        set.forEach((l, i) => {
          skipped += skips[i] as number;
          const y = base + i * rs.leading + skipped;
          items.push(...paint(l, x, y, rs, tag).map((t) => ({ ...t, ...place })));
          placed.push({ ink: inks[i] as LineInk, y, size: rs.size });
          pushAll(notes, notesOf(l, ctx).notes ?? []);
        });
        height = Math.max(height, set.length * rs.leading + skipped);
      }
      x += w + COLUMN_GAP;
    });
    return {
      height: height + 2 * ROW_PAD,
      ...inkEdges(placed),
      spaceBefore: 0,
      spaceAfter: 0,
      sticky: false,
      items,
      cells: [],
      label: `table row ${row + 1}`,
      ...(notes.length ? { notes } : {}),
    };
  };
  const rows = b.rows.map(rowUnit);
  const head = stackRows(rows.slice(0, b.headerRows), rule, tag);
  // A shaded header: its fill behind the header rows, as a rule as thick as they are tall.
  if (headSt.fill && b.headerRows > 0) {
    const h = head.height - HEADER_RULE;
    head.items.unshift({
      kind: "rule",
      x: outer.left,
      y: h / 2,
      width: tableWidth,
      thickness: h,
      color: headSt.fill,
    });
  }
  const body = rows.slice(b.headerRows);
  const last = body[body.length - 1] ?? head;
  last.items.push(rule(last.height, OUTER_RULE));
  last.height += OUTER_RULE;
  // A rule, not a line of text, ends the table and starts it: what stands clear of the text
  // around it.
  delete last.inkBottom;
  const out = b.headerRows > 0 ? [head, ...body] : body;
  if (b.headerRows > 0) {
    head.sticky = body.length > 0;
    for (const r of body) r.repeat = [head];
  }
  // Orphan and widow rows, as a paragraph's lines: a table that crosses a page leaves at least
  // two of its rows on each (not a 'Total' row alone under the repeated header).
  if (body.length > 1) {
    (body[0] as Unit).sticky = true;
    (body[body.length - 2] as Unit).sticky = true;
  }
  // A short table does not cross a page, as LaTeX's tabular never does: two rows under the
  // header and two under its repeat on the next page read as two tables, and kept whole it
  // moves down a page at the cost of a few lines' gap. Loosely: one of rows so tall that
  // keeping it whole would leave its page more than half empty still splits (paginate.ts).
  if (body.length <= SHORT_TABLE_ROWS)
    for (const r of body.slice(0, -1))
      if (!r.sticky) {
        r.sticky = true;
        r.loose = true;
      }
  // The first unit carries the rule above the table.
  const first = out[0] as Unit;
  first.items = [
    rule(0, OUTER_RULE),
    ...first.items.map((it) => ({ ...it, y: it.y + OUTER_RULE })),
  ];
  first.height += OUTER_RULE;
  delete first.inkTop;
  if (first.inkBottom) first.inkBottom = { ...first.inkBottom, y: first.inkBottom.y + OUTER_RULE };
  first.spaceBefore = st.spaceBefore;
  last.spaceAfter = st.spaceAfter;
  return out;
}

/** The header rows as one unit, a light rule under them. */
function stackRows(rows: Unit[], rule: (y: number, t: number) => PaintItem, tag: string): Unit {
  const items: PaintItem[] = [];
  // A header repeated on a later page places only its items: its notes are set once.
  const notes = rows.flatMap((r) => r.notes ?? []);
  let y = 0;
  for (const r of rows) {
    pushAll(
      items,
      r.items.map((it) => ({ ...it, y: it.y + y })),
    );
    y += r.height;
  }
  if (rows.length > 0) {
    items.push(rule(y, HEADER_RULE));
    y += HEADER_RULE;
  }
  return {
    height: y,
    spaceBefore: 0,
    spaceAfter: 0,
    sticky: false,
    items,
    cells: [],
    label: `${tag} header`,
    ...(notes.length ? { notes } : {}),
  };
}

/**
 * Where a cell's text is set in a line that a right-to-left letter mirrors with its page
 * (mirror-page.ts): a cell without `align` at the start of the line, so at the right of a
 * right-to-left page; one with `align="left"` or `"right"` on that side of the page as printed,
 * as HTML's `align` and GitHub's rendering of Markdown's `---:` are. Why not mirrored as a
 * paragraph's alignment is: a column aligned right holds amounts, written left to right
 * whatever the letter's direction, and only their right edge lines up their last digits.
 */
function cellAlign(cell: TableCell, ctx: UnitContext): "left" | "center" | "right" {
  if (!cell.align) return "left";
  return ctx.dir === "rtl" ? MIRRORED[cell.align] : cell.align;
}

const MIRRORED = { left: "right", center: "center", right: "left" } as const;

/** The columns' widths in `ctx`; `first`: the width of the column the table started in. */
function columnWidths(
  b: TableBlock,
  styleOf: (row: number) => TextStyle,
  ctx: UnitContext,
  first: number = ctx.width,
): number[] {
  const count = largest(b.rows.map((r) => r.length));
  const natural = new Array<number>(count).fill(0);
  const least = new Array<number>(count).fill(0);
  b.rows.forEach((cells, row) => {
    const st = styleOf(row);
    cells.forEach((cell, c) => {
      for (const line of cell.lines) {
        natural[c] = Math.max(natural[c] ?? 0, naturalWidth(line, st, ctx));
        least[c] = Math.max(least[c] ?? 0, longestWord(line, st, ctx));
      }
    });
  });
  const gaps = COLUMN_GAP * (count - 1);
  return turnedShares(natural, least, ctx.width - gaps, first - gaps);
}

/** The widest piece of the line that cannot break (a word, a web address between slashes). */
function longestWord(line: Run[], st: TextStyle, ctx: UnitContext): number {
  return widestUnbroken(buildItems(line, itemContext(st, ctx)));
}
