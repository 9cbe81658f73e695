import type { ValidateFunction } from "ajv";
import type { PackEnv } from "./compose/compose.js";
import { IntlFormats } from "./compose/intl-formats.js";
import { Fonts } from "./layout/font-book.js";
import { Shaper } from "./layout/harfbuzz.js";
import { Hyphenators } from "./layout/hyphenator.js";
import { ParagraphMemo } from "./layout/paragraph-memo.js";
import type { ImageInfo } from "./load/image-info.js";
import type { TemplatePack } from "./load/pack-types.js";
import type { YamlData } from "./load/parse-yaml.js";
import { newTypesetMemo, type TypesetMemo } from "./typography/typeset.js";
import type { SubsetMemo } from "./write/cid-font.js";
import { type DeflateMemo, newDeflateMemo } from "./write/deflate-memo.js";
import { newWrapMemo, type WrapMemo } from "./write/display-width.js";
import type { LineMemo } from "./write/pdfkit-line.js";
import type { PngPlanesMemo } from "./write/png-planes.js";
import { newSvgMemo, type SvgMemo } from "./write/svg-memo.js";

/**
 * Everything a thread keeps between letters: what it read, parsed, compiled and shaped. Why
 * one object: the stages are functions of their inputs and these resources, so a test, a
 * worker thread or the startup snapshot decides what is shared and for how long, and nothing
 * else in src/ holds state from one call to the next (tests/resources.test.ts checks that).
 * One per process or worker thread; the stages take it as an argument.
 */
export interface Resources {
  /** What was read by path, which may change on disk: forgotten by `watch` and the snapshot. */
  readonly files: FileMemos;
  /** What was made of files' text, kept by that text: safe to keep while files change. */
  readonly compiled: CompiledMemos;
  /** Intl date and number formatters. */
  readonly formats: IntlFormats;
  /** HarfBuzz, the text shaper. */
  readonly shaper: Shaper;
  /** Parsed font files, their faces and the words shaped with them. */
  readonly fonts: Fonts;
  /** Hyphenation patterns by language. */
  readonly hyphenators: Hyphenators;
  /** Paragraphs already set, so a merge's letters set the ones they share once. */
  readonly paragraphs: ParagraphMemo;
  /** What writing PDFs made that the next letter may write again: see PdfMemos. */
  readonly pdf: PdfMemos;
}

/**
 * Bytes a thread's PDFs share: streams compressed (write/deflate-memo.ts) and font subsets
 * (write/cid-font.ts), so a merge's letters make the ones they have in common once.
 */
export interface PdfMemos {
  readonly deflated: DeflateMemo;
  readonly subsets: SubsetMemo;
  /** Lines painted, with fonts that write their own glyph ids (write/pdfkit-line.ts). */
  readonly lines: LineMemo;
  /** svg-to-pdfkit, loaded and patched once (write/svg-draw.ts). */
  readonly svg: SvgMemo;
  /** PNGs with transparency, decoded and compressed (write/png-planes.ts). */
  readonly images: PngPlanesMemo;
}

export interface FileMemos {
  /** Loaded packs by folder (load-pack.ts). */
  readonly packs: Map<string, TemplatePack>;
  /** Where a pack name was found, by name and the folders searched from (load-pack.ts). */
  readonly found: Map<string, string>;
  /** Checked images by path (image-info.ts). */
  readonly images: Map<string, ImageInfo>;
}

export interface CompiledMemos {
  /** Parsed manifests by file and text; each caller gets its own copy of the data. */
  readonly manifests: Map<string, YamlData>;
  /** Compiled JSON Schemas by schema text, and by pack. */
  readonly schemas: Map<string, ValidateFunction>;
  readonly schemaOfPack: WeakMap<TemplatePack, ValidateFunction>;
  /** Compiled Handlebars templates by what the templates say, and by pack (compose.ts). */
  readonly templates: Map<string, PackEnv>;
  readonly templatesOfPack: WeakMap<TemplatePack, PackEnv>;
  /** Blocks typeset (quotes, spacing, ties) by their runs, language and typography. */
  readonly typeset: TypesetMemo;
  /** Plain-text paragraphs wrapped, by width and text. */
  readonly wraps: WrapMemo;
}

/**
 * A fresh set of resources. `fontkit: true` shapes with fontkit until HarfBuzz is asked for
 * (the startup snapshot cannot hold WebAssembly); parts given in `keep` are used as they are.
 */
export function createResources(
  opts: { fontkit?: boolean; keep?: Partial<Resources> } = {},
): Resources {
  const shaper = opts.keep?.shaper ?? new Shaper({ fontkit: opts.fontkit });
  return {
    files: { packs: new Map(), found: new Map(), images: new Map() },
    compiled: {
      manifests: new Map(),
      schemas: new Map(),
      schemaOfPack: new WeakMap(),
      templates: new Map(),
      templatesOfPack: new WeakMap(),
      typeset: newTypesetMemo(),
      wraps: newWrapMemo(),
    },
    formats: new IntlFormats(),
    hyphenators: new Hyphenators(),
    paragraphs: new ParagraphMemo(),
    pdf: {
      deflated: newDeflateMemo(),
      subsets: new WeakMap(),
      lines: new WeakMap(),
      images: new Map(),
      svg: newSvgMemo(),
    },
    fonts: new Fonts(shaper),
    ...opts.keep,
    shaper,
  };
}

let shared: Resources | undefined;

/**
 * The resources of a caller that passes none (the public API, src/index.ts): one set per
 * process, made on first use. The CLI, the batch workers and the snapshot make their own.
 */
export function defaultResources(): Resources {
  shared ??= createResources();
  return shared;
}

/** Drops every loaded pack and where it was found, so the next load searches and reads again. */
export function forgetPacks(res: Resources): void {
  res.files.packs.clear();
  res.files.found.clear();
}
