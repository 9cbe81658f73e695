import { repeatCount } from "./ods-sheet.js";
import { MAX_TAG } from "./sheet-extent.js";
import { ATTRIBUTES } from "./xml-attributes.js";

const TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

/**
 * One piece of XML: a comment, CDATA, a processing instruction or declaration (passed on as
 * they are), a tag (its name's prefix, local name and attributes), or text up to the next `<`.
 */
const TOKEN = new RegExp(
  String.raw`<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!(?:[^>"'\[]|"[^"]*"|'[^']*'|\[[\s\S]*?\])*>|<(\/?)(?:([^\s/>:]+):)?([^\s/>]+)(${ATTRIBUTES})>|[^<]+`,
  "y",
);
/** Attributes as a tag writes them, nothing else (else the tag is passed on for the parser to judge). */
const WELL_FORMED = /^(?:\s+[\w.-]+(?::[\w.-]+)?\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?$/;
const ATTRIBUTE = /([\w.-]+(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Takes an OpenDocument part's XML a chunk at a time and gives it back without its empty cells' runs. */
export interface OdsEmptyCellFilter {
  push(chunk: string): void;
  /** The XML filtered, once every chunk has been pushed. */
  end(): string;
}

/** A tag read: `/` before a closing one, its prefix and local name, its attributes. */
interface Tag {
  close: boolean;
  prefix: string | undefined;
  local: string;
  attrs: string;
  whole: string;
}

/**
 * Writes an OpenDocument sheet's runs of empty cells as one cell repeated, leaves out the
 * empty cells that end a row, and writes runs of rows left with none as one row repeated.
 * Why: a producer that writes each formatted empty cell out (not as LibreOffice does, with
 * `table:number-columns-repeated`) made the XML reader's time and memory grow with them: 3
 * records and 100,000 rows of 26 styled empty cells took 29 s and 480 MB. As in an .xlsx
 * (empty-cells.ts), nothing is lost, but an ODS cell has no reference: it is placed by its
 * order, so an empty cell before one that holds something is counted, not dropped (the reader
 * counts repeats as ods-sheet.ts's `repeatCount` does, the same function). A cell is empty when
 * it has no value type and no content (`<table:table-cell table:style-name="ce1"/>`) or one
 * empty paragraph (`…><text:p/></table:table-cell>`, as some producers write every blank
 * cell: the reader reads it as ""; two paragraphs read as a line break, and are kept); any tag
 * the filter does not fully read (an entity in a count, a namespace declared) is passed on as
 * it is. Constant memory but for what it gives back: a row is held only until its first cell
 * that holds something.
 */
export function odsEmptyCellFilter(): OdsEmptyCellFilter {
  const out: string[] = [];
  const state = new FilterState((s) => out.push(s));
  let carry = "";
  return {
    push(chunk) {
      carry = state.read(carry + chunk, false);
    },
    end() {
      state.read(carry, true);
      carry = "";
      return out.join("");
    },
  };
}

/** Where the filter is in the part, and what it holds back. */
class FilterState {
  /** The prefix bound to the table namespace; undefined until declared (nothing is filtered). */
  private table: string | undefined;
  /** The prefix bound to the text namespace, for an empty cell's one empty paragraph. */
  private text: string | undefined;
  /** Once a declaration could change what a prefix means, everything is passed on. */
  private off = false;
  private rowsPending = 0;
  private cellsPending = 0;
  /** The open row: its tag until it is given on, and its repeat count. */
  private row: { tag: string; repeat: number; given: boolean } | undefined;
  /**
   * An empty cell's opening tag, waiting to see whether its closing tag follows, at once or
   * after one empty paragraph (`paragraph`: that paragraph's tags read so far, and whether it
   * is still open).
   */
  private held:
    | { tag: string; repeat: number; paragraph?: { xml: string; open: boolean } }
    | undefined;
  /** The whole XML of the last empty cell read with its paragraph, and its count. */
  private lastParagraphCell = { xml: "", repeat: 0 };
  /** Depth inside an element of the row given on as it is (a cell that holds something). */
  private depth = 0;

  /** The last tag whose count was read, and its count. */
  private last = { columns: { tag: "", repeat: 0 }, rows: { tag: "", repeat: 0 } };

  constructor(private readonly emit: (s: string) => void) {}

  /** Reads the whole tokens of `text`, giving them on; gives back the rest (a cut tag). */
  read(text: string, last: boolean): string {
    TOKEN.lastIndex = 0;
    let at = 0;
    while (at < text.length) {
      const after = this.skipEmpty(text, at);
      if (after > at) {
        at = after;
        continue;
      }
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(text);
      if (!m) break;
      this.token(m);
      at = TOKEN.lastIndex;
    }
    const rest = text.slice(at);
    if (!last && rest.length <= MAX_TAG) return rest;
    // A tag past any a spreadsheet writes, or cut by the end: given on as it is, for the
    // XML reader to judge; nothing after it is filtered.
    this.flush();
    this.off = true;
    this.emit(rest);
    return "";
  }

  /**
   * Past a run of the empty cell read last, written again and again, counted without reading
   * each one as a token (it halved the time of a hundred thousand rows of them).
   */
  private skipEmpty(text: string, at: number): number {
    if (!this.row || this.held || this.depth > 0 || this.off) return at;
    const { tag, repeat } = this.last.columns;
    const cell = this.lastParagraphCell;
    let next = at;
    for (;;) {
      if (repeat > 0 && tag.endsWith("/>") && text.startsWith(tag, next)) {
        this.cellsPending = sum(this.cellsPending, repeat);
        next += tag.length;
      } else if (cell.repeat > 0 && text.startsWith(cell.xml, next)) {
        this.cellsPending = sum(this.cellsPending, cell.repeat);
        next += cell.xml.length;
      } else return next;
    }
  }

  private token(m: RegExpExecArray): void {
    const whole = m[0];
    const local = m[3];
    if (this.off) {
      this.emit(whole);
      return;
    }
    const tag: Tag | undefined =
      local === undefined
        ? undefined
        : { close: m[1] === "/", prefix: m[2], local, attrs: m[4] as string, whole };
    if (this.depth > 0) this.inside(tag, whole);
    else if (this.row) this.inRow(tag, whole);
    else if (tag && !tag.close && this.declares(tag)) this.pass(whole);
    else if (tag && !tag.close && this.isTable(tag, "table-row")) this.openRow(tag);
    else if (isSpace(tag, whole)) this.emit(whole);
    else this.pass(whole);
  }

  /** Inside a cell given on: everything passes, counting depth to find the cell's end. */
  private inside(tag: Tag | undefined, whole: string): void {
    if (tag && !tag.attrs.endsWith("/")) this.depth += tag.close ? -1 : 1;
    this.emit(whole);
  }

  private inRow(tag: Tag | undefined, whole: string): void {
    if (this.held) this.afterHeld(tag, whole);
    else if (tag?.close && this.isTable(tag, "table-row")) this.closeRow(whole);
    else if (isSpace(tag, whole)) {
      if (this.row?.given) this.emit(whole);
    } else {
      const repeat = tag && !tag.close && this.isCell(tag) ? this.emptyRepeat(tag, "columns") : 0;
      if (tag && repeat > 0) {
        if (tag.attrs.endsWith("/")) this.cellsPending = sum(this.cellsPending, repeat);
        else this.held = { tag: tag.whole, repeat };
        return;
      }
      this.giveRow();
      this.emit(whole);
      if (tag && !tag.close && !tag.attrs.endsWith("/")) this.depth = 1;
    }
  }

  /**
   * After an empty cell's opening tag: its closing tag, at once or after one empty paragraph,
   * makes it empty; anything else not. Space between the cell's elements is no text of it
   * (the reader reads text inside a paragraph only), so it is left out; inside one it is kept.
   */
  private afterHeld(tag: Tag | undefined, whole: string): void {
    const held = this.held;
    if (!held) return;
    const paragraph = held.paragraph;
    if (!paragraph?.open && isSpace(tag, whole)) return;
    if (tag && this.emptyParagraph(tag, paragraph)) {
      const xml = `${paragraph?.xml ?? ""}${whole}`;
      held.paragraph = { xml, open: !tag.close && !tag.attrs.endsWith("/") };
      return;
    }
    this.held = undefined;
    if (!paragraph?.open && tag?.close && this.isCell(tag)) {
      this.cellsPending = sum(this.cellsPending, held.repeat);
      if (paragraph)
        this.lastParagraphCell = { xml: held.tag + paragraph.xml + whole, repeat: held.repeat };
      return;
    }
    this.giveRow();
    this.emit(held.tag + (paragraph?.xml ?? ""));
    this.depth = paragraph?.open ? 2 : 1;
    this.inside(tag, whole);
  }

  /**
   * Whether `tag` goes on an empty cell's one empty paragraph: it opens it (none read yet) or,
   * right after, closes it. Its attributes (a paragraph style) must be plain ones.
   */
  private emptyParagraph(tag: Tag, paragraph: { open: boolean } | undefined): boolean {
    if (this.text === undefined || tag.prefix !== this.text || tag.local !== "p") return false;
    if (paragraph?.open) return tag.close;
    return (
      paragraph === undefined &&
      !tag.close &&
      WELL_FORMED.test(tag.attrs) &&
      !tag.attrs.includes("&") &&
      !tag.attrs.includes("xmlns")
    );
  }

  private openRow(tag: Tag): void {
    const repeat = this.emptyRepeat(tag, "rows");
    if (repeat === 0) {
      this.pass(tag.whole);
      if (!tag.attrs.endsWith("/")) this.row = { tag: tag.whole, repeat: 1, given: true };
    } else if (tag.attrs.endsWith("/")) this.rowsPending = sum(this.rowsPending, repeat);
    else this.row = { tag: tag.whole, repeat, given: false };
  }

  private closeRow(whole: string): void {
    const row = this.row;
    this.row = undefined;
    this.cellsPending = 0;
    if (row?.given) this.emit(whole);
    else this.rowsPending = sum(this.rowsPending, row?.repeat ?? 1);
  }

  /** The row is not empty: the empty rows before it, its tag, the empty cells before this. */
  private giveRow(): void {
    const row = this.row;
    if (row && !row.given) {
      this.flushRows();
      this.emit(row.tag);
      row.given = true;
    }
    const t = this.table as string;
    if (this.cellsPending > 0)
      this.emit(`<${t}:table-cell ${t}:number-columns-repeated="${this.cellsPending}"/>`);
    this.cellsPending = 0;
  }

  private flushRows(): void {
    const t = this.table as string;
    if (this.rowsPending > 0)
      this.emit(`<${t}:table-row ${t}:number-rows-repeated="${this.rowsPending}"/>`);
    this.rowsPending = 0;
  }

  /** Gives on all it holds back, in order: at the part's end, or when filtering stops. */
  private flush(): void {
    if (this.row) {
      if (this.held) {
        this.giveRow();
        this.emit(this.held.tag + (this.held.paragraph?.xml ?? ""));
        this.held = undefined;
      } else this.giveRow();
    }
    this.flushRows();
  }

  private pass(whole: string): void {
    this.flushRows();
    this.emit(whole);
  }

  /**
   * Whether a tag declares a namespace: the first binding of the table (text) namespace names
   * the prefix to filter (to read a paragraph by); any other that binds it, or rebinds that
   * prefix, stops filtering.
   */
  private declares(tag: Tag): boolean {
    if (!tag.attrs.includes("xmlns")) return false;
    for (const [, name, dq, sq] of tag.attrs.matchAll(ATTRIBUTE)) {
      if (!name?.startsWith("xmlns")) continue;
      const value = dq ?? sq;
      const prefix = name.startsWith("xmlns:") ? name.slice(6) : "";
      const first = prefix !== "" && !this.off;
      if (this.table === undefined && value === TABLE_NS && first) this.table = prefix;
      else if (this.text === undefined && value === TEXT_NS && first) this.text = prefix;
      else if (
        value === TABLE_NS ||
        value === TEXT_NS ||
        prefix === this.table ||
        prefix === this.text
      ) {
        this.flush();
        this.off = true;
      }
    }
    return true;
  }

  private isTable(tag: Tag, local: string): boolean {
    return this.table !== undefined && tag.prefix === this.table && tag.local === local;
  }

  private isCell(tag: Tag): boolean {
    return this.isTable(tag, "table-cell") || this.isTable(tag, "covered-table-cell");
  }

  /**
   * How many columns (or rows) an empty cell's (or row's) tag stands for, as the reader counts
   * them; 0 when the tag may say more than that: a value type (a cell's value may be in its
   * attributes alone), a namespace, an entity, an attribute the filter cannot read.
   */
  private emptyRepeat(tag: Tag, what: "columns" | "rows"): number {
    // A run of empty cells writes one tag over and over: it is read once.
    if (this.last[what].tag === tag.whole) return this.last[what].repeat;
    const repeat = this.readRepeat(tag, what);
    this.last[what] = { tag: tag.whole, repeat };
    return repeat;
  }

  private readRepeat(tag: Tag, what: "columns" | "rows"): number {
    if (!WELL_FORMED.test(tag.attrs) || tag.attrs.includes("&") || tag.attrs.includes("xmlns"))
      return 0;
    const count = `${this.table}:number-${what}-repeated`;
    let value: string | undefined;
    const names = new Set<string>();
    for (const [, name, dq, sq] of tag.attrs.matchAll(ATTRIBUTE)) {
      const n = name as string;
      if (names.has(n) || (what === "columns" && n.endsWith("value-type"))) return 0;
      names.add(n);
      if (n === count) value = dq ?? sq;
    }
    return repeatCount(value);
  }
}

/** Whitespace between tags (not a comment or other markup). */
function isSpace(tag: Tag | undefined, whole: string): boolean {
  return tag === undefined && !whole.startsWith("<") && whole.trim() === "";
}

/** A count kept a safe integer: past it, the reader refuses the cells (or counts the rows) as before. */
function sum(a: number, b: number): number {
  return Math.min(a + b, Number.MAX_SAFE_INTEGER);
}
