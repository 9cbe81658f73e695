import { fail } from "../errors.js";
import { cannotWrite } from "../output/cannot-write.js";
import { Reporter } from "./reporter.js";
/** The outside world of one CLI run; tests pass their own to run in-process. */
export interface Io {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The process started from the startup snapshot (stack traces point into its bundle). */
  fromSnapshot?: boolean;
  /**
   * When the run began (ms since the epoch): a file changed since shows no code frame
   * (changed-since.ts). A process's own start, which is long before it reads a file; else
   * when its reporter is made.
   */
  started?: number;
  /**
   * Calls `stop` on the first Ctrl-C (SIGINT) or SIGTERM, until the returned function is called;
   * a second signal then ends the process as usual. For commands that must clean up first.
   */
  onInterrupt?(stop: (signal: string) => void): () => void;
}

export function processIo(): Io {
  let stdoutReady = false;
  let stderrReady = false;
  const io: Io = {
    // Standard output and input are made when a command uses them: Node builds a stream for
    // each on first use, and a render to files uses neither.
    get stdout() {
      if (!stdoutReady) {
        stdoutReady = true;
        stopQuietlyOnClosedPipe(process.stdout, () => new Reporter(io));
      }
      return process.stdout;
    },
    get stderr() {
      if (!stderrReady) {
        stderrReady = true;
        // Messages for people are said if they can be: a stderr that cannot be written (`2>
        // /dev/full`) made an unhandled error of a render that had written its files (exit 1),
        // and of a check that failed, where a script reads the exit code.
        process.stderr.on("error", () => {});
      }
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    started: Date.now() - process.uptime() * 1000,
    // Read when a command needs it: in a folder deleted under the shell, `--version` still
    // works, and the error is reported as any other (also as JSON).
    get cwd() {
      try {
        return process.cwd();
      } catch (e) {
        // By its code: Node's wording of this error changes between releases.
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === "ENOENT" ? "it was deleted" : (e as Error).message;
        throw fail("usage", `cannot read the current folder (${why})`, undefined, [
          "change to a folder that exists",
        ]);
      }
    },
    onInterrupt(stop) {
      const off = () => {
        process.off("SIGINT", on);
        process.off("SIGTERM", on);
      };
      const on = (signal: NodeJS.Signals) => {
        off();
        stop(signal);
      };
      process.once("SIGINT", on);
      process.once("SIGTERM", on);
      return off;
    },
  };
  return io;
}

/**
 * Makes a reader that stops early (`missive … --emit layout | head`) not an error: the
 * process ends with the exit code it had. Any other failure to write (a full disk, `-o - >
 * /dev/full`) is an output error (exit 8), said in a line: thrown on, it ended the process as
 * a crash (exit 1), printing the snapshot's whole source line and a stack. Why exit here: the
 * stream reports it outside the command, and --json's report would go to the same stdout.
 */
function stopQuietlyOnClosedPipe(stdout: NodeJS.WriteStream, reporter: () => Reporter): void {
  stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    const err = cannotWrite("standard output", e);
    reporter().error(err, false);
    process.exit(err.exitCode);
  });
}
