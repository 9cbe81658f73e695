/** The outside world of one CLI run; tests pass their own to run in-process. */
export interface Io {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The process started from the startup snapshot (stack traces point into its bundle). */
  fromSnapshot?: boolean;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
