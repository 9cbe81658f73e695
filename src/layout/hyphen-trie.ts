/**
 * Hyphenation patterns (TeX's, as the `hyphen` package ships them) in a compact form, and
 * Liang's algorithm over it, giving the breaks `hyphen`'s own hyphenator gives.
 *
 * Why not that hyphenator: it keeps each language's pattern trie as nested object literals,
 * four megabytes of objects for German, each trie node with a shape of its own, slow to
 * deserialise from the startup snapshot and slower to build in a plain process
 * (docs/benchmarks.md, "Fifth session"). Here a trie is a few typed arrays, made once by
 * `npm run build` (scripts/build-hyphenation.js) and read at once.
 */
export interface HyphenTrie {
  /**
   * Node n's edges are first[n] … first[n+1]-1, sorted by character; edge e leads to node
   * e+1 (the nodes are numbered breadth first, the root 0).
   */
  first: Uint32Array;
  /** Each edge's UTF-16 code unit. */
  chars: Uint16Array;
  /** The pattern ending at node n: an index into levelStart, or -1. */
  levelOf: Int32Array;
  /** Pattern p's levels are levelData[levelStart[p]] … levelData[levelStart[p+1]-1]. */
  levelStart: Uint32Array;
  levelData: Uint8Array;
  /** Words hyphenated by hand: the lower-case word and the offsets it breaks at. */
  exceptions: Map<string, number[]>;
}

/** A node of `hyphen`'s trie: children, a pattern index, or both as [children, index]. */
type SourceNode = { [ch: string]: SourceNode } | number | [{ [ch: string]: SourceNode }, number];
/** A `hyphen/patterns/<lang>.js` module: levels table, trie, and optional exceptions. */
export type SourcePatterns = [number[][], SourceNode, Record<string, number[]>?];

/** Words shorter than this keep whole, as with `hyphen`'s default for missive (6 letters). */
const MIN_WORD = 6;

/** Converts `hyphen`'s patterns (at build time; the result is saved with encodeTrie). */
export function compactTrie(source: SourcePatterns): HyphenTrie {
  const [table, root, exceptions = {}] = source;
  const first = [0];
  const chars: number[] = [];
  const levelOf: number[] = [];
  // Breadth first: each node's edges are contiguous, and edge e is made with node e+1.
  const queue: SourceNode[] = [root];
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n] as SourceNode;
    const children = typeof node === "number" ? {} : Array.isArray(node) ? node[0] : node;
    levelOf.push(typeof node === "number" ? node : Array.isArray(node) ? node[1] : -1);
    const keys = Object.keys(children).sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
    for (const k of keys) {
      if (k.length !== 1) throw new Error(`hyphenation trie edge "${k}" is not one code unit`);
      chars.push(k.charCodeAt(0));
      queue.push(children[k] as SourceNode);
    }
    first.push(chars.length);
  }
  const levelStart = [0];
  const levelData: number[] = [];
  for (const levels of table) {
    levelData.push(...levels);
    levelStart.push(levelData.length);
  }
  return {
    first: Uint32Array.from(first),
    chars: Uint16Array.from(chars),
    levelOf: Int32Array.from(levelOf),
    levelStart: Uint32Array.from(levelStart),
    levelData: Uint8Array.from(levelData),
    exceptions: new Map(Object.entries(exceptions)),
  };
}

/**
 * Splits a word of letters into the pieces it may break between. Mirrors `hyphen`'s
 * hyphenateWord step for step (positions, the dot-padded word, which levels count), so the
 * breaks are the same; except that lower-casing ignores the machine's locale.
 */
export function hyphenateWith(trie: HyphenTrie, word: string): string[] {
  if (word.length < MIN_WORD) return [word];
  const lower = word.toLowerCase();
  const markers = trie.exceptions.get(lower) ?? markersOf(trie, word.length, `.${lower}.`);
  if (markers.length === 0) return [word];
  const parts = [word.slice(0, markers[0])];
  for (let i = 0; i < markers.length; i++) parts.push(word.slice(markers[i], markers[i + 1]));
  return parts;
}

