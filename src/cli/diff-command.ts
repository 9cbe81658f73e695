import { relative, resolve } from "node:path";
import type { Command } from "commander";
import type { PageChange } from "../diff/diff-pdfs.js";
import type { RenderPair } from "../diff/pair-renders.js";
import { EXIT_CODES, fail } from "../errors.js";
import { jsonText } from "../json-text.js";
import { cannotRead } from "../load/cannot-read.js";
import { refuseLinkedOut } from "../load/named-input.js";
import { readRegular } from "../load/read-regular.js";
import { refuseFileAsFolder } from "../output/file-as-folder.js";
import { DEFAULT_DPI } from "../raster/page-raster.js";
import type { CommandContext } from "./command-context.js";
import { reportDiff } from "./diff-report.js";
import { checkDpi } from "./dpi-option.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import type { Io } from "./io.js";
import type { FileReport } from "./render-command.js";
import type { Reporter } from "./reporter.js";
import { writeFilesWhole } from "./write-whole.js";

export interface DiffFlags {
  out?: string;
  threshold?: string;
  dpi?: string;
}

/** One letter's comparison, as `--json` prints it. */
export interface LetterDiff {
  name: string;
  a?: string;
  b?: string;
  /** `added`: only the second folder has the letter; `removed`: only the first. */
  status: "same" | "changed" | "added" | "removed";
  pages?: { a: number; b: number };
  changes: (Omit<PageChange, "picture"> & { image?: string })[];
}

/** A PDF larger than this is refused unread (a letter is some kilobytes a page). */
const MAX_PDF_BYTES = 256 * 1024 * 1024;

/**
 * The pictures of changes held until they are written together: a changed page at 150 dpi
 * is about 100 kB, so some five thousand pages. Why a limit: two folders of a merge's letters
 * (a hundred thousand records from a pull request) would otherwise fill the memory.
 */
export const MAX_PICTURE_BYTES = 512 * 1024 * 1024;

/** What comparing one letter needs besides the pair. */
interface LetterOptions {
  dpi: number;
  threshold: number;
  /** The folder of pictures, absolute; none without -o. */
  out?: string;
  shown: (path: string) => string;
}

/** A diff picture to write. */
interface Picture {
  path: string;
  data: Uint8Array;
  page: number;
}

/**
 * `missive diff A B`: compares two renders (PDF files, or folders of them) page by page, in
 * pixels and in text; with `-o DIR`, writes a picture of every page whose change counts.
 */
export async function diffCommand(
  a: string,
  b: string,
  flags: DiffFlags,
  io: Io,
  opts: { maxPictureBytes?: number; note?: (message: string) => void } = {},
): Promise<{
  letters: LetterDiff[];
  files: FileReport[];
  differ: boolean;
  threshold: number;
  dpi: number;
}> {
  const { pairRenders } = await import("../diff/pair-renders.js");
  const maxPictureBytes = opts.maxPictureBytes ?? MAX_PICTURE_BYTES;
  const threshold = parseThreshold(flags.threshold);
  const dpi = checkDpi(flags.dpi);
  const pairs = pairRenders(a, b, io.cwd);
  const shown = (p: string) => relative(io.cwd, p) || p;
  // The PDFs compared are read as a letter's data is: a render folder from a pull request may
  // hold `new/x.pdf -> ~/private.pdf`, whose pages the pictures of the changes would show.
  for (const pair of pairs)
    if (pair.a && pair.b)
      for (const f of [pair.a, pair.b]) refuseLinkedOut("the PDF", shown(f), io.cwd, false);
  const out = flags.out === undefined ? undefined : resolve(io.cwd, flags.out);
  if (out && flags.out) refuseFileAsFolder("-o", flags.out, out, io.cwd);
  if (out) await refuseSamePictureNames(pairs, out, shown);
  const letters: LetterDiff[] = [];
  const pictures: Picture[] = [];
  let held = 0;
  for (const pair of pairs) {
    const before = pictures.length;
    letters.push(await compareLetter(pair, { dpi, threshold, out, shown }, pictures));
    for (const p of pictures.slice(before)) held += p.data.length;
    if (held > maxPictureBytes)
      throw tooManyPictures(maxPictureBytes, letters.length, pairs.length);
  }
  const files = await writePictures(pictures, pairs, io, opts.note ?? (() => {}));
  return { letters, files, differ: letters.some((l) => l.status !== "same"), threshold, dpi };
}

/** Refuses, before any page is drawn, two letters whose pictures would have one name. */
async function refuseSamePictureNames(
  pairs: RenderPair[],
  out: string,
  shown: (path: string) => string,
): Promise<void> {
  const { samePictureNames, diffImageName } = await import("../output/diff-image-names.js");
  // Only a letter both sides hold is compared page by page, and may have pictures.
  const same = samePictureNames(pairs.filter((p) => p.a && p.b).map((p) => p.name));
  if (!same) return;
  throw fail(
    "output",
    `the letters ${same[0]} and ${same[1]} would both have their pictures named ${shown(diffImageName(out, same[1], 1, 1))}`,
    undefined,
    ["rename one of them, or compare them on their own"],
  );
}

