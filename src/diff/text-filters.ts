/**
 * PDF's filters that are not compression libraries (LZW, ASCII85, ASCIIHex, RunLength), decoded
 * as pdf.js decodes them, stopping once the output passes `max` bytes. Why decode: the diff's
 * stream guard must know what each stage of a filter chain gives the next one, and LZW or
 * RunLength may give thousands of times what it was given.
 */
export type Decoder = (data: Uint8Array, max: number) => Uint8Array;

/** Bytes gathered up to a limit, in one buffer grown as needed. */
class Output {
  bytes = new Uint8Array(1024);
  length = 0;
  constructor(private readonly max: number) {}
  get full(): boolean {
    return this.length > this.max;
  }
  push(b: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

const blank = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0;

export const asciiHex: Decoder = (data, max) => {
  const out = new Output(max);
  let high = -1;
  for (const c of data) {
    if (c === 0x3e || out.full) break;
    const d = hexDigit(c);
    if (d < 0) continue;
    if (high < 0) high = d;
    else {
      out.push(high * 16 + d);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return out.done();
};

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
}

export const ascii85: Decoder = (data, max) => {
  const out = new Output(max);
  const group: number[] = [];
  for (const c of data) {
    if (c === 0x7e || out.full) break;
    if (blank(c)) continue;
    if (c === 0x7a && group.length === 0) {
      for (let i = 0; i < 4; i++) out.push(0);
      continue;
    }
    if (c < 0x21 || c > 0x75) break;
    group.push(c - 0x21);
    if (group.length === 5) {
      pushGroup(out, group, 4);
      group.length = 0;
    }
  }
  if (group.length > 1) {
    const n = group.length - 1;
    while (group.length < 5) group.push(84);
    pushGroup(out, group, n);
  }
  return out.done();
};

function pushGroup(out: Output, group: number[], n: number): void {
  const v = group.reduce((t, d) => t * 85 + d, 0);
  for (let i = 0; i < n; i++) out.push(Math.floor(v / 256 ** (3 - i)) % 256);
}

export const runLength: Decoder = (data, max) => {
  const out = new Output(max);
  for (let i = 0; i < data.length && !out.full; ) {
    const n = data[i++] as number;
    if (n === 128) break;
    if (n < 128) for (let k = 0; k <= n && i < data.length; k++) out.push(data[i++] as number);
    else if (i < data.length) {
      const b = data[i++] as number;
      for (let k = 0; k < 257 - n; k++) out.push(b);
    }
  }
  return out.done();
};

/**
 * LZW with 9- to 12-bit codes, step for step as pdf.js reads it (a code past the table repeats
 * the last string and its first byte); `early`: the EarlyChange parameter.
 */
export function lzw(early: number): Decoder {
  return (data, max) => {
    const out = new Output(max);
    const values = new Uint8Array(4096);
    const lengths = new Uint16Array(4096);
    const prevCodes = new Uint16Array(4096);
    for (let i = 0; i < 256; i++) {
      values[i] = i;
      lengths[i] = 1;
    }
    const seq = new Uint8Array(4096);
    let seqLength = 0;
    let next = 258;
    let bits = 9;
    let prev = 0;
    let cached = 0;
    let held = 0;
    let at = 0;
    while (!out.full) {
      while (held < bits && at < data.length) {
        cached = ((cached << 8) | (data[at++] as number)) & 0xffffff;
        held += 8;
      }
      if (held < bits) break;
      held -= bits;
      const code = (cached >>> held) & ((1 << bits) - 1);
      const hasPrev = seqLength > 0;
      if (code < 256) {
        seq[0] = code;
        seqLength = 1;
      } else if (code >= 258) {
        if (code < next) {
          seqLength = lengths[code] as number;
          for (let j = seqLength - 1, q = code; j >= 0; j--, q = prevCodes[q] as number)
            seq[j] = values[q] as number;
        } else if (seqLength < 4096) seq[seqLength++] = seq[0] as number;
      } else if (code === 256) {
        bits = 9;
        next = 258;
        seqLength = 0;
        continue;
      } else break;
      if (hasPrev) {
        if (next < 4096) {
          prevCodes[next] = prev;
          lengths[next] = (lengths[prev] as number) + 1;
          values[next] = seq[0] as number;
        }
        next++;
        const n = next + early;
        if ((n & (n - 1)) === 0) bits = Math.min(Math.log2(n) + 1, 12);
      }
      prev = code;
      for (let j = 0; j < seqLength; j++) out.push(seq[j] as number);
    }
    return out.done();
  };
}
