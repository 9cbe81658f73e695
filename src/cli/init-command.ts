import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { fail } from "../errors.js";
import { isFolder } from "../is-folder.js";
import { jsonText } from "../json-text.js";
import type { FileReads } from "../load/file-reads.js";
import type { FileToWrite } from "../output/write-atomic.js";
import type { Resources } from "../resources.js";
import type { CommandContext } from "./command-context.js";
import { green } from "./painted.js";
import { writeFilesWhole } from "./write-whole.js";

interface InitFlags {
  template: string;
  eject?: boolean;
  force?: boolean;
  name: string;
}

/**
 * Plans the files of `missive init`: a data file scaffolded from the pack's schema and, with
 * --eject, a copy of the pack under `<dir>/templates/<pack>`, which the search order finds
 * before the built-in. Why copy next to the data: the letter keeps working when moved.
 */
export async function planInit(
  dir: string,
  flags: InitFlags,
  cwd: string,
  res: Resources,
  reads?: FileReads,
): Promise<FileToWrite[]> {
  const [
    { BUILTIN_TEMPLATES, findPack },
    { loadPack },
    { scaffoldData },
    { packFiles, withCommonKeysIn },
  ] = await Promise.all([
    import("../load/find-pack.js"),
    import("../load/load-pack.js"),
    import("../scaffold/scaffold-data.js"),
    import("../scaffold/eject-pack.js"),
  ]);
  const { builtinSchemaRef } = await import("../scaffold/schema-ref.js");
  const { refuseFileAsFolder } = await import("../output/file-as-folder.js");
  const target = resolve(cwd, dir);
  refuseFileAsFolder("init", dir, dirname(join(target, flags.name)), cwd);
  const packDir = findPack(flags.template, { cwd, dataDir: target });
  const pack = loadPack(packDir, cwd, res, reads);
  const files: FileToWrite[] = [];
  let schemaFile = pack.schemaFile;
  if (flags.eject) {
    const to = join(target, "templates", ejectedName(pack.name));
    const { linkOut } = await import("../place-in-roots.js");
    const copies = packFiles(packDir, to);
    for (const f of copies) refuseLinkOut(f.path, target, cwd, linkOut);
    files.push(...copies);
    if (schemaFile?.startsWith(packDir)) {
      schemaFile = join(to, relative(packDir, schemaFile));
      withCommonKeysIn(files, schemaFile);
    }
  }
  const dataFile = join(target, flags.name);
  const builtin = !flags.eject && dirname(packDir) === BUILTIN_TEMPLATES;
  const ref =
    (builtin ? builtinSchemaRef(pack.name, target) : undefined) ??
    (schemaFile?.endsWith(".json") ? schemaRef(dirname(dataFile), schemaFile) : undefined);
  files.push({ path: dataFile, data: scaffoldData(pack, ref) });
  const clash = files.filter((f) => existsSync(f.path));
  if (clash.length && !flags.force)
    throw fail(
      "output",
      `${relative(cwd, clash[0]?.path ?? "") || clash[0]?.path} already exists`,
      undefined,
      ["choose another folder or --name, or pass --force to overwrite"],
    );
  return files;
}

export function registerInit(program: Command, context: CommandContext): void {
  program
    .command("init")
    .description("start a letter: a data file with every field described, ready to render")
    .argument("[dir]", "folder to create it in, or the data file's name (letter.yaml)", ".")
    .option("-t, --template <name|path>", "template pack", "business")
    .option("-n, --name <file>", "name of the data file", "letter.yaml")
    .option("--eject", "also copy the pack into <dir>/templates/ to customise it")
    .option("--force", "overwrite files that exist")
    .action((dirArg: string, flagsArg: InitFlags, cmd: Command) =>
      context.run(async (rep, g) => {
        const { writeFilesAtomic } = await import("../output/write-atomic.js");
        const named = cmd.getOptionValueSource("name") !== "default";
        const { dir, flags } = dataFileArgument(dirArg, flagsArg, named, context.io.cwd);
        const files = await planInit(dir, flags, context.io.cwd, context.resources, rep.reads);
        await writeFilesWhole(files, writeFilesAtomic, {
          io: context.io,
          note: (m) => rep.warn(m),
          command: "init",
        });
        const paths = files.map((f) => f.path);
        if (g.json) context.io.stdout.write(`${jsonText({ ok: true, files: paths })}\n`);
        for (const p of paths) rep.info(green("created"), ` ${relative(context.io.cwd, p) || p}`);
        const data = relative(context.io.cwd, paths[paths.length - 1] ?? "");
        const { inInstallingProject } = await import("../scaffold/schema-ref.js");
        const missive = inInstallingProject(context.io.cwd) ? "npx missive" : "missive";
        rep.info(`next: edit ${data}, then run \`${missive} render ${data}\``);
        return 0;
      }),
    );
}

/**
 * `missive init letter.yaml` names the data file, not a folder to make: a `.yaml` or `.yml`
 * name that is no existing folder is split into its folder and --name. Why: that is what
 * people type, and it made a folder `letter.yaml` holding `letter.yaml`.
 */
function dataFileArgument(
  dir: string,
  flags: InitFlags,
  named: boolean,
  cwd: string,
): { dir: string; flags: InitFlags } {
  if (!/\.ya?ml$/i.test(dir) || isFolder(resolve(cwd, dir))) return { dir, flags };
  // `init letter.yaml --name letter.yaml` names one file twice, which is no conflict.
  if (named && flags.name !== basename(dir))
    throw fail(
      "usage",
      `init takes a folder, and ${dir} names a file while --name names another`,
      undefined,
      [`write missive init ${dirname(dir)} --name ${flags.name}, or missive init ${dir}`],
    );
  return { dir: dirname(dir), flags: { ...flags, name: basename(dir) } };
}

/**
 * The folder name of an ejected pack: its manifest's name, which must be one plain name. Why:
 * a pack from a pull request could say `name: ../../../.git/hooks`, and `init --eject` wrote
 * its files there, outside the folder given.
 */
function ejectedName(name: string): string {
  if (/^[^/\\\p{Cc}]+$/u.test(name) && name !== "." && name !== "..") return name;
  throw fail(
    "template",
    `the pack's name ${JSON.stringify(name)} is not a folder name`,
    undefined,
    ["name: in template.yaml must be one name, such as acme-letters, without / or .."],
  );
}

/**
 * Refuses a copy of the pack that a symbolic link in `<dir>` (`templates/business -> ~/.ssh`)
 * would put outside it. Why: the folder may be a checked-out pull request, and --force would
 * overwrite what the link leads to.
 */
function refuseLinkOut(
  path: string,
  target: string,
  cwd: string,
  linkOut: typeof import("../place-in-roots.js").linkOut,
): void {
  const why = linkOut(path, target, cwd);
  if (why) throw fail("output", why, undefined, ["remove the link, or choose another folder"]);
}

/** Relative when the schema sits near the letter (an ejected pack), else absolute. */
function schemaRef(from: string, schemaFile: string): string {
  const rel = relative(from, schemaFile);
  return rel.startsWith("../../") ? schemaFile : rel;
}
