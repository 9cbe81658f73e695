import { SaxesParser, type SaxesTagNS } from "saxes";
import { fail, type Location } from "../errors.js";
import { saxesMessage } from "../saxes-message.js";
import type { MergedRange } from "./merged-cells.js";
import { columnName } from "./record-place.js";
import type { SheetCell, SheetRow } from "./sheet-records.js";

const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
const DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

/** What a parse is asked for, and the limits it keeps. */
export interface OdsRequest {
  /** Which sheet's rows to keep: a name, or a 1-based number; the first when undefined. */
  sheet?: string;
  /** The records file as messages name it. */
  label: string;
  /** Cells the kept sheets may hold in all, repeats counted. */
  maxCells: number;
  /** Characters one cell may hold. */
  maxCellChars: number;
}

/** The workbook's sheet names, and the rows of the sheets that may be the one asked for. */
export interface OdsSheets {
  names: string[];
  /** Rows of the sheet named as asked, if any. */
  byName?: SheetRow[];
  /** Rows of the sheet at the number asked (or the first). */
  byNumber?: SheetRow[];
}

/** A cell style: the style it inherits from, and the number format it sets, if any. */
interface CellStyle {
  parent?: string;
  data?: string;
}

/**
 * How deep an OpenDocument part's elements may nest, and how many attributes one may have.
 * Why: the XML reader resolves each element's namespace prefixes by walking up the elements
 * it is inside, so a cell of 200,000 nested `<text:span>` (4.6 MB) took minutes; and it holds
 * an object for each attribute of every element open, so one `<text:p>` of 800,000 attributes
 * (13 MB) took 1.2 GB. A spreadsheet nests a few dozen deep, and its most detailed element (a
 * style's text properties) has a few dozen attributes.
 */
export const MAX_ODS_DEPTH = 250;

/** Thrown through the XML reader to stop it once the sheet taken is read (`tookSheet`). */
const SHEET_READ = Symbol("the sheet taken is read");
export const MAX_ODS_ATTRIBUTES = 250;

/**
 * The styles and sheets of an OpenDocument spreadsheet, read from its XML parts in order
 * (styles.xml, then content.xml; or the one document of a flat .fods). Why one reader for all
 * parts: cells name styles that either part defines, and a flat file holds both.
 */
export class OdsReader {
  private readonly cellStyles = new Map<string, CellStyle>();
  /** Number formats that say nothing beyond "General": such a cell shows its plain number. */
  private readonly generalFormats = new Set<string>();
  private readonly result: OdsSheets = { names: [] };
  private cells = 0;

  constructor(private readonly req: OdsRequest) {}

  get sheets(): OdsSheets {
    return this.result;
  }

  /** Reads one XML part; `part` names it in messages (`content.xml`). */
  read(xml: string, part: string): void {
    const walk = new PartWalk(this);
    const parser = new SaxesParser({ xmlns: true, position: true });
    parser.on("error", (e) => {
      throw fail(
        "data",
        `not a readable OpenDocument spreadsheet: ${part}, line ${parser.line}: ${saxesMessage(e)}`,
        { file: this.req.label },
        ["save it from the spreadsheet as OpenDocument Spreadsheet (.ods), or as CSV"],
      );
    });
    const tooMuch = (what: string) =>
      fail(
        "data",
        `not a readable OpenDocument spreadsheet: ${part}, line ${parser.line}: ${what}`,
        { file: this.req.label },
        ["a spreadsheet writes a few dozen; save it again from the spreadsheet, or as CSV"],
      );
    let depth = 0;
    let attributes = 0;
    parser.on("opentagstart", () => {
      attributes = 0;
    });
    parser.on("attribute", () => {
      if (++attributes > MAX_ODS_ATTRIBUTES)
        throw tooMuch(`an element has more than ${MAX_ODS_ATTRIBUTES} attributes`);
    });
    parser.on("opentag", (tag) => {
      if (++depth > MAX_ODS_DEPTH)
        throw tooMuch(`its elements nest more than ${MAX_ODS_DEPTH} deep`);
      walk.open(tag);
    });
    parser.on("closetag", (tag) => {
      depth--;
      walk.close(tag);
    });
    parser.on("text", (t) => walk.text(t));
    try {
      parser.write(xml).close();
    } catch (e) {
      if (e !== SHEET_READ) throw e;
    }
  }

  /**
   * Whether the sheet just read whole is the one taken, so nothing after it need be parsed:
   * the first when --sheet is not given, or the one --sheet names. Why: a part of 800 KB
   * holding a sheet of two million rows after the one taken took 79 s and 890 MB to parse
   * and drop. A sheet named by digits may be named so later (`2024` is that sheet, not the
   * 2024th), so only its name ends the read.
   */
  tookSheet(): boolean {
    return (
      this.result.byName !== undefined ||
      (this.req.sheet === undefined && this.result.byNumber !== undefined)
    );
  }