/** Compares one letter's two renders; adds the pictures of its changes to `pictures`. */
async function compareLetter(
  pair: RenderPair,
  opts: LetterOptions,
  pictures: Picture[],
): Promise<LetterDiff> {
  if (!pair.a || !pair.b) return oneSided(pair, opts.shown);
  const [{ diffPdfs }, { diffImageName }] = await Promise.all([
    import("../diff/diff-pdfs.js"),
    import("../output/diff-image-names.js"),
  ]);
  const d = await diffPdfs(readPdf(pair.a, opts.shown), readPdf(pair.b, opts.shown), {
    dpi: opts.dpi,
    threshold: opts.threshold,
    pictures: opts.out !== undefined,
  });
  const pages = Math.max(d.pages.a, d.pages.b);
  const changes = d.changes.map(({ picture, ...c }) => {
    if (!picture || !opts.out) return c;
    const path = diffImageName(opts.out, pair.name, c.page, pages);
    pictures.push({ path, data: picture, page: c.page });
    return { ...c, image: path };
  });
  return {
    name: pair.name,
    a: opts.shown(pair.a),
    b: opts.shown(pair.b),
    status: d.differ ? "changed" : "same",
    pages: d.pages,
    changes,
  };
}

/** Writes the pictures together, atomically, never over a compared PDF. */
async function writePictures(
  pictures: Picture[],
  pairs: RenderPair[],
  io: Io,
  note: (message: string) => void,
) {
  const cwd = io.cwd;
  const [{ writeFilesAtomic }, { refuseInputs }, { fileDigest }] = await Promise.all([
    import("../output/write-atomic.js"),
    import("../output/refuse-inputs.js"),
    import("../output/file-digest.js"),
  ]);
  const compared = pairs.flatMap((p) => [p.a, p.b].filter((f) => f !== undefined));
  const notAnInput = refuseInputs(
    compared.map((path) => ({ path, what: "a PDF being compared" })),
    cwd,
  );
  for (const f of pictures) notAnInput(f.path);
  if (pictures.length)
    await writeFilesWhole(pictures, writeFilesAtomic, { io, note, command: "diff" });
  return pictures.map((f) => ({
    path: f.path,
    format: "png",
    page: f.page,
    ...fileDigest(f.data),
  }));
}

function tooManyPictures(limit: number, compared: number, letters: number) {
  return fail(
    "usage",
    `the pictures of the changes pass ${(limit / 1024 / 1024).toLocaleString("en-US")} MB after ${compared} of ${letters} letters; nothing was written`,
    undefined,
    ["compare fewer letters at a time, give a lower --dpi, or leave out -o"],
  );
}

function oneSided(pair: RenderPair, shown: (p: string) => string): LetterDiff {
  return pair.a
    ? { name: pair.name, a: shown(pair.a), status: "removed", changes: [] }
    : { name: pair.name, b: shown(pair.b as string), status: "added", changes: [] };
}

function readPdf(path: string, shown: (p: string) => string) {
  const file = shown(path);
  try {
    return { bytes: readRegular(path, MAX_PDF_BYTES), file };
  } catch (e) {
    throw cannotRead(file, e, "give the path of a PDF (or of a folder of them)");
  }
}

/** `--threshold 0.001` or `--threshold 0.1%`: the share of a page's pixels that may change. */
export function parseThreshold(value: string | undefined): number {
  if (value === undefined) return 0;
  const percent = value.trim().endsWith("%");
  const n = Number(percent ? value.trim().slice(0, -1) : value);
  const share = percent ? n / 100 : n;
  if (value.trim() === "" || !Number.isFinite(share) || share < 0 || share > 1)
    throw fail(
      "usage",
      `--threshold must be a share of the page from 0 to 1 (or 0% to 100%), not ${value}`,
    );
  return share;
}

export function registerDiff(program: Command, shell: CommandContext): void {
  program
    .command("diff")
    .description("compare two renders (PDF files or folders of them) in pixels and text")
    .argument("<a>", "the first render: a PDF, or a folder of PDFs")
    .argument("<b>", "the second render, the same kind")
    .option("-o, --out <dir>", "write a picture of each changed page into this folder")
    .option(
      "--threshold <share>",
      "changed pixels a page may have and count as the same (0.001 or 0.1%); default 0",
    )
    .option("--dpi <n>", `resolution of the comparison and the pictures; default ${DEFAULT_DPI}`)
    .addHelpText("after", exitCodesHelp())
    .action((a: string, b: string, flags: DiffFlags) =>
      shell.run(async (rep: Reporter, g) => {
        const r = await diffCommand(a, b, flags, shell.io, { note: (m) => rep.warn(m) });
        if (g.json) {
          const { letters, files, differ, threshold, dpi } = r;
          const json = {
            ok: true,
            differ,
            threshold,
            dpi,
            letters,
            files,
            warnings: [],
            errors: [],
          };
          shell.io.stdout.write(`${jsonText(json)}\n`);
        } else reportDiff(r.letters, r.files, rep);
        return r.differ ? EXIT_CODES.differ : EXIT_CODES.ok;
      }),
    );
}
