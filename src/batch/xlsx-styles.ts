import type { WorkbookPart } from "./xlsx-guard.js";
import { type OnElement, readPartXml } from "./xlsx-part-xml.js";

/**
 * Cell styles and number formats read from a workbook's styles. Why a limit: Excel holds at
 * most 64,000 cell styles; a workbook with more was not written by a spreadsheet, and a cell
 * of a style beyond it reads as General (its plain value).
 */
export const MAX_XLSX_STYLES = 65_536;
/** Excel's own limit on a number format's code; a longer one is read as General. */
const MAX_FORMAT_CODE = 255;
/**
 * Number formats a workbook may write itself. Why: Excel keeps 200 to 250, and each is read
 * once it shows a number; a cell of a format past the limit reads as General.
 */
export const MAX_XLSX_FORMATS = 1_000;
/** The built-in number formats (ECMA-376 18.8.30), numbered 0–49, and 50–81 in East Asian Excel. */
const LAST_BUILT_IN = 81;

/** What a workbook says about its sheets and how its cells show numbers. */
export interface WorkbookStyles {
  /** Every sheet's name, in the workbook's order (its tabs'). */
  sheetNames: string[];
  /** The worksheet part of each sheet, by the sheet's name (the first of a name). */
  sheetParts: Map<string, string>;
  /** Each cell style's number format id (a style's `s` is its index). */
  styleFormats: number[];
  /** The format codes the workbook writes itself, by id. */
  formatCodes: Map<number, string>;
  /** The workbook counts days from 1904 (old Mac Excel), not 1900. */
  epoch1904: boolean;
}

const RELATIONSHIPS = /\/(worksheet|styles)$/;

/**
 * Reads the workbook's sheet list, its relationships and its styles (ECMA-376 Part 1, 18.2
 * and 18.8) as the spreadsheet reader finds them: `xl/workbook.xml`, its relationships, and
 * the styles part they name (else `xl/styles.xml`). A part that is missing says nothing: a
 * workbook without styles shows every number as General.
 */
export async function workbookStyles(
  parts: Map<string, WorkbookPart>,
  label: string,
): Promise<WorkbookStyles> {
  const read = async (name: string, open: OnElement) => {
    const part = parts.get(name);
    if (part) await readPartXml(part, label, open);
  };
  const styles: WorkbookStyles = {
    sheetNames: [],
    sheetParts: new Map(),
    styleFormats: [],
    formatCodes: new Map(),
    epoch1904: false,
  };
  const sheetIds: [string, string][] = [];
  await read("xl/workbook.xml", (name, a) => {
    if (name === "workbookPr" && a.date1904 !== undefined)
      styles.epoch1904 = a.date1904 === "1" || a.date1904 === "true";
    if (name === "sheet" && a.name !== undefined && a.id !== undefined)
      sheetIds.push([a.name, a.id]);
  });
  const targets = new Map<string, string>();
  let stylesPart = "xl/styles.xml";
  await read("xl/_rels/workbook.xml.rels", (name, a) => {
    const kind = name === "Relationship" ? RELATIONSHIPS.exec(a.Type ?? "")?.[1] : undefined;
    if (kind === undefined || a.Target === undefined) return;
    const path = a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`;
    if (kind === "styles") stylesPart = path;
    else if (a.Id !== undefined) targets.set(a.Id, path);
  });
  for (const [name, id] of sheetIds) {
    styles.sheetNames.push(name);
    const target = targets.get(id);
    if (target !== undefined && !styles.sheetParts.has(name)) styles.sheetParts.set(name, target);
  }
  await readStyles(parts.get(stylesPart), label, styles);
  return styles;
}

/**
 * The number format of each cell style (`cellXfs`), which takes its base style's
 * (`cellStyleXfs`) when it names none, and the workbook's own format codes (`numFmts`).
 */
async function readStyles(
  part: WorkbookPart | undefined,
  label: string,
  into: WorkbookStyles,
): Promise<void> {
  if (!part) return;
  const base: (number | undefined)[] = [];
  const own: { id?: number; base?: number }[] = [];
  let list: "base" | "cell" | undefined;
  const open: OnElement = (name, a) => {
    if (name === "cellStyleXfs" || name === "cellXfs") list = name === "cellXfs" ? "cell" : "base";
    else if (name === "numFmt") {
      const id = wholeNumber(a.numFmtId);
      const code = a.formatCode;
      if (id !== undefined && code !== undefined && code.length <= MAX_FORMAT_CODE)
        if (into.formatCodes.size < MAX_XLSX_FORMATS || into.formatCodes.has(id))
          into.formatCodes.set(id, code);
    } else if (name === "xf" && list === "base" && base.length < MAX_XLSX_STYLES)
      base.push(wholeNumber(a.numFmtId));
    else if (name === "xf" && list === "cell" && own.length < MAX_XLSX_STYLES)
      own.push({ id: wholeNumber(a.numFmtId), base: wholeNumber(a.xfId) });
  };
  open.close = (name) => {
    if (name === "cellStyleXfs" || name === "cellXfs") list = undefined;
  };
  await readPartXml(part, label, open);
  into.styleFormats = own.map((xf) => xf.id ?? (xf.base === undefined ? 0 : base[xf.base]) ?? 0);
}

/** A count or id as the XML writes it, or undefined when it is none. */
function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return undefined;
  return Number(text);
}

/** The format code of a number format id: the workbook's own, else the built-in one. */
export function formatCode(
  styles: WorkbookStyles,
  id: number,
  builtIn: (id: number) => string,
): string | undefined {
  const own = styles.formatCodes.get(id);
  if (own !== undefined) return own;
  return id <= LAST_BUILT_IN ? builtIn(id) : undefined;
}
