/**
 * Whether a worker's current letter may still be stopped, in memory both threads share. Why:
 * a Ctrl-C or SIGTERM must end a merge within a second, and a worker laying out a long letter
 * hears nothing until it is done; the main thread may end it at once (Worker.terminate) only
 * while it has written nothing of the letter, and never while it writes, which takes moments.
 * The worker claims the right to write, the main thread the right to stop: whoever comes
 * first wins, atomically, so a letter is either written whole and reported, or not at all.
 */
export type WriteGate = Int32Array;

const RENDERING = 0;
const WRITING = 1;
const STOPPED = 2;

export function newWriteGate(): WriteGate {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Main thread, before it sends a job: the worker's letter has written nothing yet. */
export function rendering(gate: WriteGate): void {
  Atomics.store(gate, 0, RENDERING);
}

/** Worker, before writing its letter: false when the main thread has stopped it. */
export function mayWrite(gate: WriteGate): boolean {
  return Atomics.compareExchange(gate, 0, RENDERING, WRITING) === RENDERING;
}

/**
 * Main thread: true when the worker has not begun writing its letter, which it now never
 * will; false once it writes (or has written: the gate stays so until the next job).
 */
export function stopIfRendering(gate: WriteGate): boolean {
  return Atomics.compareExchange(gate, 0, RENDERING, STOPPED) === RENDERING;
}
