import { largest } from "../largest.js";
import { blockDirection, type Direction } from "../model/direction.js";
import { fieldsLines } from "../model/field-label.js";
import { labelSpaced } from "../model/label-gap.js";
import type {
  Block,
  ColumnsBlock,
  FieldsBlock,
  LetterDoc,
  RuleBlock,
  Run,
  SignatureBlock,
  TextBlock,
} from "../model/letter-doc.js";
import { signerLines } from "../model/signer-lines.js";
import type { TextStyle } from "../model/style.js";
import { typedTies } from "../model/ties.js";
import { upperCased } from "../model/upper-case.js";
import { ownOf } from "../own-of.js";
import { pushAll } from "../push-all.js";
import { markedRow, withDirectionMarks } from "./direction-marks.js";
import {
  displayWidth,
  pad,
  type WrapMemo,
  type WrapOptions,
  wrap,
  wrapOnce,
} from "./display-width.js";
import { tableLines } from "./text-table.js";

export interface TextOptions {
  /** Columns to wrap at (wide characters count two). */
  width: number;
  /** Paragraphs wrapped before, by width and text (a merge's letters share most). */
  wraps?: WrapMemo;
}

/** Wraps text as `wrap` does (a memo's `wrapOnce` where the letter has one). */
type WrapTo = (text: string, opts: WrapOptions) => string[];

/**
 * Roles whose words a line never breaks inside: the letterhead's and the sender's lines, which
 * the PDF sets in small type on one line each, so a long e-mail or web address stays whole.
 */
const WHOLE_WORDS: readonly string[] = ["letterhead", "sender"];

/**
 * Writes the letter as plain text from the document model (no pages): the letterhead centred,
 * then each block separated by a blank line, and the signature grid in columns.
 */
export function writeText(doc: LetterDoc, opts: TextOptions): string {
  const width = Math.max(20, opts.width);
  const memo = opts.wraps;
  const wrapTo: WrapTo = memo ? (text, wrapping) => wrapOnce(memo, text, wrapping) : wrap;
  const out: string[] = [];
  // Placed groups (an address window, an info block) read best where page 1 shows them: those
  // that stand above the letterhead (reserve) before it, the others after it.
  const placed = (reserve: boolean) => {
    for (const g of doc.placed ?? []) {
      if (g.on === "rest" || !!g.reserve !== reserve) continue;
      const lines = g.blocks.flatMap((b) => blockLines(b, doc, width, undefined, [], wrapTo));
      if (lines.length) out.push(lines.join("\n"));
    }
  };
  placed(true);
  const head = doc.letterhead.flatMap((b) => blockLines(b, doc, width, "center", [], wrapTo));
  if (head.length) out.push(head.join("\n"));
  placed(false);
  const lists: number[] = [];
  const tight = tightItems(doc.body);
  for (const [i, b] of doc.body.entries()) {
    const lines =
      b.kind === "rule" ? ruleLine(b, width) : blockLines(b, doc, width, undefined, lists, wrapTo);
    if (!lines.length) continue;
    const text = lines.join("\n");
    if (tight.has(i)) out[out.length - 1] += `\n${text}`;
    else out.push(text);
  }
  // Paper has no page foot here: the notes follow the letter, under a short rule.
  if (doc.notes?.length)
    out.push(["----------", ...doc.notes.map((n) => noteLines(n, width).join("\n"))].join("\n"));
  const text = out
    .join("\n\n")
    .split("\n")
    // trimEnd strips what \s matches, without the regex's backtracking over inner spaces.
    .map((l) => l.trimEnd())
    .join("\n");
  // Plain text is not justified: a date's soft tie, a label's, an area code's are ties there
  // (model/ties.ts).
  return `${typedTies(text)}\n`;
}

/**
 * A rule of the letter's text (Markdown's `---`: a section break, a reply slip's cut line) as
 * a line of hyphens, as pandoc writes one in plain text; a rule of a given length at about six
 * points a column, the width a line of text gives a column on paper. Rules of a letterhead or a
 * fold mark are decoration, and are left out.
 */
function ruleLine(b: RuleBlock, width: number): string[] {
  const n = b.length === null ? width : Math.max(3, Math.min(width, Math.round(b.length / 6)));
  return [align("-".repeat(n), width, b.align)];
}

function runsText(runs: Run[]): string {
  return runs.map((r) => (r.field ? "" : r.note ? `[${r.text}]` : r.text)).join("");
}

