import { closeSync, constants, createReadStream, openSync, type ReadStream } from "node:fs";

/**
 * A named pipe's contents as a stream, read once; a signal ends the wait for its writer. Why:
 * opening a pipe for reading waits until a program opens it for writing, in a thread of
 * Node's pool that nothing can stop; a merge stopped by Ctrl-C or SIGTERM then said "the merge
 * stopped" and went on waiting, its process alive until a second signal. Opening the pipe's
 * writing end, at once and without waiting, ends that open; the pipe then reads as ended.
 */
export function fifoStream(path: string, signal: AbortSignal): ReadStream {
  const stream = createReadStream(path);
  const stop = () => {
    if (stream.pending) unblock(path);
    stream.destroy();
  };
  signal.addEventListener("abort", stop, { once: true });
  stream.once("close", () => signal.removeEventListener("abort", stop));
  return stream;
}

/** Opens and closes the pipe's writing end: a reader waiting in its open returns. */
function unblock(path: string): void {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // No reader waits (ENXIO), or the pipe is not ours to write: nothing to end.
  }
}
