import { isAbsolute, resolve } from "node:path";
import { compose } from "./compose/compose.js";
import { fail, isMissiveError, type Location, MissiveError } from "./errors.js";
import { loadHarfBuzz } from "./layout/harfbuzz.js";
import type { LaidOutDoc } from "./layout/laid-out-doc.js";
import { layout } from "./layout/layout.js";
import { readImageInfo } from "./load/image-info.js";
import { type LoadedLetter, loadLetter } from "./load/load-letter.js";
import { findPackAsset } from "./load/load-pack.js";
import type { SourceText } from "./load/read-text.js";
import type { ImageResolver } from "./markup/to-model.js";
import { toModel } from "./markup/to-model.js";
import { parseXml } from "./markup/xml-tree.js";
import type { LetterDoc } from "./model/letter-doc.js";
import { withTypography } from "./typography/typography-options.js";
import { writePdf } from "./write/pdf.js";
import { writeText } from "./write/text.js";

export type Format = "pdf" | "txt";
export type Stage = "markup" | "model" | "layout";

export interface RenderOptions {
  cwd: string;
  /** Pack name or path; overrides the data's `template:`. */
  template?: string;
  formats: Format[];
  /** Text output width in columns. */
  textWidth: number;
  /** Creation date written into the PDF (from SOURCE_DATE_EPOCH for reproducible output). */
  created: Date;
  /** Stop after this stage; its serialised form is in the result. */
  stopAfter?: Stage;
}

export interface Rendered {
  /** Name of the template pack the letter used. */
  template: string;
  markup: string;
  model?: LetterDoc;
  laidOut?: LaidOutDoc;
  pdf?: Uint8Array;
  txt?: string;
  pages?: number;
  warnings: string[];
  /** Image files the letter used (absolute paths), so a batch can hash them as inputs. */
  assets: string[];
}

/** Renders one letter through every stage; writes nothing (only output/ touches the disk). */
export async function renderLetter(src: SourceText, opts: RenderOptions): Promise<Rendered> {
  return renderLoaded(loadLetter(src, { cwd: opts.cwd, template: opts.template }), opts);
}

/** Renders letter data that is already loaded (a mail-merge record poured over base data). */
export async function renderLoaded(letter: LoadedLetter, opts: RenderOptions): Promise<Rendered> {
  const markupFile = `${letter.yaml.file} (markup from ${letter.pack.name}/letter.hbs)`;
  const markup = compose(letter);
  const assets: string[] = [];
  const template = letter.pack.name;
  if (opts.stopAfter === "markup") return { template, markup, warnings: [], assets };
  const model = toModel(
    parseXml(markup, markupFile),
    letter.pack,
    markupFile,
    imageResolver(letter, assets),
    withTypography(letter.pack.typography, letter.data.typography),
  );
  const out: Rendered = { template, markup, model, warnings: [], assets };
  if (opts.formats.includes("txt")) out.txt = writeText(model, { width: opts.textWidth });
  if (opts.stopAfter === "model") return out;
  if (opts.formats.includes("pdf") || opts.stopAfter === "layout") {
    await loadHarfBuzz();
    const laidOut = locateInData(() => layout(model), letter);
    out.laidOut = laidOut;
    out.pages = laidOut.pages.length;
    out.warnings.push(...laidOut.warnings);
    if (opts.stopAfter === "layout") return out;
    out.pdf = await writePdf(laidOut, opts.created);
  }
  return out;
}

function imageResolver(letter: LoadedLetter, used: string[]): ImageResolver {
  return (src: string, where: Location) => {
    const path = src.startsWith("pack:")
      ? findPackAsset(letter.pack, src.slice(5))
      : isAbsolute(src)
        ? src
        : resolve(letter.baseDir, src);
    const dataPath = findDataPath(letter.data, src);
    const at = dataPath ? letter.yaml.locate(dataPath) : where;
    if (!path)
      throw fail("asset", `asset not found in the template pack: ${src.slice(5)}`, at, [
        `looked in ${letter.pack.dirs.join(", ")}`,
      ]);
    const info = readImageInfo(path, at);
    if (!used.includes(path)) used.push(path);
    return { src: info.src, width: info.width, height: info.height };
  };
}

/**
 * Layout errors (a missing glyph, a block too tall) know the text they are about, not where it
 * came from: point at the first data field holding that text, at its line and column.
 */
function locateInData<T>(fn: () => T, letter: LoadedLetter): T {
  try {
    return fn();
  } catch (e) {
    const p = isMissiveError(e) ? e.problems[0] : undefined;
    if (!isMissiveError(e) || !p || p.location || !p.about) throw e;
    const path = findDataPath(letter.data, p.about, true);
    if (path === undefined) throw e;
    throw new MissiveError(e.kind, { ...p, location: letter.yaml.locateText(path, p.about) });
  }
}

/** The dotted path of the first string in the data equal to (or containing) `needle`. */
function findDataPath(
  data: unknown,
  needle: string,
  contains = false,
  prefix = "",
): string | undefined {
  if (typeof data === "string")
    return (contains ? data.includes(needle) : data === needle) ? prefix : undefined;
  if (data && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) {
      const hit = findDataPath(v, needle, contains, prefix ? `${prefix}.${k}` : k);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}
