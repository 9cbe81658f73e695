import type * as HarfBuzzModule from "harfbuzzjs";
import { fail } from "../errors.js";

/**
 * Text shaping with HarfBuzz (compiled to WebAssembly, the harfbuzzjs package). Why not
 * fontkit's own shaper: for Latin text both give the same glyphs and positions, but fontkit's
 * runs as interpreted JavaScript on a cold start (about 100 µs a word) and costs 25–35 µs a
 * word even when hot; HarfBuzz costs a few µs, and shapes complex scripts as the reference
 * shaper does. fontkit still parses the fonts, measures glyphs and subsets them for the PDF.
 */
export type HarfBuzz = typeof HarfBuzzModule;

/** One shaped text, in font units: glyph ids, their clusters (UTF-16 offsets), positions. */
export interface HbShaped {
  ids: number[];
  clusters: number[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

let importer: (() => Promise<HarfBuzz>) | undefined = () => import("harfbuzzjs");
let hb: HarfBuzz | undefined;
let loading: Promise<void> | undefined;
let buffer: InstanceType<HarfBuzz["Buffer"]> | undefined;
const hbFonts = new Map<string, InstanceType<HarfBuzz["Font"]>>();

/** Loads HarfBuzz once per thread; a render awaits this before it lays text out. */
export function loadHarfBuzz(): Promise<void> {
  if (hb || !importer) return Promise.resolve();
  const from = importer;
  // Through a promise, so an importer that throws (a package not found) is reported the same way.
  loading ??= Promise.resolve()
    .then(from)
    .then(
      (m) => {
        hb = m;
      },
      (e: unknown) => {
        loading = undefined;
        // Node's "Require stack" lines below the first say nothing a user can act on.
        const why = String((e as Error).message).split("\n")[0];
        throw fail("internal", `cannot load HarfBuzz, the text shaper: ${why}`, {}, [
          "reinstall missive's dependencies (npm ci)",
        ]);
      },
    );
  return loading;
}

/**
 * Says how to import harfbuzzjs (a process started from the startup snapshot cannot use
 * `import()` directly), or, with `undefined`, that fontkit shapes instead. Why the latter: a
 * startup snapshot cannot hold WebAssembly, so its warm-up shapes with fontkit and drops what
 * it shaped (see startup/snapshot-entry.ts).
 */
export function useHarfBuzzImporter(load: (() => Promise<HarfBuzz>) | undefined): void {
  importer = load;
  hb = undefined;
  loading = undefined;
  buffer = undefined;
  hbFonts.clear();
}

/** Whether text is shaped by fontkit (only while a startup snapshot is built). */
export function shapingWithFontkit(): boolean {
  if (hb) return false;
  if (!importer) return true;
  throw new Error("HarfBuzz was not loaded before text was shaped (await loadHarfBuzz())");
}

/** Shapes text with the font file's default features, as fontkit's `layout(text)` would. */
export function hbShape(path: string, bytes: Uint8Array, text: string): HbShaped {
  if (!hb) throw new Error("HarfBuzz was not loaded before text was shaped");
  let font = hbFonts.get(path);
  if (!font) {
    font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
    hbFonts.set(path, font);
  }
  buffer ??= newBuffer(hb);
  // Empties it and keeps its flags and cluster level (hb_buffer_clear_contents).
  buffer.clearContents();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  return {
    ids: infos.map((g) => g.codepoint),
    clusters: infos.map((g) => g.cluster),
    positions: buffer.getGlyphPositions(),
  };
}

/** The one buffer a thread shapes in, set up once. */
function newBuffer(h: HarfBuzz): InstanceType<HarfBuzz["Buffer"]> {
  const b = new h.Buffer();
  // Each text is whole (fontkit's view too); a mark keeps its own cluster, so its glyph keeps
  // its own character. No dotted circle (◌) before a mark that starts a text: font fallback
  // shapes a mark or variation selector the main font lacks on its own, in another font.
  b.setFlags(h.BufferFlag.BOT | h.BufferFlag.EOT | h.BufferFlag.DO_NOT_INSERT_DOTTED_CIRCLE);
  b.setClusterLevel(h.ClusterLevel.MONOTONE_CHARACTERS);
  return b;
}

/** Forgets the HarfBuzz font of a font file that changed. */
export function forgetHbFont(path: string): void {
  hbFonts.delete(path);
}
