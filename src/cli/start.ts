import type { Resources } from "../resources.js";
import { type Io, processIo } from "./io.js";
import { run } from "./main.js";

/**
 * Runs the CLI for this process: the one place that sets the exit code. Shared by the plain
 * entry (bin/missive.js) and the startup snapshot (src/startup/snapshot-entry.ts).
 */
export async function startCli(
  argv: string[],
  opts: { fromSnapshot?: boolean; resources?: Resources } = {},
): Promise<void> {
  // Not spread: the process's Io reads the current folder only when a command needs it.
  const io: Io = processIo();
  if (opts.fromSnapshot) io.fromSnapshot = true;
  process.exitCode = await run(argv, io, opts.resources);
}
