import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SHAPING_FEATURES } from "./shaping-features.js";

/**
 * HarfBuzz, as the harfbuzzjs package compiles it to WebAssembly, called through HarfBuzz's
 * own C API. Why not harfbuzzjs's JavaScript wrapper: it is an ES module that instantiates the
 * WebAssembly in a top-level await, so a process started from the startup snapshot could reach
 * it only through Node's module loader (an experimental vm option in Node 20;
 * docs/benchmarks.md, "Eighth session").
 * The dozen functions below are HarfBuzz's stable C API; this file is all the glue they need.
 */
interface HbExports {
  memory: WebAssembly.Memory;
  __wasm_call_ctors(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_font_create(face: number): number;
  hb_font_destroy(font: number): void;
  hb_buffer_create(): number;
  hb_buffer_set_flags(buffer: number, flags: number): void;
  hb_buffer_set_cluster_level(buffer: number, level: number): void;
  hb_buffer_clear_contents(buffer: number): void;
  hb_buffer_add_utf16(buffer: number, text: number, length: number, at: number, n: number): void;
  hb_buffer_guess_segment_properties(buffer: number): void;
  hb_language_from_string(text: number, length: number): number;
  hb_buffer_set_language(buffer: number, language: number): void;
  hb_buffer_set_direction(buffer: number, direction: number): void;
  hb_shape(font: number, buffer: number, features: number, count: number): void;
  hb_buffer_get_length(buffer: number): number;
  hb_buffer_get_glyph_infos(buffer: number, length: number): number;
  hb_buffer_get_glyph_positions(buffer: number, length: number): number;
}

/** One shaped text, in font units: glyph ids, their clusters (UTF-16 offsets), positions. */
export interface HbShaped {
  ids: number[];
  clusters: number[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/** A font file's bytes in HarfBuzz's memory, and the font made of them. */
export interface HbFont {
  font: number;
  face: number;
  blob: number;
  data: number;
}

// hb.h's values.
const MEMORY_MODE_READONLY = 1;
const FLAG_BOT = 1;
const FLAG_EOT = 2;
const FLAG_DO_NOT_INSERT_DOTTED_CIRCLE = 16;
const CLUSTER_LEVEL_MONOTONE_CHARACTERS = 1;
const DIRECTION_LTR = 4;
/** hb_glyph_info_t and hb_glyph_position_t are five 32-bit words each. */
const WORDS = 5;
/** hb_feature_t: tag, value, start, end (32-bit words); `end` past any text's end. */
const FEATURE_BYTES = 16;
const ALL_TEXT = 0xffffffff;

/** An OpenType tag as HarfBuzz's 32-bit number (HB_TAG). */
function tagOf(tag: string): number {
  return [...tag].reduce((n, c) => n * 256 + (c.charCodeAt(0) & 0xff), 0) >>> 0;
}

/** Starts compiling HarfBuzz, on V8's background threads. */
export function compileHarfBuzz(): Promise<WebAssembly.Module> {
  return Promise.resolve().then(() => WebAssembly.compile(readFileSync(wasmPath())));
}

/** A fresh instance of HarfBuzz, from its compiled module (layout/harfbuzz.ts keeps that). */
export async function instantiateHarfBuzz(
  module: Promise<WebAssembly.Module> = compileHarfBuzz(),
): Promise<HarfBuzz> {
  const host = hostFunctions();
  const instance = await module
    .then((m) => WebAssembly.instantiate(m, host.imports))
    .catch((e: Error) => {
      throw wasmFailure(e);
    });
  const hb = instance.exports as unknown as HbExports;
  const missing = NEEDED.filter((name) => typeof hb[name] !== "function");
  if (missing.length || !(hb.memory instanceof WebAssembly.Memory))
    throw new Error(
      `harfbuzz.wasm lacks ${missing.join(", ") || "its memory"}: not the build expected`,
    );
  host.attach(hb.memory);
  hb.__wasm_call_ctors();
  return new HarfBuzz(hb);
}

/**
 * Why compiling or instantiating failed. V8 reserves gigabytes of address space for a
 * WebAssembly memory, and code space to compile into; `ulimit -v` can forbid either, which
 * no reinstalling mends.
 */
function wasmFailure(e: Error): Error {
  if (e instanceof RangeError || /out of memory|(cannot|could not) allocate/i.test(e.message))
    return new AddressSpaceTooSmall(
      `the process may not reserve the memory WebAssembly needs (${e.message})`,
    );
  return new Error(`harfbuzz.wasm is not the build expected (${e.message})`);
}

/** HarfBuzz could not load because the process may not reserve enough address space. */
export class AddressSpaceTooSmall extends Error {}

const NEEDED = [
  "__wasm_call_ctors",
  "malloc",
  "free",
  "hb_blob_create",
  "hb_blob_destroy",
  "hb_face_create",
  "hb_face_destroy",
  "hb_font_create",
  "hb_font_destroy",
  "hb_buffer_create",
  "hb_buffer_set_flags",
  "hb_buffer_set_cluster_level",
  "hb_buffer_clear_contents",
  "hb_buffer_add_utf16",
  "hb_buffer_guess_segment_properties",
  "hb_language_from_string",
  "hb_buffer_set_language",
  "hb_buffer_set_direction",
  "hb_shape",
  "hb_buffer_get_length",
  "hb_buffer_get_glyph_infos",
  "hb_buffer_get_glyph_positions",
] as const satisfies readonly (keyof HbExports)[];

function wasmPath(): string {
  return createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz.wasm");
}

/** The most memory 32-bit WebAssembly built as harfbuzzjs is may have: 2 GiB. */
const MAX_MEMORY = 2 ** 31;

/**
 * What Emscripten's C library asks of its host: more memory, and stopping. Memory grows as
 * Emscripten's own glue grows it: to a fifth more than it has (but no more than 96 MiB past
 * what was asked, and never less than that), then by less, then to just what was asked, so
 * growing is rare and a tight limit still fits.
 */
function hostFunctions(): { imports: WebAssembly.Imports; attach(m: WebAssembly.Memory): void } {
  let memory: WebAssembly.Memory | undefined;
  const stop = (why: string) => () => {
    throw new Error(`HarfBuzz stopped: ${why}`);
  };
  const env = {
    emscripten_resize_heap: (requested: number) => {
      const asked = requested >>> 0;
      if (!memory || asked > MAX_MEMORY) return 0;
      const have = memory.buffer.byteLength;
      for (const extra of [0.2, 0.1, 0.05, 0]) {
        const want = Math.min(
          MAX_MEMORY,
          Math.max(asked, Math.min(have * (1 + extra), asked + SLACK)),
        );
        try {
          memory.grow(Math.ceil((want - memory.buffer.byteLength) / PAGE));
          return 1;
        } catch {}
      }
      return 0;
    },
    _abort_js: stop("abort"),
    proc_exit: stop("exit"),
    _setitimer_js: () => 0,
    _emscripten_runtime_keepalive_clear: () => {},
  };
  return {
    imports: { env, wasi_snapshot_preview1: env },
    attach: (m) => {
      memory = m;
    },
  };
}

const PAGE = 65536;
const SLACK = 96 * 1024 * 1024;

/** One HarfBuzz instance: fonts made from font files, and the one buffer it shapes in. */
export class HarfBuzz {
  private readonly buffer: number;
  /** Where a text is copied for HarfBuzz to read, grown as longer texts come. */
  private scratch = 0;
  private scratchUnits = 0;
  /** The features asked for besides the font's defaults (SHAPING_FEATURES), as hb_feature_t. */
  private readonly features: number;
  /**
   * HarfBuzz's language of each BCP 47 tag asked for. HarfBuzz interns languages itself and
   * never frees them; keeping them here spares copying the tag in and looking it up per text.
   */
  private readonly languages = new Map<string, number>();

  constructor(private readonly hb: HbExports) {
    this.buffer = hb.hb_buffer_create();
    this.features = this.alloc(FEATURE_BYTES * SHAPING_FEATURES.length);
    SHAPING_FEATURES.forEach((tag, i) => {
      const words = new Uint32Array(hb.memory.buffer, this.features + i * FEATURE_BYTES, 4);
      words.set([tagOf(tag), 1, 0, ALL_TEXT]);
    });
    // Each text is whole (fontkit's view too); a mark keeps its own cluster, so its glyph keeps
    // its own character. No dotted circle (◌) before a mark that starts a text: font fallback
    // shapes a mark or variation selector the main font lacks on its own, in another font.
    hb.hb_buffer_set_flags(this.buffer, FLAG_BOT | FLAG_EOT | FLAG_DO_NOT_INSERT_DOTTED_CIRCLE);
    hb.hb_buffer_set_cluster_level(this.buffer, CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  }

  /** A HarfBuzz font of a font file's bytes (copied into HarfBuzz's memory). */
  font(bytes: Uint8Array): HbFont {
    const { hb } = this;
    const data = this.alloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer, data, bytes.byteLength).set(bytes);
    const blob = hb.hb_blob_create(data, bytes.byteLength, MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    return { font: hb.hb_font_create(face), face, blob, data };
  }

  /** The size of HarfBuzz's memory (it grows as texts need). */
  get memoryBytes(): number {
    return this.hb.memory.buffer.byteLength;
  }

  /** Frees a font and its bytes. */
  drop(f: HbFont): void {
    const { hb } = this;
    hb.hb_font_destroy(f.font);
    hb.hb_face_destroy(f.face);
    hb.hb_blob_destroy(f.blob);
    hb.free(f.data);
  }

  /**
   * Shapes text with the font's default features and SHAPING_FEATURES, at the font's own
   * scale (font units); its script and direction as HarfBuzz guesses them from the text,
   * unless `leftToRight` says it runs left to right. `lang`, a BCP 47 tag, lets the font use
   * its forms for that language (OpenType `locl`: no "fi" ligature in Turkish); "" for none.
   */
  shape(f: HbFont, text: string, leftToRight = false, lang = ""): HbShaped {
    const { hb, buffer } = this;
    // First: looking a new tag up uses the scratch space the text is copied to.
    const language = lang ? this.language(lang) : 0;
    const at = this.room(text.length);
    const units = new Uint16Array(hb.memory.buffer, at, text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    // Empties it and keeps its flags and cluster level.
    hb.hb_buffer_clear_contents(buffer);
    hb.hb_buffer_add_utf16(buffer, at, text.length, 0, text.length);
    // Before guessing: the guess fills in only what is not set.
    if (language) hb.hb_buffer_set_language(buffer, language);
    hb.hb_buffer_guess_segment_properties(buffer);
    if (leftToRight) hb.hb_buffer_set_direction(buffer, DIRECTION_LTR);
    hb.hb_shape(f.font, buffer, this.features, SHAPING_FEATURES.length);
    const n = hb.hb_buffer_get_length(buffer);
    // HarfBuzz gives up on a text too long for its limits (tens of millions of characters).
    if (n === 0 && text.length > 0)
      throw new Error(`HarfBuzz could not shape a text of ${text.length} characters`);
    // Views made after shaping: HarfBuzz may have grown its memory, which detaches older ones.
    const infos = new Uint32Array(
      hb.memory.buffer,
      hb.hb_buffer_get_glyph_infos(buffer, 0),
      n * WORDS,
    );
    const pos = new Int32Array(
      hb.memory.buffer,
      hb.hb_buffer_get_glyph_positions(buffer, 0),
      n * WORDS,
    );
    const shaped: HbShaped = { ids: [], clusters: [], positions: [] };
    for (let i = 0; i < n * WORDS; i += WORDS) {
      shaped.ids.push(infos[i] as number);
      shaped.clusters.push(infos[i + 2] as number);
      shaped.positions.push({
        xAdvance: pos[i] as number,
        yAdvance: pos[i + 1] as number,
        xOffset: pos[i + 2] as number,
        yOffset: pos[i + 3] as number,
      });
    }
    return shaped;
  }

  /** HarfBuzz's language of a BCP 47 tag, looked up once per tag. */
  private language(tag: string): number {
    let language = this.languages.get(tag);
    if (language === undefined) {
      // The tag's bytes in the scratch space (the text is copied there only after this).
      const bytes = Buffer.from(tag, "latin1");
      const at = this.room(Math.ceil(bytes.length / 2));
      new Uint8Array(this.hb.memory.buffer, at, bytes.length).set(bytes);
      language = this.hb.hb_language_from_string(at, bytes.length);
      this.languages.set(tag, language);
    }
    return language;
  }

  /** The scratch space for a text of `units` UTF-16 code units. */
  private room(units: number): number {
    if (units > this.scratchUnits) {
      const want = Math.max(units, 2 * this.scratchUnits, 256);
      if (this.scratch) this.hb.free(this.scratch);
      // Reset first: should the allocation fail, no later text is written to a stale size.
      this.scratch = 0;
      this.scratchUnits = 0;
      this.scratch = this.alloc(want * 2);
      this.scratchUnits = want;
    }
    return this.scratch;
  }

  /** malloc, which returns 0 (a real address, HarfBuzz's own data) when memory runs out. */
  private alloc(bytes: number): number {
    const at = this.hb.malloc(bytes);
    if (!at) throw new Error(`HarfBuzz is out of memory (${bytes} bytes asked)`);
    return at;
  }
}
