import { basename } from "node:path";
import { STDIN_NAME } from "../load/read-stdin-text.js";
import type { SourceText } from "../load/read-text.js";

/** A file the PDF carries: the letter's source (`--embed-source`). */
export interface Attachment {
  name: string;
  data: Uint8Array;
  /** MIME type, required by PDF/A-3. */
  mime: string;
  description: string;
}

/**
 * The letter's data file, as the PDF carries it with `--embed-source` (`missive extract`);
 * a letter read from standard input is `letter.yaml`, as its outputs are `letter.pdf`.
 */
export function sourceAttachment(source: SourceText): Attachment {
  return {
    name: source.file === STDIN_NAME ? "letter.yaml" : basename(source.file),
    data: Buffer.from(source.text, "utf8"),
    mime: "application/yaml",
    description: "The letter's data (missive source)",
  };
}

/** A mail-merge record, carried beside the base letter's data file. */
export function recordAttachment(data: unknown, line: number): Attachment {
  return {
    name: "record.json",
    data: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8"),
    mime: "application/json",
    description: `The mail-merge record (line ${line} of the records)`,
  };
}
