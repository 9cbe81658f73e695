import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { safeRelativeName } from "../batch/safe-name.js";
import { fail } from "../errors.js";
import { isFolder } from "../is-folder.js";
import { refuseLinkedOut } from "../load/named-input.js";
import type { CommandContext } from "./command-context.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import { green } from "./painted.js";
import type { Reporter } from "./reporter.js";
import { writeFilesWhole } from "./write-whole.js";

/** A PDF larger than this is not one of missive's letters. */
const MAX_PDF_BYTES = 512 * 1024 * 1024;

/**
 * `missive extract <letter.pdf>`: writes out the source a letter rendered with
 * `--embed-source` carries: its data file, and for a merged letter its record (record.json),
 * or for a merge's combined PDF every record (record-0001.json, …).
 * `-o` names the file (one source) or the folder (several); `-o -` prints a single source.
 */
export async function extractCommand(
  pdfFile: string,
  flags: { out?: string; force?: boolean },
  shell: CommandContext,
  rep: Reporter,
): Promise<number> {
  const [
    { readRegular },
    { cannotRead },
    { pdfSources },
    { writeFilesAtomic },
    { refuseInputs },
    { refuseFileAsFolder },
  ] = await Promise.all([
    import("../load/read-regular.js"),
    import("../load/cannot-read.js"),
    import("../load/pdf-sources.js"),
    import("../output/write-atomic.js"),
    import("../output/refuse-inputs.js"),
    import("../output/file-as-folder.js"),
  ]);
  const { cwd } = shell.io;
  const path = resolve(cwd, pdfFile);
  refuseLinkedOut("the PDF", pdfFile, cwd, false);
  let bytes: Uint8Array;
  try {
    bytes = readRegular(path, MAX_PDF_BYTES);
  } catch (e) {
    throw cannotRead(pdfFile, e, "check the path of the PDF");
  }
  const sources = pdfSources(bytes, pdfFile);
  if (sources.length === 0)
    throw fail("input", "the PDF carries no source", { file: pdfFile }, [
      "render the letter with --embed-source (PDF/A-3) to embed its data",
    ]);
  if (flags.out === "-") {
    if (sources.length > 1)
      throw fail(
        "usage",
        `${pdfFile} carries ${sources.length} files: -o - prints only one`,
        undefined,
        ["give -o a folder"],
      );
    shell.io.stdout.write(sources[0]?.data ?? "");
    return 0;
  }
  const files = sources.map((s) => ({
    ...target(s.name, flags.out, sources.length, cwd),
    data: s.data,
  }));
  // The PDF names its files, and it may come from anyone: such a name never replaces a file
  // (.profile, Makefile) unless asked; a file -o names is the user's own choice.
  const clash = flags.force ? undefined : files.find((f) => f.namedByPdf && existsSync(f.path));
  if (clash)
    throw fail(
      "output",
      `${clash.path} already exists; the PDF names it, and extract never writes over a file`,
      undefined,
      ["give -o a new file or folder, or pass --force to overwrite"],
    );
  // Two files of one name would overwrite each other: missive never writes such a PDF.
  const twice = files.find((f, i) => files.findIndex((g) => g.path === f.path) !== i);
  if (twice)
    throw fail(
      "input",
      `the PDF carries two files named ${basename(twice.path)}`,
      { file: pdfFile },
      ["extract from a PDF missive wrote; this one was written or changed elsewhere"],
    );
  for (const f of files) refuseFileAsFolder("-o", flags.out ?? ".", dirname(f.path), cwd);
  const notAnInput = refuseInputs([{ path, what: "the PDF" }], cwd);
  for (const f of files) notAnInput(f.path);
  await writeFilesWhole(files, writeFilesAtomic, {
    io: shell.io,
    note: (m) => rep.warn(m),
    command: "extract",
  });
  for (const f of files) rep.info(green("wrote"), ` ${f.path}`);
  return 0;
}

/**
 * Where a source goes: its own name (never a path: a PDF may come from anyone) in the current
 * folder or in `-o`'s folder, or `-o` itself when there is one source.
 */
function target(
  name: string,
  out: string | undefined,
  count: number,
  cwd: string,
): { path: string; namedByPdf: boolean } {
  const dest = resolve(cwd, out ?? ".");
  const file = out !== undefined && count === 1 && !out.endsWith("/") && !isFolder(dest);
  if (file) return { path: dest, namedByPdf: false };
  // A name with a separator is refused whole, not cut to its last part: `a\b.yaml` (a file so
  // named on Linux, where missive embeds it as it is) was written as `b.yaml`, another name,
  // and a hostile PDF's `..\..\x` as `x`; Windows reads `\` as a folder. Nor a name with
  // format characters: a right-to-left override shows `letter\u202efdp.exe` as
  // `letterexe.pdf`, and zero-width ones make two names look alike. Nor one a merge would
  // change to write it (safe-name.ts): reserved on Windows (`CON.yaml`, `NUL`), or with
  // characters Windows refuses or drops. A hidden name stays (a letter may be `.profile`):
  // extract writes over no file unless --force.
  const bare = name.replace(/^\.+/, "");
  if (
    name === "" ||
    name === "." ||
    name === ".." ||
    /[/\\\p{Cc}\p{Cf}]/u.test(name) ||
    safeRelativeName(bare) !== bare.normalize("NFC")
  )
    throw fail(
      "input",
      `the embedded source's name ${shownName(name)} is not a file name`,
      undefined,
      count === 1 ? ["name the file it is written to yourself: -o letter.yaml"] : undefined,
    );
  return { path: join(dest, name), namedByPdf: true };
}

/** A name as JSON writes it, its format characters too as escapes (JSON leaves them raw). */
function shownName(name: string): string {
  return JSON.stringify(name).replace(
    /\p{Cf}/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

export function registerExtract(program: Command, shell: CommandContext): void {
  program
    .command("extract")
    .description("write out the data a PDF rendered with --embed-source carries")
    .argument("<pdf>", "a PDF missive wrote with --embed-source")
    .option(
      "-o, --out <path>",
      "file (or folder, for a merged letter's two files), or - for stdout",
    )
    .option("--force", "write over existing files of the names the PDF gives")
    .addHelpText("after", exitCodesHelp())
    .action((pdf: string, flags: { out?: string; force?: boolean }) =>
      shell.run((rep: Reporter) => extractCommand(pdf, flags, shell, rep)),
    );
}