  /** Whether a cell of this style shows its number through a format of its own. */
  formatted(style: string | undefined): boolean {
    let name = style;
    for (let depth = 0; name !== undefined && depth < 32; depth++) {
      const s = this.cellStyles.get(name);
      if (!s) return false;
      if (s.data !== undefined) return !this.generalFormats.has(s.data);
      name = s.parent;
    }
    return false;
  }

  addCellStyle(name: string, style: CellStyle): void {
    this.cellStyles.set(name, style);
  }

  addGeneralFormat(name: string): void {
    this.generalFormats.add(name);
  }

  /** A new sheet: the rows to keep its rows in, or undefined when it is not asked for. */
  startSheet(name: string): SheetRow[] | undefined {
    const number = this.result.names.push(name);
    const asked = this.req.sheet;
    const rows: SheetRow[] = [];
    let kept: SheetRow[] | undefined;
    if (asked !== undefined && name === asked) kept = this.result.byName = rows;
    const n = asked === undefined ? 1 : /^\d+$/.test(asked) ? Number(asked) : 0;
    if (number === n) kept = this.result.byNumber = rows;
    return kept;
  }

  /** Counts cells kept; a sheet that would hold more is refused before it is built. */
  spend(cells: number, at: Location): void {
    this.cells += cells;
    if (this.cells > this.req.maxCells)
      throw fail(
        "data",
        `the workbook is too large to read: its sheet holds over ${this.req.maxCells.toLocaleString("en-US")} cells`,
        at,
        [
          "save the sheet as CSV, which is read a record at a time (or clear the cells beyond the table)",
        ],
      );
  }

  get label(): string {
    return this.req.label;
  }

  get maxCellChars(): number {
    return this.req.maxCellChars;
  }
}

/**
 * How many records one row of values may stand for. Why a limit: a row of 200 bytes saying
 * `table:number-rows-repeated="9999999"` made ten million records, each a letter; a
 * spreadsheet writes a run of identical rows this way, and no list of recipients holds
 * thousands of identical ones.
 */
export const MAX_ROW_REPEATS = 1_000;

/**
 * The merge a cell starts (`table:number-columns-spanned`, `table:number-rows-spanned`), at
 * 0-based `column`; undefined for a cell of its own.
 */
function spanned(tag: SaxesTagNS, column: number): MergedRange | undefined {
  const columns = repeats(tag, "number-columns-spanned");
  const rows = repeats(tag, "number-rows-spanned");
  return columns * rows > 1 ? { column, columns, rows } : undefined;
}

/** Reads a repeat count (`table:number-rows-repeated`); a missing or odd one counts once. */
function repeats(tag: SaxesTagNS, name: string): number {
  return repeatCount(attr(tag, TABLE, name));
}

