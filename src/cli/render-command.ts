import { dirname, relative, resolve } from "node:path";
import { type Command, Option } from "commander";
import { fail, warningText } from "../errors.js";
import { jsonText } from "../json-text.js";
import type { Format, LetterOptions } from "../letter-options.js";
import { refuseLinkedOut } from "../load/named-input.js";
import { refuseFileAsFolder } from "../output/file-as-folder.js";
import { fileDigest } from "../output/file-digest.js";
import { refuseNonFile } from "../output/not-a-file.js";
import type { OutputFormat, OutputTarget } from "../output/plan-outputs.js";
import type { Stage } from "../pipeline.js";
import { foldersOf } from "../place-in-roots.js";
import { DEFAULT_DPI } from "../raster/page-raster.js";
import type { Resources } from "../resources.js";
import type { CommandContext, GlobalFlags } from "./command-context.js";
import { chosenCreationDate } from "./creation-date.js";
import { checkDpi } from "./dpi-option.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import { interruptGate } from "./interrupt-gate.js";
import type { Io } from "./io.js";
import { addMergeOptions, type MergeFlags, refuseMergeOnly } from "./merge-options.js";
import { green } from "./painted.js";
import { chosenStandards, type PdfFlags } from "./pdf-flags.js";
import { type WarningJson, warningJson } from "./problems-json.js";
import type { Reporter } from "./reporter.js";
import { checkRoot } from "./root-option.js";
import { VERSION } from "./version.js";
import { filesWhole, stopIfHeard } from "./write-whole.js";

export interface RenderFlags extends MergeFlags, PdfFlags {
  out?: string;
  template?: string;
  root?: string;
  format?: string;
  emit?: string;
  width: string;
  creationDate?: string;
  dpi?: string;
  json?: boolean;
}

export interface FileReport {
  path: string;
  format: string;
  bytes: number;
  sha256: string;
  pages?: number;
  /** A page image's page number. */
  page?: number;
}

/** The stages `--emit` can print; commander refuses any other. */
const STAGES: Stage[] = ["markup", "model", "layout"];

function checkWidth(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < 20 || width > 1000)
    throw fail("usage", `--width must be a whole number of columns from 20 to 1000, not ${value}`);
  return width;
}

/** `missive render <data.yaml>`: one letter to PDF and/or text. */
export async function renderCommand(
  dataFile: string,
  flags: RenderFlags,
  io: Io,
  rep: Reporter,
  res: Resources,
): Promise<{ files: FileReport[]; warnings: WarningJson[]; assets: string[] }> {
  const [
    { renderLetter },
    { readText },
    { planOutputs, parseFormats },
    { writeFilesAtomic },
    { emitStage, emitTarget },
    { refuseInputs },
  ] = await Promise.all([
    import("../pipeline.js"),
    import("../load/read-text.js"),
    import("../output/plan-outputs.js"),
    import("../output/write-atomic.js"),
    import("./emit.js"),
    import("../output/refuse-inputs.js"),
  ]);
  const formats = parseFormats(flags.format);
  const stage = flags.emit as Stage | undefined;
  const fromStdin = dataFile === "-";
  // A letter from standard input is named `letter` in an output folder.
  const named = fromStdin ? "letter" : dataFile;
  const targets = stage ? [] : planOutputs(named, flags.out, formats, io.cwd);
  const dpi = checkDpi(flags.dpi, stage ? undefined : targets.map((t) => t.format));
  const emitTo = stage ? emitTarget(flags.out, io.cwd) : undefined;
  refuseUnwritable(
    emitTo ? [emitTo] : targets.map((t) => t.path).filter((p) => p !== "-"),
    flags.out,
    io.cwd,
  );
  if (!fromStdin) refuseLinkedOut("the letter data", dataFile, io.cwd, flags.root);
  // Where each output's folder really is, found before the letter is laid out (which may take
  // minutes): one moved or replaced by a link meanwhile is refused (output/still-inside.ts).
  const inside = foldersOf(emitTo ? [emitTo] : targets.map((t) => t.path).filter((p) => p !== "-"));
  const within = (path: string) => {
    const real = inside.get(path);
    return real === undefined ? {} : { inside: real };
  };
  const source = fromStdin
    ? await (await import("../load/read-stdin-text.js")).readStdinText(io.stdin)
    : readText(dataFile, { cwd: io.cwd, reads: rep.reads });
  // Rendering writes nothing, so until it is done a signal may end the process at once, as
  // any program (the shell reports 130 or 143): a long synchronous layout (a grid of 100,000
  // signers) would otherwise hold a Ctrl-C or a CI runner's SIGTERM until it finished.
  const rendered = await renderLetter(
    source,
    {
      ...letterOptionsOf(flags, stage ? [] : letterFormats(targets), io),
      cwd: io.cwd,
      stopAfter: stage,
      reads: rep.reads,
    },
    res,
  );
  // Page images are made from the PDF's bytes, as a viewer would draw them, before anything is
  // written: like rendering, this may be ended at once by a signal.
  const files = await outputFiles(targets, rendered, dpi, source.file);
  const interrupt = interruptGate(io, (m) => rep.warn(m), {
    stopping: "stopping before anything is written",
    finishing: "the output is being written",
  });
  try {
    if (interrupt.signal.aborted) throw stopped(interrupt.signal);
    interrupt.finishing();
    const warnings = rendered.warnings.map(warningJson);
    if (!rep.quiet) for (const w of rendered.warnings) rep.warn(warningText(w), w);
    const notAnInput = refuseInputs(
      [
        { path: resolve(io.cwd, dataFile), what: "the letter data" },
        ...rendered.packFiles.map((path) => ({ path, what: "a file of the template pack" })),
        ...rendered.assets.map((path) => ({ path, what: "an image the letter uses" })),
      ],
      io.cwd,
    );
    if (stage) {
      const text = emitStage(rendered, stage, io.cwd);
      if (!emitTo) {
        io.stdout.write(text);
        await stopIfHeard(interrupt, "the render", "its output was written whole", { warnings });
        return { files: [], warnings, assets: rendered.assets };
      }
      notAnInput(emitTo);
      writeFilesAtomic([{ path: emitTo, data: text, ...within(emitTo) }]);
      const report = { path: emitTo, format: stage, ...fileDigest(text) };
      await stopIfHeard(interrupt, "the render", filesWhole(1), { files: [report], warnings });
      return { files: [report], warnings, assets: rendered.assets };
    }
    for (const f of files) if (f.path !== "-") notAnInput(f.path);
    writeFilesAtomic(files.filter((f) => f.path !== "-").map((f) => ({ ...f, ...within(f.path) })));
    for (const f of files) if (f.path === "-") io.stdout.write(f.data);
    const reports = files.map((f) => fileReport(f, rendered.pages));
    await stopIfHeard(interrupt, "the render", filesWhole(files.length), {
      files: reports,
      warnings,
    });
    return { files: reports, warnings, assets: rendered.assets };
  } finally {
    interrupt.release();
  }
}

