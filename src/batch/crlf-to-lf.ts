import { Transform } from "node:stream";
import { toLf } from "../line-ends.js";
import { namedEncoding, strictUtf8 } from "./strict-utf8.js";

/**
 * UTF-8 text (strictly: strict-utf8.ts), or text in the encoding named, with CRLF line ends,
 * and the lone CR that old Mac programs (Excel for Mac until 2016) end lines with, turned
 * into LF, and a leading byte-order mark dropped; `label` names the file in errors. Why
 * before the CSV parser: it counts a CRLF inside a quoted cell as two lines, which would place
 * every later record's messages a line too far; and a cell's line breaks become the `\n` the
 * rest of missive writes.
 */
export function crlfToLf(label: string, encoding?: string): Transform {
  const decode = encoding ? namedEncoding(encoding, label) : strictUtf8(label, true);
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
    return toLf(t);
  };
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, convert(decode(chunk, false), false));
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        done(null, convert(decode(new Uint8Array(0), true), true));
      } catch (e) {
        done(e as Error);
      }
    },
  });
}
