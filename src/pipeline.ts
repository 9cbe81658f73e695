import { basename, dirname, isAbsolute, resolve } from "node:path";
import { bodyParagraphs } from "./compose/body-paragraphs.js";
import { compose } from "./compose/compose.js";
import { localIsoDate } from "./compose/format-date.js";
import { greetingInBody, printedParts } from "./compose/greeting-in-body.js";
import { joinedLines } from "./compose/joined-lines.js";
import { letterLanguage } from "./compose/letter-language.js";
import { partialsAt } from "./compose/partial-marks.js";
import { splitSuffixes } from "./compose/split-suffix.js";
import { unprintedBcc } from "./compose/unprinted-bcc.js";
import {
  fail,
  isMissiveError,
  type Location,
  MissiveError,
  type Problem,
  type Warning,
} from "./errors.js";
import type { LaidOutDoc, LayoutWarning } from "./layout/laid-out-doc.js";
import { layout } from "./layout/layout.js";
import { createdOf, type LetterOptions } from "./letter-options.js";
import type { FileReads } from "./load/file-reads.js";
import { readImageInfo } from "./load/image-info.js";
import { type LoadedLetter, loadLetter } from "./load/load-letter.js";
import { findPackAsset } from "./load/load-pack.js";
import { outsideDataRoot } from "./load/outside-roots.js";
import { packFiles } from "./load/pack-files.js";
import { ownLabels } from "./load/pack-labels.js";
import type { SourceText } from "./load/read-text.js";
import { undatedLanguage } from "./load/undated-language.js";
import { untranslatedPack } from "./load/untranslated-pack.js";
import type { ImageResolver } from "./markup/to-model.js";
import { toModel } from "./markup/to-model.js";
import { parseXml } from "./markup/xml-tree.js";
import type { FontChains } from "./model/font-chains.js";
import type { LetterDoc } from "./model/letter-doc.js";
import { DEFAULT_LINK_SCHEMES } from "./model/link-target.js";
import { ownOf } from "./own-of.js";
import { pushAll } from "./push-all.js";
import { defaultResources, type Resources } from "./resources.js";
import { withTypography } from "./typography/typography-options.js";
import { writePdf } from "./write/pdf.js";
import { type Attachment, sourceAttachment } from "./write/source-attachment.js";
import { svgDrawProblem } from "./write/svg-draw.js";
import { writeText } from "./write/text.js";

export type { Format, LetterOptions } from "./letter-options.js";
export { letterOptions } from "./letter-options.js";
export type Stage = "markup" | "model" | "layout";

/** A letter's options (letter-options.ts), and where and how far it is rendered. */
export type RenderOptions = LetterOptions & {
  cwd: string;
  /** Stop after this stage; its serialised form is in the result. */
  stopAfter?: Stage;
  /** The creation date when none was chosen (a merge's letters share one); default: now. */
  now?: Date;
  /** The files the PDF carries as its source, with `embedSource` (source-attachment.ts). */
  attachments?: readonly Attachment[];
  /** The run's record of files read, for code frames (file-reads.ts). */
  reads?: FileReads;
};

export interface Rendered {
  /** Name of the template pack the letter used. */
  template: string;
  markup: string;
  model?: LetterDoc;
  laidOut?: LaidOutDoc;
  pdf?: Uint8Array;
  txt?: string;
  pages?: number;
  warnings: Warning[];
  /** Image files the letter used (absolute paths), so a batch can hash them as inputs. */
  assets: string[];
  /** The checked bytes of each image, by path: the PDF is made from these, never the path. */
  images: Map<string, Uint8Array>;
  /** The files of the template pack (load/pack-files.ts), which no output may overwrite. */
  packFiles: string[];
}

/**
 * Renders one letter through every stage; writes nothing (only output/ touches the disk).
 * `res`: what the thread keeps between letters (src/resources.ts); by default the process's own.
 */
export async function renderLetter(
  src: SourceText,
  opts: RenderOptions,
  res: Resources = defaultResources(),
): Promise<Rendered> {
  const where = {
    cwd: opts.cwd,
    template: opts.template ?? undefined,
    root: opts.root ?? undefined,
    reads: opts.reads,
  };
  // --embed-source: the PDF carries the data file as it was read.
  const sources =
    opts.embedSource && !opts.attachments ? { attachments: [sourceAttachment(src)] } : {};
  return renderLoaded(loadLetter(src, where, res), { ...opts, ...sources }, res);
}

