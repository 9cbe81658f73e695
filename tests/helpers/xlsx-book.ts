import { strToU8, zipSync } from "fflate";

/**
 * A cell: text (inline), a number, TRUE or FALSE, a number shown in a number format (a code,
 * or a built-in format's id), or nothing.
 */
export type Cell = string | number | boolean | null | Formatted | Shared;
export interface Formatted {
  n: number;
  format: string | number;
}
/** A cell holding shared string `shared` (0-based) of the workbook's `sharedStrings`. */
export interface Shared {
  shared: number;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const xmlText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Column `j` (0-based) as a cell reference's letters, A…Z, AA…ZZ (enough for tests). */
const col = (j: number): string =>
  (j >= 26 ? col(Math.floor(j / 26) - 1) : "") + String.fromCharCode(65 + (j % 26));

function cell(ref: string, v: Cell, styles: Styles): string {
  if (v === null) return "";
  if (typeof v === "object" && "shared" in v) return `<c r="${ref}" t="s"><v>${v.shared}</v></c>`;
  if (typeof v === "object") return `<c r="${ref}" s="${styles.of(v.format)}"><v>${v.n}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/** The cell styles the cells use: style 0 is General; each format gets one of its own. */
class Styles {
  readonly formats: (string | number)[] = [];
  of(format: string | number): number {
    const at = this.formats.indexOf(format);
    return at < 0 ? this.formats.push(format) : at + 1;
  }
  xml(): string {
    const codes = this.formats
      .map((f, i) =>
        typeof f === "string" ? `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>` : "",
      )
      .join("");
    const xfs = this.formats
      .map(
        (f, i) => `<xf numFmtId="${typeof f === "string" ? 164 + i : f}" applyNumberFormat="1"/>`,
      )
      .join("");
    return `${XML}<styleSheet xmlns="${MAIN}"><numFmts>${codes}</numFmts><cellXfs><xf numFmtId="0"/>${xfs}</cellXfs></styleSheet>`;
  }
}

function sheetXml(rows: Cell[][], styles: Styles): string {
  const body = rows
    .map(
      (row, i) =>
        `<row r="${i + 1}">${row.map((v, j) => cell(`${col(j)}${i + 1}`, v, styles)).join("")}</row>`,
    )
    .join("");
  return `${XML}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * A minimal .xlsx workbook (inline strings), sheets in the order given, each a list of rows
 * from row 1 on: what tests/fixtures/xlsx/make-xlsx.py writes, made in the test itself. With
 * formatted numbers it has styles (`xl/styles.xml`), as a spreadsheet writes them; with
 * `sharedStrings`, that part, which `{ shared: i }` cells name.
 */
export function xlsxBook(sheets: Record<string, Cell[][]>, sharedStrings?: string[]): Uint8Array {
  const names = Object.keys(sheets);
  const types = names
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${XML}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `${XML}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
  };
  const styles = new Styles();
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheets[n] ?? [], styles));
  });
  const stylesRel =
    styles.formats.length > 0
      ? `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`
      : "";
  if (stylesRel) files["xl/styles.xml"] = strToU8(styles.xml());
  const sharedRel = sharedStrings
    ? `<Relationship Id="rIdShared" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : "";
  if (sharedStrings)
    files["xl/sharedStrings.xml"] = strToU8(
      `${XML}<sst xmlns="${MAIN}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join("")}</sst>`,
    );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${XML}<Relationships xmlns="${PKG}/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}${stylesRel}${sharedRel}</Relationships>`,
  );
  return zipSync(files);
}
