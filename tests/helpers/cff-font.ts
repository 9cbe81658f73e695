import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sfntFromTables } from "../../src/layout/sfnt-tables.js";
import { tableOffset } from "./sfnt-table.js";

/**
 * An OpenType/CFF font made from a TrueType one for tests (no CFF font ships with the
 * project's packages, and fonttools is not at hand): the TrueType file's tables, with `glyf`
 * and `loca` renamed out of the way, and a `CFF ` table whose glyph `id` is drawn by
 * `charstring(id)`, calling the global subroutines `gsubrs`. Charstrings are Type 2 bytes;
 * `cffNumber` writes a small operand, `callgsubr` a call of a subroutine by its index.
 */
export function cffFont(
  ttf: string,
  dir: string,
  name: string,
  charstring: (id: number) => number[],
  gsubrs: number[][],
): string {
  const bytes = readFileSync(ttf);
  const numGlyphs = bytes.readUInt16BE(tableOffset(bytes, "maxp") + 4);
  const cff = cffTable(
    Array.from({ length: numGlyphs }, (_, id) => charstring(id)),
    gsubrs,
  );
  const path = join(dir, name);
  writeFileSync(path, withTables(bytes, { "CFF ": cff }, { glyf: "glyx", loca: "locx" }));
  return path;
}

/** A Type 2 operand of -107 to 107, as one byte. */
export const cffNumber = (n: number): number => n + 139;

/** The bytes calling global subroutine `index` (of fewer than 1,240: its bias is 107). */
export const callgsubr = (index: number): number[] => [cffNumber(index - 107), 29];

export const RETURN = 11;
export const ENDCHAR = 14;
/** A square of 100 units (rmoveto, rlineto) ending where it starts, a plain glyph's charstring. */
export const SQUARE = [
  ...[0, 0].map(cffNumber),
  21,
  ...[100, 0, 0, 100, -100, 0, 0, -100].map(cffNumber),
  5,
  ENDCHAR,
];

/** The file again with tables added and some renamed (sfntFromTables sorts them). */
function withTables(
  bytes: Buffer,
  added: Record<string, Buffer>,
  renamed: Record<string, string>,
): Uint8Array {
  const count = bytes.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const tag = bytes.toString("latin1", 12 + 16 * i, 16 + 16 * i);
    const at = bytes.readUInt32BE(20 + 16 * i);
    return {
      tag: renamed[tag] ?? tag,
      data: bytes.subarray(at, at + bytes.readUInt32BE(24 + 16 * i)),
    };
  });
  const more = Object.entries(added).map(([tag, data]) => ({ tag, data }));
  return sfntFromTables(0x4f54544f, [...tables, ...more]); // OTTO
}

/** A CFF INDEX of the given items, its offsets four bytes each. */
function cffIndex(items: Buffer[]): Buffer {
  if (items.length === 0) return Buffer.from([0, 0]);
  const offsets = Buffer.alloc(4 * (items.length + 1));
  let at = 1;
  items.forEach((item, i) => {
    offsets.writeUInt32BE(at, 4 * i);
    at += item.length;
  });
  offsets.writeUInt32BE(at, 4 * items.length);
  const count = Buffer.alloc(3);
  count.writeUInt16BE(items.length, 0);
  count[2] = 4;
  return Buffer.concat([count, offsets, ...items]);
}

/** A DICT operand as a five-byte integer, so offsets can be written before they are known. */
function dictInt(n: number): Buffer {
  const b = Buffer.alloc(5);
  b[0] = 29;
  b.writeInt32BE(n, 1);
  return b;
}

/**
 * A bare CFF table: a name, a Top DICT naming the charstrings and an empty Private DICT, no
 * strings, the global subroutines, and one charstring per glyph.
 */
function cffTable(charstrings: number[][], gsubrs: number[][]): Buffer {
  const header = Buffer.from([1, 0, 4, 4]);
  const names = cffIndex([Buffer.from("Hostile")]);
  const strings = cffIndex([]);
  const globals = cffIndex(gsubrs.map((s) => Buffer.from(s)));
  const glyphs = cffIndex(charstrings.map((s) => Buffer.from(s)));
  const privateDict = Buffer.from([cffNumber(0), 21]); // nominalWidthX 0
  // The Top DICT's size does not depend on the offsets it holds (each five bytes).
  const topOf = (charStrings: number, priv: number) =>
    Buffer.concat([
      dictInt(charStrings),
      Buffer.from([17]),
      dictInt(privateDict.length),
      dictInt(priv),
      Buffer.from([18]),
    ]);
  const topSize = cffIndex([topOf(0, 0)]).length;
  const charStrings = header.length + names.length + topSize + strings.length + globals.length;
  const priv = charStrings + glyphs.length;
  const top = cffIndex([topOf(charStrings, priv)]);
  return Buffer.concat([header, names, top, strings, globals, glyphs, privateDict]);
}
