/**
 * The key under which two file names are one file on macOS or Windows, whose file systems
 * (APFS, NTFS) ignore letter case, and APFS the Unicode form: the name composed (NFC), then
 * each character upper-cased and lower-cased alone. Why each alone: `toLowerCase` of a whole
 * name writes a final sigma (`ΣΑΣ` gives `σασ`, `σας` keeps its `ς`). Why both ways:
 * `ſ`, `ı`, `µ` and `ς` are their own lower case, yet upper-case to `S`, `I`, `Μ` and `Σ`,
 * as NTFS compares them. A character whose upper case is two (`ß`, `SS`) keeps its own, as
 * NTFS's table maps one character to one.
 */
export function fileNameKey(name: string): string {
  let key = "";
  for (const ch of name.normalize("NFC")) {
    const upper = ch.toUpperCase();
    key += ([...upper].length === 1 ? upper : ch).toLowerCase();
  }
  return key;
}
