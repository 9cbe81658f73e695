import { SaxesParser } from "saxes";
import { fail } from "../errors.js";
import { inflatedSize } from "../inflated-size.js";
import { saxesMessage } from "../saxes-message.js";
import { MAX_XLSX_UNPACKED, type WorkbookPart } from "./xlsx-guard.js";

/**
 * Is given each element of a part as it opens: its name and attributes without namespace
 * prefixes; and, with `close`, its name as it closes.
 */
export interface OnElement {
  (name: string, attrs: Record<string, string>): void;
  close?: (name: string) => void;
}

/**
 * Reads a workbook part's XML as it is inflated, a megabyte at a time, giving `open` each
 * element; malformed XML is a data error naming the part, its line and column. Why prefixes
 * are dropped (`x:c` is `c`, `r:id` is `id`): a workbook may write either, and the spreadsheet
 * reader takes both alike. Why a streaming parse: a styles part may unpack to a few hundred
 * megabytes, which the spreadsheet reader already holds once.
 */
export async function readPartXml(
  part: WorkbookPart,
  label: string,
  open: OnElement,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: string | undefined;
  parser.on("error", (e) => {
    error ??= `${part.name}:${parser.line}:${parser.column}: ${saxesMessage(e).replace(/\.$/, "")}`;
  });
  parser.on("opentag", (tag) => {
    if (error === undefined) open(localName(tag.name), localAttributes(tag.attributes));
  });
  const close = open.close;
  if (close)
    parser.on("closetag", (tag) => {
      if (error === undefined) close(localName(tag.name));
    });
  const decoder = new TextDecoder();
  const take = (chunk: Uint8Array) => {
    if (error === undefined) parser.write(decoder.decode(chunk, { stream: true }));
  };
  if (part.stored) take(part.bytes);
  else await inflatedSize(part.bytes, MAX_XLSX_UNPACKED, { raw: true, seen: take });
  if (error === undefined) parser.write(decoder.decode()).close();
  if (error !== undefined)
    throw fail("data", `not a readable .xlsx workbook: ${error}`, { file: label }, [
      "save it from the spreadsheet as Excel Workbook (.xlsx), or as CSV",
    ]);
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The attributes by local name; namespace declarations are left out (`xmlns:r` is no `r`). */
function localAttributes(attrs: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(attrs))
    if (name !== "xmlns" && !name.startsWith("xmlns:") && typeof value === "string")
      out[localName(name)] = value;
  return out;
}
