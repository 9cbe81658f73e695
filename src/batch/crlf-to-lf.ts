import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * UTF-8 text with CRLF line ends turned into LF, and a leading byte-order mark dropped. Why
 * before the CSV parser: it counts a CRLF inside a quoted cell as two lines, which would place
 * every later record's messages a line too far; and a cell's line breaks become the `\n` the
 * rest of missive writes.
 */
export function crlfToLf(): Transform {
  const decoder = new StringDecoder("utf8");
  let first = true;
  let pendingCr = false;
  const convert = (text: string, end: boolean): string => {
    let t = (pendingCr ? "\r" : "") + text;
    if (first && t !== "") {
      t = t.replace(/^\uFEFF/, "");
      first = false;
    }
    // A CR at a chunk's end may be the first half of a CRLF split between chunks.
    pendingCr = !end && t.endsWith("\r");
    if (pendingCr) t = t.slice(0, -1);
    return t.replace(/\r\n/g, "\n");
  };
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _enc, done) {
      done(null, convert(decoder.write(chunk), false));
    },
    flush(done) {
      done(null, convert(decoder.end(), true));
    },
  });
}
