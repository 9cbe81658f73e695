/**
 * Whether a worker's letter may still be stopped, in memory both threads share. Why: a
 * Ctrl-C or SIGTERM must end a merge within a second, and a worker laying out a long letter
 * hears nothing until it is done; the main thread may end it at once (Worker.terminate) only
 * while it writes nothing, and never while it writes, which takes moments. The worker claims
 * the right to write, the main thread the right to stop: whoever comes first wins, atomically,
 * so a letter is either written whole and reported, or not at all. A worker holds more than one
 * job (worker-crew.ts), so the gate opens again after each letter is written.
 */
export type WriteGate = Int32Array;

/** Rendering, or between letters: may be ended at once. */
const RENDERING = 0;
const WRITING = 1;
/** Stopped while it wrote nothing: it is being ended. */
const STOPPED = 2;
/** Stopped while it wrote: it finishes that letter and writes no other. */
const ENDING = 3;

export function newWriteGate(): WriteGate {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Worker, before writing a letter: false when the main thread has stopped it. */
export function mayWrite(gate: WriteGate): boolean {
  return Atomics.compareExchange(gate, 0, RENDERING, WRITING) === RENDERING;
}

/** Worker, once a letter is written (or failed to be): it may be stopped again, unless it was. */
export function doneWriting(gate: WriteGate): void {
  Atomics.compareExchange(gate, 0, WRITING, RENDERING);
}

/**
 * Main thread, on a signal: true when the worker writes nothing now and never will (end it at
 * once); false when it is writing a letter, which it finishes, and then writes no other.
 */
export function stopWriting(gate: WriteGate): boolean {
  for (;;) {
    const now = Atomics.load(gate, 0);
    if (now === STOPPED) return true;
    if (now === ENDING) return false;
    const to = now === RENDERING ? STOPPED : ENDING;
    if (Atomics.compareExchange(gate, 0, now, to) === now) return to === STOPPED;
  }
}

/** Main thread: whether the worker was told to write no more letters (stopWriting). */
export function toldToStop(gate: WriteGate): boolean {
  return Atomics.load(gate, 0) >= STOPPED;
}
