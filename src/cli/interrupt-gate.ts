import type { Io } from "./io.js";

/** How a long command hears Ctrl-C (SIGINT) and SIGTERM. */
export interface InterruptGate {
  /** Aborted by the first signal, with the signal's name as its reason. */
  signal: AbortSignal;
  /** From now on a signal is noted but aborts nothing: the work left must complete. */
  finishing(): void;
  /** Stops listening; signals then end the process as usual. */
  release(): void;
  /**
   * The signal heard while finishing, if any, once the event loop has turned. Why wait: a
   * signal that comes during synchronous work (writing the files) is only queued; released
   * at once, the gate would let it go unheard and the command exit 0.
   */
  settle(): Promise<string | undefined>;
  /**
   * Listens again after release(). Why: a command may release the gate for a stretch that has
   * written nothing (a merge planning its names over a large letter), so a signal ends it at
   * once instead of waiting for synchronous work to finish.
   */
  listen(): void;
}

/** What the user is told a signal does: while the work runs, and while it finishes. */
export interface GateWords {
  stopping: string;
  finishing: string;
}

/**
 * Listens for the first Ctrl-C or SIGTERM of a command that must not leave work half done (a
 * mail merge keeps only whole letters, listed in its manifest; a render writes nothing). Why
 * a finishing phase: once the output is being written, stopping would leave it incomplete;
 * finishing takes moments.
 */
export function interruptGate(
  io: Io,
  note: (message: string) => void,
  words: GateWords,
): InterruptGate {
  const controller = new AbortController();
  let finishing = false;
  let heard: string | undefined;
  const listen = () =>
    io.onInterrupt?.((signal) => {
      note(`${signal}: ${finishing ? words.finishing : words.stopping} (again to quit at once)`);
      if (!finishing) controller.abort(signal);
      else heard ??= signal;
    });
  let release = listen();
  return {
    signal: controller.signal,
    finishing: () => {
      finishing = true;
    },
    release: () => {
      release?.();
      release = undefined;
    },
    listen: () => {
      if (!release && !controller.signal.aborted) release = listen();
    },
    settle: async () => {
      await loopTurns();
      return heard;
    },
  };
}

/**
 * Two turns of the event loop. Why two: a queued signal is read in the loop's poll phase, and
 * one `setImmediate` called from that phase runs before the next poll; the second runs after
 * one.
 */
async function loopTurns(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((next) => setImmediate(next));
}