/** Renders letter data that is already loaded (a mail-merge record poured over base data). */
export async function renderLoaded(
  letter: LoadedLetter,
  opts: RenderOptions,
  res: Resources,
): Promise<Rendered> {
  // The letter.hbs a pack inherits is named as the parent's: hx has no letter.hbs of its own.
  const main = letter.pack.template.file;
  const own = dirname(main) === letter.pack.dirs[0];
  const made = own ? "" : `: ${basename(dirname(main))}/${basename(main)}`;
  const markupFile = `${letter.yaml.file} (markup from ${letter.pack.name}${own ? "/letter.hbs" : made})`;
  const today = localIsoDate(createdOf(opts, opts.now));
  const markup = compose(letter, res, today);
  const assets: string[] = [];
  const images = new Map<string, Uint8Array>();
  const namedAt = new Map<string, Location>();
  const template = letter.pack.name;
  const { lang } = letterLanguage(letter.data, letter.pack);
  const { body } = letter.data;
  const paragraphs = typeof body === "string" ? bodyParagraphs(body) : [];
  const packed = {
    template,
    markup,
    warnings: [
      ...untranslatedPack(letter, lang),
      ...undatedLanguage(letter, lang),
      ...greetingInBody(letter, printedParts(markup), paragraphs),
      ...joinedLines(letter, paragraphs),
      ...splitSuffixes(letter),
      ...unprintedBcc(letter, markup),
    ],
    assets,
    images,
    packFiles: packFiles(letter.pack),
  };
  if (opts.stopAfter === "markup") return packed;
  const parsed = partialNamed(
    () =>
      toModel(
        parseXml(markup, markupFile),
        letter.pack,
        markupFile,
        imageResolver(letter, { assets, images, namedAt }, res),
        withTypography(letter.pack.typography, letter.data.typography),
        linkSchemes(letter),
        res.compiled.typeset,
        ownLabels(letter),
      ),
    letter,
    { file: markupFile, marked: () => compose(letter, res, today, true) },
  );
  const model = withLetterChains(parsed, letter);
  const out: Rendered = { ...packed, model };
  if (opts.formats.includes("txt"))
    out.txt = writeText(model, { width: opts.textWidth, wraps: res.compiled.wraps });
  if (opts.stopAfter === "model") return out;
  if (opts.formats.includes("pdf") || opts.stopAfter === "layout") {
    await res.shaper.load();
    const laid = () => imagesLocated(() => layout(model, res), namedAt);
    const laidOut = fontsLocated(() => locateInData(laid, letter), letter);
    out.laidOut = laidOut;
    out.pages = laidOut.pages.length;
    pushAll(
      out.warnings,
      laidOut.warnings.map((w) => locatedWarning(w, letter)),
    );
    if (opts.stopAfter === "layout") return out;
    const pdf = {
      created: createdOf(opts, opts.now),
      standards: opts.pdfStandards,
      ...(opts.embedSource && opts.attachments ? { attachments: opts.attachments } : {}),
    };
    out.pdf = await fontsLocated(() => writePdf(laidOut, pdf, images, res), letter);
  }
  return out;
}

function imageResolver(
  letter: LoadedLetter,
  used: { assets: string[]; images: Map<string, Uint8Array>; namedAt: Map<string, Location> },
  res: Resources,
): ImageResolver {
  return (src: string, where: Location) => {
    const fromPack = src.startsWith("pack:");
    const dataPath = findDataPath(letter.data, src);
    // A field that is the path (signers.0.image), else one that holds it: ![…](chart.png) in
    // the body; a `pack:` name the data holds only as an image of its Markdown (a template's
    // {{asset}} writes one too, and its mistakes are at its markup line).
    const inText = dataPath
      ? undefined
      : fromPack
        ? markdownImageInData(letter, src)
        : placeInData(letter, src);
    const at = dataPath ? letter.yaml.locate(dataPath) : (inText ?? where);
    // An address (https://…, file://…) would be read as a file name relative to the data.
    if (!fromPack && /^(?:[a-z][a-z0-9+.-]+:\/\/|data:)/i.test(src) && !isAbsolute(src))
      throw fail(
        "asset",
        `image ${src} is an address: images are read from files, never fetched`,
        at,
        ["save the image beside the data file and name the file: image: logo.png"],
      );
    // A `pack:` name is the pack's (a data field may hold one, but it still names a pack
    // file); findPackAsset refuses one that leads outside the pack.
    const path = fromPack
      ? findPackAsset(letter.pack, src.slice(5), at)
      : isAbsolute(src)
        ? src
        : resolve(letter.baseDir, src);
    if (!path)
      throw fail("asset", `asset not found in the template pack: ${src.slice(5)}`, at, [
        `looked in ${letter.pack.dirs.join(", ")}`,
      ]);
    const outside = fromPack ? undefined : outsideDataRoot(`image ${src}`, path, letter.root, at);
    if (outside) throw new MissiveError("data", outside);
    const info = readImageInfo(path, at, res);
    const unfit = info.type === "svg" ? svgDrawProblem(info.bytes, res.pdf.svg) : null;
    if (unfit)
      throw fail("asset", `SVG image ${info.src} cannot be drawn: ${unfit}`, at, [
        "save it again from a vector editor as plain SVG, or export it as PNG",
      ]);
    if (!used.assets.includes(path)) used.assets.push(path);
    used.images.set(path, info.bytes);
    if (!used.namedAt.has(info.src)) used.namedAt.set(info.src, at);
    return { src: info.src, width: info.width, height: info.height };
  };
}

