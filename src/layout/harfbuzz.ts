import { fail } from "../errors.js";
import {
  AddressSpaceTooSmall,
  compileHarfBuzz,
  type HarfBuzz,
  type HbFont,
  type HbShaped,
  instantiateHarfBuzz,
} from "./hb-wasm.js";

/**
 * Text shaping with HarfBuzz (compiled to WebAssembly, from the harfbuzzjs package; bound in
 * hb-wasm.ts). Why not fontkit's own shaper: for Latin text both give the same glyphs and
 * positions, but fontkit's runs as interpreted JavaScript and is several times slower even
 * when hot; HarfBuzz shapes complex scripts as the reference shaper does. fontkit still parses
 * the fonts, measures glyphs and subsets them for the PDF.
 */
export type { HbShaped };

export type HarfBuzzLoader = () => Promise<HarfBuzz>;

/**
 * HarfBuzz for one thread (part of the resources, src/resources.ts): loaded once, with the
 * HarfBuzz fonts made of the font files it shaped.
 */
export class Shaper {
  private hb: HarfBuzz | undefined;
  private loading: Promise<void> | undefined;
  private readonly fonts = new Map<string, HbFont>();
  /** The compiled module: compiling costs more than instantiating. */
  private compiled: Promise<WebAssembly.Module> | undefined;
  private loader: HarfBuzzLoader | undefined;

  /** `fontkit: true` shapes with fontkit until `useLoader` says otherwise (snapshot-entry.ts). */
  constructor(opts: { fontkit?: boolean } = {}) {
    this.loader = opts.fontkit ? undefined : () => this.instantiate();
  }

  /** Loads HarfBuzz once; a render awaits this before it lays text out. */
  load(): Promise<void> {
    if (this.hb || !this.loader) return Promise.resolve();
    const from = this.loader;
    // Through a promise, so a loader that throws (a file not found) is reported the same way.
    this.loading ??= Promise.resolve()
      .then(from)
      .then(
        (h) => {
          this.hb = h;
        },
        (e: unknown) => {
          this.loading = undefined;
          throw cannotLoad(e);
        },
      );
    return this.loading;
  }

  /**
   * Says how to load HarfBuzz: `"wasm"` from harfbuzzjs, `"fontkit"` to let fontkit shape (a
   * startup snapshot cannot hold WebAssembly, so its warm-up shapes with fontkit), or a loader
   * of one's own (tests).
   */
  useLoader(load: "wasm" | "fontkit" | HarfBuzzLoader): void {
    this.loader =
      load === "wasm" ? () => this.instantiate() : load === "fontkit" ? undefined : load;
    this.hb = undefined;
    this.loading = undefined;
    this.fonts.clear();
  }

  /** Whether text is shaped by fontkit (only while a startup snapshot is built). */
  withFontkit(): boolean {
    if (this.hb) return false;
    if (!this.loader) return true;
    throw new Error("HarfBuzz was not loaded before text was shaped (await shaper.load())");
  }

  /**
   * Shapes text with the font file's default features and SHAPING_FEATURES (shaping-features.ts),
   * left to right when `leftToRight` says so, else as HarfBuzz guesses from its script; in the
   * language `lang` (a BCP 47 tag; "" for none).
   */
  shape(path: string, bytes: Uint8Array, text: string, leftToRight = false, lang = ""): HbShaped {
    const hb = this.hb;
    if (!hb) throw new Error("HarfBuzz was not loaded before text was shaped");
    let font = this.fonts.get(path);
    if (!font) {
      font = hb.font(bytes);
      this.fonts.set(path, font);
    }
    return hb.shape(font, text, leftToRight, lang);
  }

  /** Forgets the HarfBuzz font of a font file that changed, and frees its memory. */
  forgetFont(path: string): void {
    const font = this.fonts.get(path);
    if (font && this.hb) this.hb.drop(font);
    this.fonts.delete(path);
  }

  private instantiate(): Promise<HarfBuzz> {
    this.compiled ??= compileHarfBuzz();
    const module = this.compiled;
    // A failed compile (a damaged file) is tried afresh next time, not remembered.
    module.catch(() => {
      if (this.compiled === module) this.compiled = undefined;
    });
    return instantiateHarfBuzz(module);
  }
}

function cannotLoad(e: unknown): Error {
  // Node's "Require stack" lines below the first say nothing a user can act on.
  const why = String((e as Error).message).split("\n")[0];
  if (e instanceof AddressSpaceTooSmall)
    return fail("resources", `cannot load HarfBuzz, the text shaper: ${why}`, {}, [
      "raise the address-space limit (ulimit -v unlimited): WebAssembly reserves about 10 GB of it, though it uses little",
    ]);
  return fail("internal", `cannot load HarfBuzz, the text shaper: ${why}`, {}, [
    "reinstall missive's dependencies (npm ci)",
  ]);
}
