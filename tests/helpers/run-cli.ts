import { Readable } from "node:stream";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** Runs the CLI in-process with captured output and a clean, colourless environment. */
export async function runCli(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string>; stdin?: string } = {},
): Promise<CliResult> {
  const out: Buffer[] = [];
  let err = "";
  const io: Io = {
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: (c: string) => (err += c) },
    stdin: Readable.from([opts.stdin ?? ""]),
    env: { NO_COLOR: "1", SOURCE_DATE_EPOCH: "1583884800", ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await run(argv, io);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString("utf8"), stdoutBytes, stderr: err };
}