/**
 * Refuses outputs that cannot be written before the letter is laid out, which may take long:
 * a folder that is a file or a device (`-o /dev/null`), a name where a folder or a device is.
 */
function refuseUnwritable(paths: string[], out: string | undefined, cwd: string): void {
  for (const path of paths) {
    refuseFileAsFolder("-o", out ?? ".", dirname(path), cwd);
    refuseNonFile(path, relative(cwd, path).startsWith("..") ? path : relative(cwd, path));
  }
}

/** What `--json` says of a file a render wrote: a PDF its page count, a page image its page. */
function fileReport(f: OutputFile, pages: number | undefined): FileReport {
  return {
    path: f.path,
    format: f.format,
    ...fileDigest(f.data),
    ...(f.format === "pdf" ? { pages } : {}),
    ...(f.page ? { page: f.page } : {}),
  };
}

/** An output with its bytes; a page image knows its page. */
interface OutputFile {
  format: OutputFormat;
  path: string;
  data: Uint8Array | string;
  page?: number;
}

/** The pipeline's formats for these outputs: page images are drawn from the PDF. */
function letterFormats(targets: OutputTarget[]): Format[] {
  return [...new Set(targets.map((t) => (t.format === "png" ? "pdf" : t.format)))];
}

/** Each output file with its bytes; the page images' target becomes one file per page. */
async function outputFiles(
  targets: OutputTarget[],
  rendered: { pdf?: Uint8Array; txt?: string },
  dpi: number,
  file: string,
): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const t of targets) {
    if (t.format !== "png") {
      files.push({
        ...t,
        data: (t.format === "pdf" ? rendered.pdf : rendered.txt) as Uint8Array | string,
      });
      continue;
    }
    const [{ pageImages }, { pageImageNames }] = await Promise.all([
      import("../raster/page-images.js"),
      import("../output/page-image-names.js"),
    ]);
    const pngs = await pageImages(rendered.pdf as Uint8Array, dpi, `the PDF of ${file}`);
    const names = pageImageNames(t.path, pngs.length);
    pngs.forEach((data, i) => {
      files.push({ format: t.format, path: names[i] as string, data, page: i + 1 });
    });
  }
  return files;
}

function stopped(signal: AbortSignal): Error {
  return fail("interrupted", `${String(signal.reason)}: the render stopped`, undefined, [
    "nothing was written",
  ]);
}

/**
 * A merge writes PDFs and text. Why no page images: a merge plans and checks every output
 * name before it renders, and a letter's page images are named by its page count, known
 * only once it is rendered; and page images are for looking at a letter, a merge for sending
 * many (render one record's letter with -f png to see it).
 */