/**
 * A font file that cannot be read or parsed is the manifest's mistake: point at the line and
 * key that name it (`fonts.serif.regular`), and say which file it was.
 */
function fontsLocated<T>(fn: () => T, letter: LoadedLetter): T {
  const relocate = (e: unknown): unknown => {
    const p = isMissiveError(e) && e.kind === "font" ? e.problems[0] : undefined;
    const file = p?.location?.line === undefined ? p?.location?.file : undefined;
    const at = file === undefined ? undefined : letter.pack.fontRefs[file];
    if (!p || !at || file === undefined) return e;
    return new MissiveError("font", {
      ...p,
      message: p.message.includes(file) ? p.message : `${p.message}: ${file}`,
      location: at,
    });
  };
  try {
    const r = fn();
    return r instanceof Promise ? (r.catch((e: unknown) => Promise.reject(relocate(e))) as T) : r;
  } catch (e) {
    throw relocate(e);
  }
}

/** The letter's own `fontChains` over its pack's (checked when the letter was loaded). */
function withLetterChains(model: LetterDoc, letter: LoadedLetter): LetterDoc {
  const own = letter.data.fontChains as FontChains | undefined;
  if (!own || Object.keys(own).length === 0) return model;
  return { ...model, fontChains: { ...model.fontChains, ...own } };
}

function linkSchemes(letter: LoadedLetter): string[] {
  const own = letter.data.linkSchemes;
  const listed = Array.isArray(own) ? own.map((s) => String(s).toLowerCase()) : [];
  return [...DEFAULT_LINK_SCHEMES, ...letter.pack.linkSchemes, ...listed];
}

/**
 * A refused link target or language tag found in the markup is the data's mistake when the
 * data holds it (a Markdown link in the body, a signer title's `lang`): point at it there, as
 * a data error. A field that is the text is taken before one that holds it.
 */
/**
 * A markup error at a place a partial made is told with the partial's file: the markup's
 * lines (`--emit markup`) are none of the pack's files. Composed again, with marks, only then.
 */
function partialNamed<T>(
  fn: () => T,
  letter: LoadedLetter,
  markup: { file: string; marked: () => string },
): T {
  try {
    return linksLocatedInData(fn, letter);
  } catch (e) {
    const p = isMissiveError(e) ? e.problems[0] : undefined;
    const at = p?.location;
    if (!isMissiveError(e) || e.problems.length !== 1 || !p || at?.file !== markup.file) throw e;
    if (at.line === undefined || at.col === undefined) throw e;
    // The column is just past the element's start tag: its `>` is the character before.
    const names = partialsAt(markup.marked(), at.line, Math.max(1, at.col - 1));
    const name = names[names.length - 1];
    const file = name === undefined ? undefined : ownOf(letter.pack.partials, name)?.file;
    if (file === undefined) throw e;
    const via = names.length > 1 ? ` (included by ${names.slice(0, -1).join(", ")})` : "";
    const hint = `made by the partial ${name}: ${file}${via}; --emit markup shows the markup`;
    throw new MissiveError(e.kind, { ...p, hints: [hint, ...(p.hints ?? [])] }, { cause: e });
  }
}

function linksLocatedInData<T>(fn: () => T, letter: LoadedLetter): T {
  try {
    return fn();
  } catch (e) {
    const p = isMissiveError(e) ? e.problems[0] : undefined;
    if (!isMissiveError(e) || !p?.about) throw e;
    // A tag is a field of its own (`lang="{{lang}}"`): one a body merely holds ("english") is
    // not where a pack's own `<fields lang="english">` came from.
    const path =
      findDataPath(letter.data, p.about) ??
      (p.aboutWhole ? undefined : findDataPath(letter.data, p.about, true));
    if (path === undefined) throw e;
    throw new MissiveError("data", { ...p, location: letter.yaml.locateText(path, p.about) });
  }
}

/**
 * A layout error about an image (a logo running off the paper) is placed where the image was
 * named: the data field, or the pack's markup line for its own asset. Why: it holds no text
 * to find, and was told of no file.
 */
