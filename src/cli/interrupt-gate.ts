import type { Io } from "./io.js";

/** How a long command hears Ctrl-C (SIGINT) and SIGTERM. */
export interface InterruptGate {
  /** Aborted by the first signal, with the signal's name as its reason. */
  signal: AbortSignal;
  /** From now on a signal is noted but aborts nothing: the work left must complete. */
  finishing(): void;
  /** Stops listening; signals then end the process as usual. */
  release(): void;
}

/**
 * Listens for the first Ctrl-C or SIGTERM of a command that must clean up after itself (a
 * mail merge removes the letters it wrote). Why a finishing phase: once every letter is
 * written, stopping would leave them without their manifest; finishing takes moments.
 */
export function interruptGate(io: Io, note: (message: string) => void): InterruptGate {
  const controller = new AbortController();
  let finishing = false;
  const release = io.onInterrupt?.((signal) => {
    if (finishing) {
      note(`${signal}: finishing the manifest first (again to quit at once)`);
      return;
    }
    note(`${signal}: stopping after the letters being rendered (again to quit at once)`);
    controller.abort(signal);
  });
  return {
    signal: controller.signal,
    finishing: () => {
      finishing = true;
    },
    release: () => release?.(),
  };
}