/** A footnote as `[1] text`, wrapped under its text. */
function noteLines(n: TextBlock, width: number): string[] {
  const lead = `[${n.marker ?? ""}] `;
  const indent = " ".repeat(displayWidth(lead));
  return n.lines.flatMap((runs, i) =>
    wrap(runsText(runs), { width: width - indent.length }).map(
      (l, j) => (i === 0 && j === 0 ? lead : indent) + l,
    ),
  );
}

/**
 * The list items written on the line after the item before them, as tight lists are in plain
 * text: every item but the first of a run of list paragraphs in which each item is one
 * paragraph. In a loose list (`loose`), a blank line follows each paragraph the PDF sets
 * apart, and none the line that introduces a nested list; any other run where some item has
 * a further paragraph keeps blank lines between all its items.
 */
function tightItems(body: Block[]): Set<number> {
  const tight = new Set<number>();
  let run: number[] = [];
  const close = () => {
    const blocks = run.map((i) => body[i] as TextBlock);
    if (blocks.some((b) => b.loose)) {
      run.forEach((i, k) => {
        if (k > 0 && !blocks[k - 1]?.loose) tight.add(i);
      });
    } else if (!blocks.some((b) => b.marker === undefined))
      for (const i of run.slice(1)) tight.add(i);
    run = [];
  };
  for (const [i, b] of body.entries()) {
    if (b.kind === "text" && b.level !== undefined) {
      // A list right after another one starts a run of its own, apart from the one before.
      if (b.listStart) close();
      run.push(i);
    } else if (b.kind !== "space") close();
  }
  close();
  return tight;
}

/**
 * Where the text of each list level starts, from the markers seen so far: a nested list's
 * markers align with its parent item's text, and an item's further paragraphs with its first.
 */
type ListColumns = number[];

function blockLines(
  b: Block,
  doc: LetterDoc,
  width: number,
  force?: "center",
  lists: ListColumns = [],
  wrapTo: WrapTo = wrap,
): string[] {
  if (b.kind === "space" || b.kind === "rule" || b.kind === "page-break") return [];
  if (b.kind === "image") return b.alt ? [align(`[${b.alt}]`, width, force ?? b.align)] : [];
  if (b.kind === "signatures") return signatureLines(b, width, doc);
  if (b.kind === "fields") return fieldLines(b, width, doc);
  if (b.kind === "table") {
    // A table in a list item starts where the item's text does, as in the PDF.
    const lead = b.level === undefined ? 0 : (lists[b.level - 1] ?? 0);
    const way = wayOf(
      b.rows.flat().flatMap((c) => c.lines),
      doc,
    );
    return tableLines(b, width - lead, runsText, way).map((l) => " ".repeat(lead) + l);
  }
  if (b.kind === "columns") return columnLines(b, doc, width, wrapTo);
  return textLines(b, doc, width, force, lists, wrapTo);
}

/**
 * The way a block of these lines runs, as the PDF sets it (layout/page-units.ts, passageWay):
 * the letter's, or its own language's where it is a passage written the other way.
 */
function wayOf(lines: readonly (readonly Run[])[], doc: LetterDoc): Direction {
  return blockDirection(lines, doc.lang, doc.dir ?? "ltr");
}

/** The narrowest column set side by side; narrower ones stand one under the other. */
const MIN_COLUMN = 16;

/**
 * Blocks side by side (`<columns>`): each column wrapped to its share of the width, three
 * spaces between, as the PDF sets them, from the right in a letter written right to left
 * (each row in reading order, marked so a viewer sets it that way: direction-marks.ts); where
 * a share would be narrower than MIN_COLUMN, the columns one under the other, a blank line apart.
 */
function columnLines(b: ColumnsBlock, doc: LetterDoc, width: number, wrapTo: WrapTo): string[] {
  const n = b.columns.length;
  const share = Math.floor((width - GUTTER * (n - 1)) / n);
  const narrow = share < MIN_COLUMN;
  const cols = b.columns.map((blocks) =>
    blocks.flatMap((c) => blockLines(c, doc, narrow ? width : share, undefined, [], wrapTo)),
  );
  if (narrow) return cols.flatMap((lines, i) => (i === 0 ? lines : ["", ...lines]));
  const rows = largest(
    cols.map((c) => c.length),
    0,
  );
  const way = doc.dir ?? "ltr";
  return Array.from({ length: rows }, (_, r) =>
    markedRow(
      cols.map((c, i) => (i === n - 1 ? (c[r] ?? "") : pad(c[r] ?? "", share))),
      " ".repeat(GUTTER),
      way,
    ).trimEnd(),
  );
}

/** Spaces between two columns of `<columns>` in the text output. */
const GUTTER = 3;

