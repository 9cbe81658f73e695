import { fail } from "../errors.js";
import {
  AddressSpaceTooSmall,
  type HarfBuzz,
  type HbFont,
  type HbShaped,
  loadHarfBuzzWasm,
} from "./hb-wasm.js";

/**
 * Text shaping with HarfBuzz (compiled to WebAssembly, from the harfbuzzjs package; bound in
 * hb-wasm.ts). Why not fontkit's own shaper: for Latin text both give the same glyphs and
 * positions, but fontkit's runs as interpreted JavaScript on a cold start (about 100 µs a
 * word) and costs 25–35 µs a word even when hot; HarfBuzz costs a few µs, and shapes complex
 * scripts as the reference shaper does. fontkit still parses the fonts, measures glyphs and
 * subsets them for the PDF.
 */
export type { HbShaped };

let loader: (() => Promise<HarfBuzz>) | undefined = loadHarfBuzzWasm;
let hb: HarfBuzz | undefined;
let loading: Promise<void> | undefined;
const hbFonts = new Map<string, HbFont>();

/** Loads HarfBuzz once per thread; a render awaits this before it lays text out. */
export function loadHarfBuzz(): Promise<void> {
  if (hb || !loader) return Promise.resolve();
  const from = loader;
  // Through a promise, so a loader that throws (a file not found) is reported the same way.
  loading ??= Promise.resolve()
    .then(from)
    .then(
      (h) => {
        hb = h;
      },
      (e: unknown) => {
        loading = undefined;
        // Node's "Require stack" lines below the first say nothing a user can act on.
        const why = String((e as Error).message).split("\n")[0];
        if (e instanceof AddressSpaceTooSmall)
          throw fail("resources", `cannot load HarfBuzz, the text shaper: ${why}`, {}, [
            "raise the address-space limit (ulimit -v unlimited): WebAssembly reserves about 10 GB of it, though it uses little",
          ]);
        throw fail("internal", `cannot load HarfBuzz, the text shaper: ${why}`, {}, [
          "reinstall missive's dependencies (npm ci)",
        ]);
      },
    );
  return loading;
}

/**
 * Says how to load HarfBuzz, or, with `undefined`, that fontkit shapes instead. Why the latter:
 * a startup snapshot cannot hold WebAssembly, so its warm-up shapes with fontkit and drops
 * what it shaped (see startup/snapshot-entry.ts).
 */
export function useHarfBuzzLoader(load: (() => Promise<HarfBuzz>) | undefined): void {
  loader = load;
  hb = undefined;
  loading = undefined;
  hbFonts.clear();
}

/** Whether text is shaped by fontkit (only while a startup snapshot is built). */
export function shapingWithFontkit(): boolean {
  if (hb) return false;
  if (!loader) return true;
  throw new Error("HarfBuzz was not loaded before text was shaped (await loadHarfBuzz())");
}

/** Shapes text with the font file's default features, as fontkit's `layout(text)` would. */
export function hbShape(path: string, bytes: Uint8Array, text: string): HbShaped {
  if (!hb) throw new Error("HarfBuzz was not loaded before text was shaped");
  let font = hbFonts.get(path);
  if (!font) {
    font = hb.font(bytes);
    hbFonts.set(path, font);
  }
  return hb.shape(font, text);
}

/** Forgets the HarfBuzz font of a font file that changed, and frees its memory. */
export function forgetHbFont(path: string): void {
  const font = hbFonts.get(path);
  if (font && hb) hb.drop(font);
  hbFonts.delete(path);
}