/** A repeat count's value as the reader counts it (ods-empty-cells.ts counts so too). */
export function repeatCount(v: string | undefined): number {
  const n = v === undefined ? 1 : Number(v);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

function attr(tag: SaxesTagNS, uri: string, local: string): string | undefined {
  for (const a of Object.values(tag.attributes))
    if (a.uri === uri && a.local === local) return a.value;
  return undefined;
}

function is(tag: { uri: string; local: string }, uri: string, local: string): boolean {
  return tag.uri === uri && tag.local === local;
}

/** Columns' default cell styles, as runs: columns before `end` (0-based) that lack one of their own use `style`. */
interface ColumnRun {
  end: number;
  style?: string;
}

/** A cell being read: what its element said, and the text of its paragraphs. */
interface OpenCell {
  tag: SaxesTagNS;
  covered: boolean;
  paragraphs: string[];
  /** Elements open inside the cell; text counts only inside a paragraph of the cell itself. */
  depth: number;
  /** The depth at which a paragraph of the cell opened, or -1. */
  paragraphAt: number;
  /** Above 0 inside a comment or a drawing, whose text the sheet does not show in the cell. */
  hidden: number;
  /**
   * Characters of its paragraphs so far, with the line feeds that join them. Why kept: summing the paragraphs at each text took
   * time growing by their square (a cell of 80,000 one-letter paragraphs, 1.4 MB, 16 s).
   */
  chars: number;
}

/** One pass over an XML part: styles as they are defined, then the sheets' rows. */
class PartWalk {
  private numberFormat: { name: string; general: boolean; depth: number } | undefined;
  private depth = 0;
  private rows: SheetRow[] | undefined;
  private inSheet = false;
  private columns: ColumnRun[] = [];
  private line = 0;
  /** The sheet taken has been read whole: the part's next element ends the read. */
  private done = false;
  private row:
    | { tag: SaxesTagNS; cells: SheetCell[]; column: number; merged?: MergedRange[] }
    | undefined;
  private cell: OpenCell | undefined;

  constructor(private readonly book: OdsReader) {}

  open(tag: SaxesTagNS): void {
    // At the next element, not at the sheet's end tag, so an end tag that does not match (a
    // malformed part) is still an error.
    if (this.done) throw SHEET_READ;
    this.depth++;
    if (this.cell) this.openInCell(tag);
    else if (this.numberFormat) this.openInFormat(tag);
    else if (tag.uri === NUMBER && tag.local.endsWith("-style")) {
      const name = attr(tag, STYLE, "name");
      if (name !== undefined)
        this.numberFormat = { name, general: tag.local === "number-style", depth: this.depth };
    } else if (is(tag, STYLE, "style") && attr(tag, STYLE, "family") === "table-cell") {
      const name = attr(tag, STYLE, "name");
      if (name !== undefined)
        this.book.addCellStyle(name, {
          parent: attr(tag, STYLE, "parent-style-name"),
          data: attr(tag, STYLE, "data-style-name"),
        });
    } else if (is(tag, TABLE, "table")) {
      this.inSheet = true;
      this.rows = this.book.startSheet(attr(tag, TABLE, "name") ?? "");
      this.columns = [];
      this.line = 0;
    } else if (this.inSheet) this.openInSheet(tag);
  }

  close(tag: SaxesTagNS): void {
    if (this.cell) this.closeInCell(tag);
    else if (this.numberFormat && this.depth === this.numberFormat.depth) {
      if (this.numberFormat.general) this.book.addGeneralFormat(this.numberFormat.name);
      this.numberFormat = undefined;
    } else if (is(tag, TABLE, "table-row")) this.endRow();
    else if (is(tag, TABLE, "table")) {
      const kept = this.rows !== undefined;
      this.inSheet = false;
      this.rows = undefined;
      this.done = kept && this.book.tookSheet();
    }
    this.depth--;
  }

  text(t: string): void {
    const c = this.cell;
    if (!c || c.paragraphAt < 0 || c.hidden > 0) return;
    this.addText(c, t);
  }

  /**
   * Inside a number format: "General" is one number element that sets no decimals, grouping
   * or minimum digits; anything else (text, a condition, a fixed form) is a format of its own.
   */
  private openInFormat(tag: SaxesTagNS): void {
    const f = this.numberFormat;
    if (!f) return;
    const plain =
      this.depth === f.depth + 1 &&
      is(tag, NUMBER, "number") &&
      attr(tag, NUMBER, "decimal-places") === undefined &&
      attr(tag, NUMBER, "grouping") !== "true" &&
      (attr(tag, NUMBER, "min-integer-digits") ?? "1") === "1";
    if (!plain) f.general = false;
  }

  private openInSheet(tag: SaxesTagNS): void {
    if (is(tag, TABLE, "table-column")) {
      const start = this.columns.at(-1)?.end ?? 0;
      this.columns.push({
        end: start + repeats(tag, "number-columns-repeated"),
        style: attr(tag, TABLE, "default-cell-style-name"),
      });
    } else if (is(tag, TABLE, "table-row")) {
      this.row = { tag, cells: [], column: 0 };
    } else if (this.row && (is(tag, TABLE, "table-cell") || is(tag, TABLE, "covered-table-cell"))) {
      this.cell = {
        tag,
        covered: tag.local === "covered-table-cell",
        paragraphs: [],
        depth: this.depth,
        paragraphAt: -1,
        hidden: 0,
        chars: 0,
      };
    }
  }

  private openInCell(tag: SaxesTagNS): void {
    const c = this.cell as OpenCell;
    if (c.hidden > 0 || is(tag, OFFICE, "annotation") || tag.uri === DRAW) {
      c.hidden++;
      return;
    }
    if (c.paragraphAt < 0) {
      if (this.depth === c.depth + 1 && is(tag, TEXT, "p")) {
        c.paragraphAt = this.depth;
        if (c.paragraphs.length > 0) this.count(c, 1);
        c.paragraphs.push("");
      }
      return;
    }
    if (is(tag, TEXT, "s")) {
      const n = Number(attr(tag, TEXT, "c") ?? "1");
      this.addText(
        c,
        " ".repeat(Number.isSafeInteger(n) && n >= 1 ? Math.min(n, this.book.maxCellChars + 1) : 1),
      );
    } else if (is(tag, TEXT, "tab")) this.addText(c, "\t");
    else if (is(tag, TEXT, "line-break")) this.addText(c, "\n");
  }

  private closeInCell(tag: SaxesTagNS): void {
    const c = this.cell as OpenCell;
    if (c.hidden > 0) c.hidden--;
    else if (this.depth === c.paragraphAt) c.paragraphAt = -1;
    else if (this.depth === c.depth && tag.uri === TABLE) this.endCell();
  }

  private addText(c: OpenCell, t: string): void {
    this.count(c, t.length);
    const last = c.paragraphs.length - 1;
    c.paragraphs[last] = (c.paragraphs[last] ?? "") + t;
  }

  /** Counts `n` more characters of the cell: its texts, and the line feed between two paragraphs. */
  private count(c: OpenCell, n: number): void {
    c.chars += n;
    if (c.chars > this.book.maxCellChars)
      throw fail(
        "data",
        `a cell holds over ${this.book.maxCellChars} characters`,
        this.here((this.row?.column ?? 0) + 1),
      );
  }

  /** The cell's place, for messages: `column` is its 1-based column. */
  private here(column: number): Location {
    return {
      file: this.book.label,
      sheet: this.book.sheets.names.at(-1) ?? "",
      line: this.line + 1,
      column: columnName(column - 1),
    };
  }

  private endCell(): void {
    const c = this.cell as OpenCell;
    const row = this.row as NonNullable<PartWalk["row"]>;
    this.cell = undefined;
    const n = repeats(c.tag, "number-columns-repeated");
    if (!this.rows) {
      row.column += n;
      return;
    }
    const value = c.covered ? "" : this.valueOf(c, row.column);
    if (value !== "") {
      // Empty cells before this one are kept as such; empty ones after the last value are not.
      this.book.spend(
        (row.column - row.cells.length + n) * this.rowRepeats(),
        this.here(row.column + 1),
      );
      while (row.cells.length < row.column) row.cells.push("");
      for (let i = 0; i < n; i++) row.cells.push(value);
      const merged = spanned(c.tag, row.column);
      if (merged) row.merged = [...(row.merged ?? []), merged];
    }
    row.column += n;
  }

  private rowRepeats(): number {
    return this.row ? repeats(this.row.tag, "number-rows-repeated") : 1;
  }

  private endRow(): void {
    const row = this.row;
    this.row = undefined;
    if (!row) return;
    const n = repeats(row.tag, "number-rows-repeated");
    if (this.rows && row.cells.length > 0) {
      if (n > MAX_ROW_REPEATS)
        throw fail(
          "data",
          `this row of values is repeated ${n.toLocaleString("en-US")} times (table:number-rows-repeated); a row of values may stand for at most ${MAX_ROW_REPEATS.toLocaleString("en-US")}`,
          {
            file: this.book.label,
            sheet: this.book.sheets.names.at(-1) ?? "",
            line: this.line + 1,
          },
          ["write the records out one to a row, or save the sheet as CSV"],
        );
      const shown = attr(row.tag, TABLE, "visibility") ?? "visible";
      this.rows.push({
        line: this.line + 1,
        cells: row.cells,
        repeat: n,
        ...(shown !== "visible" ? { hidden: true } : {}),
        ...(row.merged ? { merged: row.merged } : {}),
      });
    }
    this.line += n;
  }

  /**
   * A cell as a record holds it: what the sheet shows, except a plain number (its digits, not
   * the separators of the sheet's language), a date (YYYY-MM-DD, as letter data writes dates)
   * and TRUE or FALSE (true and false, as in read-xlsx.ts). A number shown is trimmed, as an
   * .xlsx one is: `_)` and `* ` pad it to line it up in its column (` $1,234.50 `).
   */
  private valueOf(c: OpenCell, column: number): SheetCell {
    const shown = c.paragraphs.join("\n");
    const value = attr(c.tag, OFFICE, "value");
    switch (attr(c.tag, OFFICE, "value-type")) {
      case "boolean": {
        const b = attr(c.tag, OFFICE, "boolean-value");
        return b === "true" ? true : b === "false" ? false : shown;
      }
      case "date":
        return isoDate(attr(c.tag, OFFICE, "date-value")) ?? shown;
      case "float": {
        const own = attr(c.tag, TABLE, "style-name") ?? this.defaultStyle(column);
        if (this.book.formatted(own) && shown.trim() !== "") return shown.trim();
        return plainNumber(value) ?? shown;
      }
      case "percentage":
      case "currency":
        return shown.trim() !== "" ? shown.trim() : (plainNumber(value) ?? "");
      default:
        return shown;
    }
  }

  /** A cell without a style of its own takes its row's default, else its column's. */
  private defaultStyle(column: number): string | undefined {
    const own = this.row ? attr(this.row.tag, TABLE, "default-cell-style-name") : undefined;
    return own ?? this.columns.find((r) => column < r.end)?.style;
  }
}

/** A number as JavaScript writes it (`1234.5`, `100000000000000000000`), or undefined. */
function plainNumber(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : undefined;
}

/** `2024-11-20`, or a date with its time as an ISO instant (as .xlsx dates read), else undefined. */
function isoDate(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(v);
  if (!m) return undefined;
  const d = new Date(`${m[1]}T${m[2]}Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