function mergeFormats(formats: OutputFormat[] | undefined, flags: RenderFlags) {
  if (formats?.includes("png") || flags.dpi !== undefined)
    throw fail("usage", "a mail merge writes PDF and text, not page images", undefined, [
      "render one letter with -f png to see its pages",
    ]);
  return formats as Format[] | undefined;
}

/** The letter's options from render's flags (letter-options.ts): what `render` and a merge share. */
function letterOptionsOf(
  flags: RenderFlags,
  formats: Format[],
  io: Pick<Io, "env" | "cwd">,
): LetterOptions {
  return {
    template: flags.template ?? null,
    root: checkRoot(flags.root, io.cwd),
    formats,
    textWidth: checkWidth(flags.width),
    creationDate: chosenCreationDate(io.env, flags.creationDate)?.getTime() ?? null,
    pdfStandards: chosenStandards(flags),
    embedSource: flags.embedSource === true,
  };
}

/** `render --merge`: the same flags, one letter per record (see docs/merge.md). */
async function renderMerge(
  dataFile: string,
  flags: RenderFlags,
  io: Io,
  rep: Reporter,
  g: GlobalFlags,
  res: Resources,
): Promise<number> {
  const [{ resolveMergeOptions }, { mergeCommand }, { parseFormats }] = await Promise.all([
    import("./merge-options.js"),
    import("./merge-command.js"),
    import("../output/plan-outputs.js"),
  ]);
  const opts = resolveMergeOptions(dataFile, flags, {
    cwd: io.cwd,
    letter: letterOptionsOf(
      flags,
      mergeFormats(parseFormats(flags.format), flags) ?? ["pdf", "txt"],
      io,
    ),
    version: VERSION,
    env: io.env,
    fromSnapshot: io.fromSnapshot === true,
  });
  refuseLinkedOut("the letter data", dataFile, io.cwd, flags.root);
  if (opts.records.file !== "-")
    refuseLinkedOut("the records file", opts.records.label, io.cwd, flags.root);
  return mergeCommand(opts, io, rep, g, res);
}

export function registerRender(program: Command, context: CommandContext): void {
  const cmd = program
    .command("render")
    .description("render a letter to PDF, text and page images")
    .argument("<data>", "letter data file (YAML), or - for standard input");
  addRenderOptions(cmd)
    .addOption(
      new Option(
        "--emit <stage>",
        "print a pipeline stage instead of rendering (to -o FILE if given)",
      ).choices(STAGES),
    )
    .addHelpText("after", exitCodesHelp());
  addMergeOptions(cmd).action((data: string, flags: RenderFlags) =>
    context.run(async (rep, g) => {
      const toStdout = flags.out === "-" || (flags.emit !== undefined && flags.out === undefined);
      if (g.json && toStdout) {
        throw fail("usage", "--json cannot share standard output with -o - or --emit", undefined, [
          "write the letter (or the stage) to a file with -o, or leave out --json",
        ]);
      }
      refuseMergeOnly(flags);
      if (flags.merge !== undefined && data === "-")
        throw fail(
          "usage",
          "a mail merge reads its letter from a file, not standard input",
          undefined,
          ["save the letter to a file and pass its name"],
        );
      if (flags.merge !== undefined)
        return renderMerge(data, flags, context.io, rep, g, context.resources);
      const { files, warnings } = await renderCommand(
        data,
        flags,
        context.io,
        rep,
        context.resources,
      );
      if (g.json)
        context.io.stdout.write(`${jsonText({ ok: true, files, warnings, errors: [] })}\n`);
      else reportWritten(files, rep);
      return 0;
    }),
  );
}

/** Tells people which files a render wrote. */
export function reportWritten(files: FileReport[], rep: Reporter): void {
  for (const f of files)
    if (f.path !== "-")
      rep.info(
        green("wrote"),
        ` ${f.path}${f.pages ? ` (${f.pages} page${f.pages > 1 ? "s" : ""})` : ""}`,
      );
}

/** The options of one letter's output, which `render` and `watch` share. */
export function addRenderOptions(cmd: Command): Command {
  return cmd
    .option(
      "-o, --out <path>",
      "output folder, a .pdf/.txt/.png file, or - for stdout (default: current folder)",
    )
    .option("-t, --template <name|path>", "template pack (default: the data's template: key)")
    .option("--root <dir>", "files named in the data may be anywhere in this folder")
    .option("-f, --format <list>", "formats to write: pdf, txt, png (default: pdf,txt)")
    .option("--dpi <n>", `resolution of page images (-f png); default ${DEFAULT_DPI}`)
    .option("-w, --width <columns>", "text output width; wide characters count two", "72")
    .option("--creation-date <date>", "date stored in the PDF (SOURCE_DATE_EPOCH wins)")
    .option(
      "--pdf-standard <list>",
      "standards the PDF meets: ua-1, a-2b, a-2a, a-3b, a-3a, comma-separated (default: ua-1,a-2a)",
    )
    .option("--embed-source", "embed the letter's data in the PDF (PDF/A-3; see missive extract)");
}