function textLines(
  b: TextBlock,
  doc: LetterDoc,
  width: number,
  force: "center" | undefined,
  lists: ListColumns,
  wrapTo: WrapTo,
): string[] {
  const st = ownOf(doc.styles, b.style) ?? doc.styles.default;
  const how = force ?? (st?.align === "center" || st?.align === "right" ? st.align : "left");
  const upper = st?.uppercase ?? false;
  const lines: string[] = [];
  // A list in a quote: the quote's indent before the list's.
  const q = b.quoted ? quoteLead(b, width) : "";
  const hang =
    b.level !== undefined
      ? listHang(b, lists, width - q.length)
      : b.label
        ? labelHang(b.label)
        : null;
  // A line of the data that wraps turns over indented (the style's runover), by two columns.
  const turn = (st?.runover ?? 0) > 0 && how === "left" && b.level === undefined ? "  " : "";
  const whole = WHOLE_WORDS.includes(b.role);
  // The PDF's justified paragraphs avoid a last line of one word: so does the text.
  const noRunt = st?.align === "justify";
  // A paragraph's first-line indent, two columns an em as a Chinese character takes.
  const ems = b.label ? 0 : Math.round((st?.firstLineIndent ?? 0) / (st?.size ?? 12));
  const opening = " ".repeat(Math.min(2 * ems, Math.floor(width / 2)));
  for (const [n, runs] of b.lines.entries()) {
    const text = upper
      ? runsText(runs.map((r) => ({ ...r, text: upperCased(r.text, r.lang ?? doc.lang) })))
      : runsText(runs);
    const wrapped = (lines: WrapOptions) =>
      withDirectionMarks(wrapTo(text, { ...lines, noRunt }), b.lines, text, doc);
    // The indent goes before the first line of the paragraph only, as in the PDF.
    const first = n === 0 ? opening : "";
    const indented = (l: string, i: number) => (i === 0 && l ? first + l : l);
    if (hang) {
      const lead = q + (n === 0 ? hang.first : " ".repeat(hang.indent));
      const w = width - q.length - hang.indent;
      const body = wrapped({ width: w, rest: w - turn.length, whole });
      pushAll(
        lines,
        body.map((l, i) => (i === 0 ? lead : q + " ".repeat(hang.indent) + turn) + l),
      );
    } else if (b.role === "quote") {
      const q = quoteLead(b, width);
      const w = width - q.length;
      pushAll(
        lines,
        wrapped({ width: w - first.length, rest: w }).map((l, i) => q + indented(l, i)),
      );
    } else if (turn) {
      pushAll(
        lines,
        wrapped({ width: width - first.length, rest: width - turn.length, whole }).map((l, i) =>
          i === 0 ? indented(l, i) : turn + l,
        ),
      );
    } else {
      pushAll(
        lines,
        wrapped({ width: width - first.length, rest: width, whole }).map((l, i) =>
          align(indented(l, i), width, how),
        ),
      );
    }
  }
  return lines;
}

/** A block quote's indent in the text output. */
const QUOTE = "    ";

/** A quote's indent, once per level of quotes within quotes, within half the width (as the PDF's). */
function quoteLead(b: TextBlock, width: number): string {
  return QUOTE.repeat(Math.min(b.quoteDepth ?? 1, Math.floor(width / 2 / QUOTE.length)));
}

/**
 * The first line's lead (indent and marker) of a list paragraph and the indent of the rest.
 * As in the PDF (layout/page-units.ts), a level's text starts after its widest marker and each
 * marker ends where that one does: "(ii)" and "9." under "(iii)" and "10." line up on the right;
 * and within half the `width`, so a list nested as deep as lists may (100 levels) keeps its
 * text on the line.
 */
function listHang(
  b: TextBlock,
  lists: ListColumns,
  width: number,
): { first: string; indent: number } {
  const level = b.level ?? 1;
  const base = level > 1 ? (lists[level - 2] ?? 0) : 0;
  if (b.marker !== undefined) {
    const markers = b.listMarkers?.[level - 1] ?? [];
    const widest = Math.max(displayWidth(b.marker), ...markers.map(displayWidth));
    lists.length = level - 1;
    lists.push(base + widest + 1);
  }
  const marked = b.marker === undefined ? 0 : displayWidth(b.marker) + 1;
  const half = Math.max(Math.floor(width / 2), marked, level > 1 ? (lists[0] ?? 0) : Infinity);
  const indent = Math.min(lists[level - 1] ?? base, half);
  const first =
    b.marker === undefined ? " ".repeat(indent) : `${" ".repeat(indent - marked)}${b.marker} `;
  return { first, indent };
}

function align(line: string, width: number, how: string): string {
  const free = width - displayWidth(line);
  if (how === "center") return " ".repeat(Math.max(0, Math.floor(free / 2))) + line;
  if (how === "right") return " ".repeat(Math.max(0, free)) + line;
  return line;
}

