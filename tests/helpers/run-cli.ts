import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { ROOT } from "./render.js";

export interface CliResult {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** Runs the CLI in-process with captured output and a clean, colourless environment. */
export async function runCli(
  argv: string[],
  opts: {
    cwd?: string;
    env?: Record<string, string>;
    /** Text, or a stream (one that never ends, say). */
    stdin?: string | NodeJS.ReadableStream;
    /** Receives what a Ctrl-C would do, once a command listens for it. */
    interrupt?: (ctrlC: () => void) => void;
    /** When the run began (ms since the epoch): an earlier time stands for a clock behind the files'. */
    started?: number;
  } = {},
): Promise<CliResult> {
  const out: Buffer[] = [];
  let err = "";
  const io: Io = {
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: (c: string) => (err += c) },
    stdin: typeof opts.stdin === "object" ? opts.stdin : Readable.from([opts.stdin ?? ""]),
    env: { NO_COLOR: "1", SOURCE_DATE_EPOCH: "1583884800", ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    ...(opts.started === undefined ? {} : { started: opts.started }),
  };
  const { interrupt } = opts;
  if (interrupt)
    io.onInterrupt = (stop) => {
      let listening = true;
      interrupt(() => listening && stop("SIGINT"));
      return () => {
        listening = false;
      };
    };
  const code = await run(argv, io);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString("utf8"), stdoutBytes, stderr: err };
}

export const BIN = join(ROOT, "bin", "missive");

/**
 * Runs the installed command (bin/missive, which starts from the startup snapshot when it is
 * built) as a separate process, with the same clean environment as runCli.
 */
export function runBin(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string>; stdin?: string; bin?: string } = {},
): CliResult {
  const r = spawnSync(opts.bin ?? BIN, argv, {
    cwd: opts.cwd ?? ROOT,
    input: opts.stdin ?? "",
    env: {
      PATH: process.env.PATH ?? "",
      NO_COLOR: "1",
      SOURCE_DATE_EPOCH: "1583884800",
      ...opts.env,
    },
  });
  if (r.error) throw r.error;
  return {
    code: r.status ?? -1,
    stdout: r.stdout.toString("utf8"),
    stdoutBytes: r.stdout,
    stderr: r.stderr.toString("utf8"),
  };
}
