import { MAX_TAG } from "./sheet-extent.js";

/**
 * A string item's tag (`<si>`, `<x:si …>`), whole: a tag cut by a chunk's end is counted once,
 * in the chunk that ends it.
 */
const STRING_ITEM = /<(?:[\w.-]+:)?si(?:[\s/][^>]*)?>/g;

/**
 * Counts a workbook's shared strings (`<si>` items) as its XML parts are inflated, a chunk at a
 * time, holding none of them. Why: the spreadsheet reader keeps every shared string, whether a
 * sheet names it or not; 580 kB of zip whose shared strings unpack to 14,000,000 items took it
 * 2.5 minutes and 1 GB. Every XML part is counted, as the reader finds the shared strings'
 * part by the workbook's relationships, under any name.
 */
export class SharedStringCount {
  count = 0;
  private carry = "";

  push(chunk: Uint8Array): void {
    const text = this.carry + Buffer.from(chunk).toString("latin1");
    for (const _ of text.matchAll(STRING_ITEM)) this.count++;
    const open = text.lastIndexOf("<");
    this.carry = open >= 0 && !text.includes(">", open) ? text.slice(open) : "";
    // A tag this long is no string item a spreadsheet writes (sheet-extent.ts refuses it).
    if (this.carry.length > MAX_TAG) this.carry = "";
  }
}
