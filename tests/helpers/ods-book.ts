import { strToU8, zipSync } from "fflate";

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(" ");

/** Parts of an .ods to change from the plain one `odsBook` writes. */
export interface OdsParts {
  /** XML inside office:automatic-styles of content.xml. */
  styles?: string;
  /** XML inside office:styles of styles.xml (named styles). */
  named?: string;
  mimetype?: string;
  /** A part's bytes given whole, or null to leave it out. */
  raw?: Record<string, Uint8Array | null>;
}

/** A string cell, as LibreOffice writes one. */
export const text = (s: string) =>
  `<table:table-cell office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;

/** An .ods whose spreadsheet holds `tables` (table:table elements' XML), as a zip. */
export function odsBook(tables: string, parts: OdsParts = {}): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:automatic-styles>${parts.styles ?? ""}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.3"><office:styles><style:style style:name="Default" style:family="table-cell"/>${parts.named ?? ""}</office:styles></office:document-styles>`;
  const files: Record<string, Uint8Array> = {
    mimetype: strToU8(parts.mimetype ?? "application/vnd.oasis.opendocument.spreadsheet"),
    "content.xml": strToU8(content),
    "styles.xml": strToU8(styles),
  };
  for (const [name, bytes] of Object.entries(parts.raw ?? {}))
    if (bytes === null) delete files[name];
    else files[name] = bytes;
  return zipSync(files);
}

/** A sheet named `name` of rows of cells' XML. */
export function odsTable(name: string, rows: string[][], row = "<table:table-row>"): string {
  return `<table:table table:name="${name}">${rows.map((r) => `${row}${r.join("")}</table:table-row>`).join("")}</table:table>`;
}
