import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { FSWatcher } from "chokidar";
import type { Command } from "commander";
import { fail, isMissiveError } from "../errors.js";
import { forgetPacks, type Resources } from "../resources.js";
import type { CommandContext, GlobalFlags } from "./command-context.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import type { Io } from "./io.js";
import {
  addRenderOptions,
  type RenderFlags,
  renderCommand,
  reportWritten,
} from "./render-command.js";
import type { Reporter } from "./reporter.js";

/** Changes closer together than this are one change (an editor's save is several events). */
const SETTLE_MS = 150;

/**
 * `missive watch <data.yaml>`: renders, then renders again whenever the letter's files change
 * (watchInputs), until Ctrl-C. Each render replaces the outputs atomically, so a PDF viewer
 * reloads a whole file; a render that fails prints its located error and leaves the last good
 * output in place. Why chokidar: fs.watch alone misses editors' save-by-rename and differs
 * between systems; polling would cost a wake-up per file per interval.
 */
export async function watchCommand(
  dataFile: string,
  flags: RenderFlags,
  io: Io,
  rep: Reporter,
  g: GlobalFlags,
  res: Resources,
): Promise<number> {
  const [{ watch }, { watchInputs }, { leadsOutOf }] = await Promise.all([
    import("chokidar"),
    import("./watch-inputs.js"),
    import("./watched-places.js"),
  ]);
  let watched = new Set<string>([resolve(io.cwd, dataFile)]);
  const places = leadsOutOf(watched);
  let watcher: FSWatcher | undefined;
  let stopped = false;
  let rendered = false;
  /**
   * Renders once, then points the watcher at the files that render was made from. The first
   * render's usage or output error ends the watch: it comes from the flags (`--root` that is
   * not a folder, `-o /dev/null`), which no edit of a watched file can mend. So does a data
   * file that is not there: a mistyped name (`letter.yml`) would otherwise watch for ever.
   */
  const renderOnce = async (first = false) => {
    rep.runBegins(); // a file edited since the last render shows its lines again
    forgetPacks(res); // a pack edited since the last render is read again
    let assets: string[] = [];
    try {
      const r = await renderCommand(dataFile, flags, io, rep, res);
      reportWritten(r.files, rep);
      assets = r.assets;
      rendered = true;
    } catch (e) {
      // Ctrl-C while rendering: the render stopped (and wrote nothing); so does the watch.
      if (stopped || (isMissiveError(e) && e.kind === "interrupted")) {
        stopped = true;
        return;
      }
      if (first && isMissiveError(e) && (e.kind === "usage" || e.kind === "output")) throw e;
      if (first && !existsSync(resolve(io.cwd, dataFile))) throw e;
      rep.error(e, g.debug === true);
      rep.info(
        rendered ? "the last good output stays; watching for changes" : "watching for changes",
      );
    }
    let next = watched;
    try {
      next = new Set(
        watchInputs(
          dataFile,
          { cwd: io.cwd, template: flags.template, root: flags.root, assets },
          res,
        ),
      );
    } catch {
      // Broken data names no pack: keep watching what was watched, the data file among it.
    }
    places.update(next);
    if (watcher) {
      watcher.unwatch([...watched].filter((f) => !next.has(f)));
      watcher.add([...next].filter((f) => !watched.has(f)));
    }
    watched = next;
  };
  await renderOnce(true);
  if (stopped) throw fail("interrupted", "the watch stopped before it began");
  // Made once the first render named the files, so that "watching" is said when the watcher
  // has read every folder: a change from then on is seen.
  const w = watch([...watched], {
    ignoreInitial: true,
    // missive's own temporary and kept files (write-atomic.ts, previous-files.ts) are no edit;
    // nor is what a link in a watched folder leads to outside it (watched-places.ts).
    ignored: (path: string) => basename(path).startsWith(".missive-") || places.leadsOut(path),
  });
  watcher = w;
  // A file or folder the watcher cannot read (one of a pack's, made unreadable) is said, not
  // thrown: an error event nobody hears ends the process with Node's trace.
  w.on("error", (e) => rep.warn(`cannot watch a file: ${(e as Error).message}`));
  await new Promise<void>((up) => w.once("ready", () => up()));
  rep.info(
    `watching ${watched.size} ${watched.size === 1 ? "file" : "files and folders"}; Ctrl-C to stop`,
  );
  return new Promise<number>((done) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    w.on("all", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(() => (stopped ? undefined : renderOnce()));
      }, SETTLE_MS);
    });
    io.onInterrupt?.(() => {
      stopped = true;
      clearTimeout(timer);
      void running
        .then(() => w.close())
        .then(() => {
          rep.info("stopped watching");
          done(0);
        });
    });
  });
}

export function registerWatch(program: Command, context: CommandContext): void {
  const cmd = program
    .command("watch")
    .description("render a letter, and again whenever its data, pack, fonts or images change")
    .argument("<data>", "letter data file (YAML)");
  addRenderOptions(cmd)
    .addHelpText("after", exitCodesHelp())
    .action((data: string, flags: RenderFlags) =>
      context.run(async (rep, g) => {
        if (data === "-" || flags.out === "-")
          throw fail("usage", "watch reads its letter from a file and writes files", undefined, [
            "give the data file's name, and -o a folder or a file",
          ]);
        return watchCommand(data, flags, context.io, rep, g, context.resources);
      }),
    );
}
