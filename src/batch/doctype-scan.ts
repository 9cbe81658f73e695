/** What opens a document type declaration, in any case: saxen reads `<!doctype` as one too. */
const DOCTYPE = /<!doctype/i;
/** Bytes kept from a chunk's end, so a declaration cut across two chunks is still seen. */
const CARRY = "<!DOCTYPE".length - 1;

/**
 * A scan of an XML part, chunk by chunk as it is inflated, for a document type declaration
 * anywhere in it. Why anywhere, not only before the root: a declaration after a megabyte of
 * comments was missed when only the first chunk was looked at, and no OOXML or OpenDocument
 * part holds the text `<!DOCTYPE` at all (in text it is written `&lt;!DOCTYPE`). Holds only
 * the last few bytes of the chunk before.
 */
export class DoctypeScan {
  found = false;
  private tail = "";

  push(chunk: Uint8Array): void {
    if (this.found) return;
    const text =
      this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    this.found = DOCTYPE.test(text);
    this.tail = text.slice(-CARRY);
  }
}
