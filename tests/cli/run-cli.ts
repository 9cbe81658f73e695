import { Readable } from "node:stream";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, a fixed creation date and no colour. */
export async function runCli(
  argv: string[],
  opts: { cwd: string; stdin?: string },
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (c) => (stdout += typeof c === "string" ? c : Buffer.from(c).toString()) },
    stderr: { write: (c) => (stderr += c) },
    stdin: Readable.from(opts.stdin !== undefined ? [opts.stdin] : []),
    env: { SOURCE_DATE_EPOCH: "1583884800", NO_COLOR: "1" },
    cwd: opts.cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