function imagesLocated<T>(fn: () => T, namedAt: Map<string, Location>): T {
  try {
    return fn();
  } catch (e) {
    const p = isMissiveError(e) ? e.problems[0] : undefined;
    const at = p?.aboutImage === undefined ? undefined : namedAt.get(p.aboutImage);
    if (!isMissiveError(e) || !p || p.location || !at) throw e;
    throw new MissiveError(e.kind, { ...p, location: at });
  }
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
    if (!isMissiveError(e) || !p || p.location || (!p.about && !p.aboutItems)) throw e;
    const location =
      (p.about && placeInData(letter, p.about)) || placeByItems(letter, p.aboutItems);
    if (location) throw new MissiveError(e.kind, { ...p, location });
    throw e.kind === "font" ? new MissiveError(e.kind, notInData(p, letter)) : e;
  }
}

/**
 * Where a problem whose text could stand anywhere in the data (a table of one-letter cells)
 * may come from: the first list of the data with as many items as it says, else the data file
 * itself. Why: such a refusal named no file at all, and a table made of a list of 100,000
 * items is found at the list.
 */
function placeByItems(letter: LoadedLetter, counts: number[] | undefined): Location | undefined {
  if (!counts) return undefined;
  const path = dataListOf(letter.data, counts);
  return path === undefined ? { file: letter.yaml.file } : letter.yaml.locate(path);
}

/**
 * A character no font draws that the data does not hold, told where else it came from: the
 * typography (a prime for an apostrophe), the template pack's own text, or a date or number as
 * the letter's language writes it (`lang: en-u-nu-hanidec` writes Chinese digits). Its word is
 * named, as no line of the data can be shown.
 */
function notInData(p: Problem, letter: LoadedLetter): Problem {
  const { lang } = letterLanguage(letter.data, letter.pack);
  return {
    ...p,
    message: p.context ? `${p.message} in "${p.context}"` : p.message,
    hints: [
      ...(p.hints ?? []),
      `the letter's data does not hold it as such: typography (quotes, dashes), the template pack, or a date or number as the letter's language writes it (lang: ${lang}) made it`,
    ],
  };
}

/** A layout warning placed where in the data its text is, when that is known. */
function locatedWarning(w: LayoutWarning, letter: LoadedLetter): Warning {
  const location = w.about === undefined ? undefined : placeInData(letter, w.about);
  return location ? { message: w.message, location } : { message: w.message };
}

/** Where laid-out text came from in the data: the field holding it, else its longest part. */
function placeInData(letter: LoadedLetter, text: string): Location | undefined {
  const path = findDataPath(letter.data, text, true);
  if (path !== undefined) return letter.yaml.locateText(path, text);
  // Text a template made of several fields (din5008's return line): the longest of them.
  const part = longestPartOf(letter.data, text);
  return part === undefined ? undefined : letter.yaml.locate(part);
}

/**
 * Where the data writes `src` as a Markdown image, `![…](pack:…)`. Why: such an image was
 * blamed on the pack's markup line (`letter.hbs:16:58`), which only printed the body.
 */
function markdownImageInData(letter: LoadedLetter, src: string): Location | undefined {
  const path = findDataPath(letter.data, `](${src}`, true);
  return path === undefined ? undefined : letter.yaml.locateText(path, src);
}

/** The dotted path of the first string in the data equal to (or containing) `needle`. */
function findDataPath(data: unknown, needle: string, contains = false): string | undefined {
  for (const [path, v] of dataStrings(data))
    if (contains ? v.includes(needle) : v === needle) return path;
  return undefined;
}

/** Fields shorter than this are too common ("en", "A") to say which field a text came from. */
const MIN_PART = 8;

/** The dotted path of the longest string in the data that `text` contains, if any. */
function longestPartOf(data: unknown, text: string): string | undefined {
  let best: [string, string] | undefined;
  for (const [path, v] of dataStrings(data))
    if (v.length >= MIN_PART && v.length > (best?.[1].length ?? 0) && text.includes(v))
      best = [path, v];
  return best?.[0];
}

/** Every string in the data with its dotted path, in the data's order. */
function* dataStrings(data: unknown, prefix = ""): Generator<[string, string]> {
  if (typeof data === "string") yield [prefix, data];
  else if (data && typeof data === "object")
    for (const [k, v] of Object.entries(data)) yield* dataStrings(v, prefix ? `${prefix}.${k}` : k);
}

/** The dotted path of the first list in the data (depth first) of one of these lengths. */
function dataListOf(data: unknown, counts: number[], prefix = ""): string | undefined {
  if (Array.isArray(data) && counts.includes(data.length)) return prefix;
  if (!data || typeof data !== "object") return undefined;
  for (const [k, v] of Object.entries(data)) {
    const found = dataListOf(v, counts, prefix ? `${prefix}.${k}` : k);
    if (found !== undefined) return found;
  }
  return undefined;
}
