/**
 * Just enough of PDF's object syntax to read a stream's dictionary: what its filters are and
 * how they are set. Why not pdf.js: the diff's stream guard must know what a stream unpacks to
 * before pdf.js unpacks it, and pdf.js offers no way to look without unpacking.
 */
export type PdfValue =
  | number
  | { name: string }
  | { ref: string }
  | PdfValue[]
  | Map<string, PdfValue>
  | "other";

const WHITE: ReadonlySet<number> = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM: ReadonlySet<number> = new Set([
  0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25,
]);

/** Nesting past this is not a stream dictionary a PDF writer makes (and would cost stack). */
const MAX_DEPTH = 64;

/** Reads PDF objects from `raw`, one after another from `at`. */
export class PdfReader {
  constructor(
    private readonly raw: Buffer,
    public at: number,
  ) {}

  /** The next value, or undefined where none can be read (the end, or a stray delimiter). */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const c = this.skipBlank();
    const raw = this.raw;
    if (c === undefined) return undefined;
    if (c === 0x2f) return { name: this.name() };
    if (c === 0x28) return this.skipString();
    if (c === 0x3c && raw[this.at + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.skipHex();
    if (c === 0x5b) return this.array(depth);
    const word = this.word();
    if (word === "") return undefined;
    const n = Number(word);
    if (!Number.isFinite(n)) return "other";
    // `5 0 R`: a reference; anything else after a number is read on its own.
    const back = this.at;
    const gen = this.word(true);
    if (/^\d+$/.test(word) && /^\d+$/.test(gen) && this.word(true) === "R")
      return { ref: `${word} ${gen}` };
    this.at = back;
    return n;
  }

  /** Moves past blanks and comments; the next byte, or undefined at the end. */
  skipBlank(): number | undefined {
    const raw = this.raw;
    while (this.at < raw.length) {
      const c = raw[this.at] as number;
      if (c === 0x25) {
        while (this.at < raw.length && raw[this.at] !== 0x0a && raw[this.at] !== 0x0d) this.at++;
      } else if (WHITE.has(c)) this.at++;
      else return c;
    }
    return undefined;
  }

  private dict(depth: number): Map<string, PdfValue> | undefined {
    this.at += 2;
    const out = new Map<string, PdfValue>();
    for (;;) {
      const c = this.skipBlank();
      if (c === 0x3e && this.raw[this.at + 1] === 0x3e) {
        this.at += 2;
        return out;
      }
      if (c !== 0x2f) return undefined;
      const key = this.name();
      const v = this.value(depth + 1);
      if (v === undefined) return undefined;
      out.set(key, v);
    }
  }

  private array(depth: number): PdfValue[] | undefined {
    this.at++;
    const out: PdfValue[] = [];
    for (;;) {
      if (this.skipBlank() === 0x5d) {
        this.at++;
        return out;
      }
      const v = this.value(depth + 1);
      if (v === undefined) return undefined;
      out.push(v);
    }
  }

  /** A name after its `/`, its #xx escapes read as pdf.js reads them. */
  private name(): string {
    this.at++;
    return this.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) =>
      String.fromCharCode(Number.parseInt(h, 16)),
    );
  }

  private word(skip = false): string {
    if (skip) this.skipBlank();
    const start = this.at;
    const raw = this.raw;
    while (this.at < raw.length) {
      const c = raw[this.at] as number;
      if (WHITE.has(c) || DELIM.has(c)) break;
      this.at++;
    }
    return raw.toString("latin1", start, this.at);
  }

  private skipString(): "other" | undefined {
    const raw = this.raw;
    let depth = 0;
    for (; this.at < raw.length; this.at++) {
      const c = raw[this.at];
      if (c === 0x5c) this.at++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) {
        this.at++;
        return "other";
      }
    }
    return undefined;
  }

  private skipHex(): "other" | undefined {
    const end = this.raw.indexOf(0x3e, this.at);
    if (end < 0) return undefined;
    this.at = end + 1;
    return "other";
  }
}
