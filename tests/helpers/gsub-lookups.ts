/**
 * A GSUB table whose feature `ccmp` (which shapers apply to any script) runs lookup 0, and
 * whose lookups are contextual (type 5, format 3) over every glyph: lookup i applies, at the
 * glyph it matches, the lookups `calls[i]` lists. `[[0]]` is a lookup that applies itself.
 */
export function contextualGsub(calls: number[][], numGlyphs: number): Uint8Array {
  const out: number[] = [];
  const u16 = (...xs: number[]) => {
    for (const x of xs) out.push((x >> 8) & 255, x & 255);
  };
  const tag = (t: string) => out.push(...[...t].map((c) => c.charCodeAt(0)));
  u16(1, 0, 10, 0, 0); // version 1.0; script, feature and lookup lists (the last two set below)
  u16(1); // one script, DFLT, its table 8 bytes on
  tag("DFLT");
  u16(8);
  u16(4, 0); // the script's default language system, 4 bytes on; no other
  u16(0, 0xffff, 1, 0); // which uses feature 0
  const features = out.length;
  u16(1); // one feature, ccmp, its table 8 bytes on: lookup 0
  tag("ccmp");
  u16(8, 0, 1, 0);
  const lookups = out.length;
  u16(calls.length);
  const sizes = calls.map((c) => 8 + 8 + 4 * c.length + 10);
  let at = 2 + 2 * calls.length;
  for (const size of sizes) {
    u16(at);
    at += size;
  }
  for (const c of calls) {
    u16(5, 0, 1, 8); // type 5, no flags, one subtable 8 bytes on
    u16(3, 1, c.length, 8 + 4 * c.length); // format 3: one glyph, its coverage after the calls
    for (const lookup of c) u16(0, lookup);
    u16(2, 1, 0, numGlyphs - 1, 0); // coverage: every glyph
  }
  const bytes = Uint8Array.from(out);
  const view = new DataView(bytes.buffer);
  view.setUint16(6, features);
  view.setUint16(8, lookups);
  return bytes;
}
