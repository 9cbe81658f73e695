import { EXIT_CODES } from "../errors.js";
import { type Io, processIo } from "./io.js";
import { run } from "./main.js";

/**
 * Runs the CLI for this process: the one place that sets the exit code. Shared by the plain
 * entry (bin/missive.js) and the startup snapshot (src/startup/snapshot-entry.ts).
 */
export async function startCli(
  argv: string[],
  opts: { fromSnapshot?: boolean } = {},
): Promise<void> {
  // A reader that stops early (`missive … --emit layout | head`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  let io: Io;
  try {
    io = processIo();
  } catch (e) {
    // process.cwd() fails when the current folder was deleted under the shell.
    process.stderr.write(
      `error: cannot read the current folder (${(e as Error).message})\nhint: change to a folder that exists\n`,
    );
    process.exitCode = EXIT_CODES.usage;
    return;
  }
  process.exitCode = await run(argv, { ...io, ...opts });
}
