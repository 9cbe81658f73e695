import type { Resources } from "../resources.js";
import type { Io } from "./io.js";
import type { Reporter } from "./reporter.js";

export interface GlobalFlags {
  json?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

/**
 * What a command's registration gets from main.ts: the io, the resources, and `run`, which
 * reports errors and sets the exit code. A command's action returns its exit code (or
 * nothing for 0).
 */
export interface CommandContext {
  io: Io;
  /** What the process keeps between letters (src/resources.ts), handed to every stage. */
  resources: Resources;
  run(fn: (rep: Reporter, g: GlobalFlags) => Promise<number | undefined>): Promise<void>;
}
