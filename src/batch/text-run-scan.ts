/**
 * The longest run of bytes between two tags of an XML part (a text node, or white space),
 * measured chunk by chunk as the part is inflated, holding none of it. Why: the spreadsheet
 * reader feeds its XML parser in slices and buffers a text node it has not seen the end of,
 * copying it again for each slice; a cell of 50 MB (a workbook of 50 kB) took 80 s and 900 MB,
 * then overflowed its stack.
 */
export class TextRunScan {
  longest = 0;
  private run = 0;
  private inTag = false;

  push(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.inTag) {
        const end = chunk.indexOf(0x3e, at); // >
        if (end < 0) return;
        this.inTag = false;
        this.run = 0;
        at = end + 1;
        continue;
      }
      const open = chunk.indexOf(0x3c, at); // <
      const stop = open < 0 ? chunk.length : open;
      this.run += stop - at;
      if (this.run > this.longest) this.longest = this.run;
      if (open < 0) return;
      this.inTag = true;
      at = open + 1;
    }
  }
}