/** The offsets a word breaks at: Liang's odd levels, none in the first or last two places. */
function markersOf(trie: HyphenTrie, length: number, padded: string): number[] {
  const { first, chars, levelOf, levelStart, levelData } = trie;
  // A plain array, as `hyphen` uses: a pattern may write past the end, which extends it
  // with NaN (Math.max of undefined), and NaN is never odd.
  const levels: number[] = new Array(length + 1).fill(0);
  for (let start = 0; start + 3 <= padded.length; start++) {
    // `hyphen` counts positions from the first letter; the leading dot shares position 0.
    const at = start === 0 ? 0 : start - 1;
    let node = 0;
    for (let j = start; j < padded.length; j++) {
      const c = padded.charCodeAt(j);
      let e = first[node] as number;
      const end = first[node + 1] as number;
      while (e < end && chars[e] !== c) e++;
      if (e === end) break;
      node = e + 1;
      const p = levelOf[node] as number;
      if (p < 0) continue;
      for (let k = levelStart[p] as number, i = at; k < (levelStart[p + 1] as number); k++, i++)
        levels[i] = Math.max(levelData[k] as number, levels[i] as number);
    }
  }
  const n = levels.length;
  levels[0] = levels[1] = levels[n - 1] = levels[n - 2] = 0;
  const markers: number[] = [];
  for (let i = 0; i < n; i++) if (((levels[i] as number) & 1) === 1) markers.push(i);
  return markers;
}

const MAGIC = 0x3159484d; // "MHY1"
const HEADER = 5; // u32s: magic, nodes, patterns, level bytes, exception bytes

/**
 * The saved form, one buffer (little-endian, as every target is): the header, then first,
 * levelOf and levelStart (4-byte words), chars (2 bytes), levelData (1 byte), and the
 * exceptions as JSON. Read back as views into the one buffer (copied once only when it does
 * not start at a multiple of four bytes, as decodeTrie says), the exceptions parsed.
 */
export function encodeTrie(trie: HyphenTrie): Buffer {
  const exceptions = Buffer.from(JSON.stringify(Object.fromEntries(trie.exceptions)));
  const nodes = trie.levelOf.length;
  const patterns = trie.levelStart.length - 1;
  const header = Uint32Array.of(MAGIC, nodes, patterns, trie.levelData.length, exceptions.length);
  const parts = [header, trie.first, trie.levelOf, trie.levelStart, trie.chars, trie.levelData];
  return Buffer.concat([
    ...parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
    exceptions,
  ]);
}

export function decodeTrie(file: Uint8Array): HyphenTrie {
  // Views need their element size's alignment; a small file may sit anywhere in Node's pool
  // (a copy: Buffer#slice would share the bytes).
  if (file.byteLength < HEADER * 4) throw new Error("not a missive hyphenation file");
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const { buffer, byteOffset } = bytes;
  const [magic, nodes = 0, patterns = 0, levelBytes = 0, exceptionBytes = 0] = new Uint32Array(
    buffer,
    byteOffset,
    HEADER,
  );
  // A machine of the other byte order would read the magic reversed, and stop here too.
  if (magic !== MAGIC) throw new Error("not a missive hyphenation file");
  const size = HEADER * 4 + (nodes + 1 + nodes + patterns + 1) * 4 + (nodes - 1) * 2;
  if (file.byteLength !== size + levelBytes + exceptionBytes)
    throw new Error(
      `a hyphenation file of ${file.byteLength} bytes, not the ${size + levelBytes + exceptionBytes} its header says`,
    );
  let at = byteOffset + HEADER * 4;
  const take = <T>(make: (at: number) => T, size: number): T => {
    const view = make(at);
    at += size;
    return view;
  };
  const first = take((o) => new Uint32Array(buffer, o, nodes + 1), (nodes + 1) * 4);
  const levelOf = take((o) => new Int32Array(buffer, o, nodes), nodes * 4);
  const levelStart = take((o) => new Uint32Array(buffer, o, patterns + 1), (patterns + 1) * 4);
  const chars = take((o) => new Uint16Array(buffer, o, nodes - 1), (nodes - 1) * 2);
  const levelData = take((o) => new Uint8Array(buffer, o, levelBytes), levelBytes);
  const json = Buffer.from(buffer, at, exceptionBytes).toString("utf8");
  const exceptions = new Map(Object.entries(JSON.parse(json) as Record<string, number[]>));
  return { first, chars, levelOf, levelStart, levelData, exceptions };
}