/**
 * Labels padded to one column, values wrapped beside them. The label column takes at most a
 * third of the width (a longer label wraps), so the values keep room to be read. Fields
 * written right to left (a Hebrew letter's, or Hebrew fields in an English letter, which the
 * PDF turns: layout/fields-unit.ts) have their labels on the right, as a table's first column.
 */
function fieldLines(b: FieldsBlock, width: number, doc: LetterDoc): string[] {
  const way = wayOf(fieldsLines(b), doc);
  const widest = largest(
    b.rows.flatMap((r) => r.label.split("\n").map(displayWidth)),
    0,
  );
  const labelW = Math.min(widest, Math.floor(width / 3));
  const out: string[] = [];
  for (const r of b.rows) {
    const labels = r.label.split("\n").flatMap((l) => wrap(l, { width: labelW }));
    const value = r.value.flatMap((l) =>
      wrap(runsText(l), { width: Math.max(10, width - labelW - 2) }),
    );
    for (let i = 0; i < Math.max(labels.length, value.length); i++) {
      out.push(markedRow([pad(labels[i] ?? "", labelW), value[i] ?? ""], "  ", way));
    }
  }
  return out;
}

const GAP = 4;
const SIGNATURE_SPACE_LINES = 3;
/** The narrowest column a signer's name and title get in the text (fewer columns if need be). */
const MIN_SIGNER_COLUMN = 20;

/**
 * Lines of a signature cell, each wrapped; with the style's runover, turned over by two
 * columns; marked with the way they run where a viewer would set them the other way (a
 * Hebrew letter's signer "Microsoft ישראל").
 */
function turnedOver(
  lines: string[],
  st: TextStyle | undefined,
  colW: number,
  doc: LetterDoc,
): string[] {
  const turn = (st?.runover ?? 0) > 0 ? "  " : "";
  return lines.flatMap((t) =>
    withDirectionMarks(
      wrap(t, { width: colW, rest: colW - turn.length }),
      [[{ text: t }]],
      t,
      doc,
    ).map((l, i) => (i > 0 ? turn + l : l)),
  );
}

/**
 * The signature grid: each row under blank lines to sign on, the last holding the conformed
 * signatures. With no room to sign (space 0, a coalition's list of organisations) the rows
 * follow one another as the PDF sets them, a blank line between them only where a signer has
 * more than one line (a name and a title; a name that wraps turns over), so each stays readable as one.
 */
function signatureLines(b: SignatureBlock, width: number, doc: LetterDoc): string[] {
  const columnWidth = (n: number) => Math.floor((width - GAP * (n - 1)) / n);
  let columns = b.columns;
  while (columns > 1 && columnWidth(columns) < MIN_SIGNER_COLUMN) columns--;
  const colW = columnWidth(columns);
  const grid = b.signers.map((s) => [
    ...turnedOver(s.name.split("\n"), doc.styles[b.nameStyle], colW, doc),
    ...turnedOver(s.titles, doc.styles[b.titleStyle], colW, doc),
  ]);
  const twoLines = b.signers.some((s) => s.name.includes("\n") || s.titles.length > 0);
  // Hebrew signers in an English letter run from the right, as the PDF turns them.
  const way = wayOf(b.signers.flatMap(signerLines), doc);
  const row = (cells: string[]) => markedRow(cells, " ".repeat(GAP), way);
  const out: string[] = [];
  for (let r = 0; r * columns < b.signers.length; r++) {
    const signers = b.signers.slice(r * columns, (r + 1) * columns);
    const cells = grid.slice(r * columns, (r + 1) * columns);
    const height = largest(cells.map((c) => c.length));
    if (b.space > 0 || signers.some((s) => s.conformed)) {
      // The first row's blank lines include the one that separates every block.
      for (let i = r === 0 ? 1 : 0; i < SIGNATURE_SPACE_LINES - 1; i++) out.push("");
      // The last blank line holds the conformed signatures ("/s/ Name"), if any.
      out.push(row(signers.map((s) => pad(s.conformed ?? "", colW))));
    } else if (r > 0 && twoLines) out.push("");
    for (let i = 0; i < height; i++) {
      out.push(row(cells.map((c) => pad(c[i] ?? "", colW))));
    }
  }
  return out;
}

/** A hanging label's first line lead and the indent of the rest, as the PDF's (label-gap.ts). */
function labelHang(label: string): { first: string; indent: number } {
  const gap = labelSpaced(label) ? " " : "";
  return { first: `${label}${gap}`, indent: displayWidth(label) + gap.length };
}
