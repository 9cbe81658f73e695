import type { Io } from "./io.js";

/** Records done, rate and ETA on one stderr line. */
export interface Progress {
  tick(): void;
  /** Clears the bar so a message can be printed on a clean line. */
  clear(): void;
  end(): void;
}

const WIDTH = 24;

/**
 * A bar only for a person at a terminal: not in CI, not with --quiet or --json, not when
 * stderr is a file. Why our own: twenty lines do, and a library would load on every start.
 */
export function progressBar(io: Io, total: number, enabled: boolean): Progress {
  const show = enabled && io.stderr.isTTY === true && !io.env.CI && total > 1;
  if (!show) return { tick() {}, clear() {}, end() {} };
  const started = Date.now();
  let done = 0;
  let drawn = 0;
  const draw = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const fill = Math.round((done / total) * WIDTH);
    io.stderr.write(
      `\r[${"#".repeat(fill)}${"-".repeat(WIDTH - fill)}] ${done}/${total}  ${rate.toFixed(0)}/s  ETA ${eta}s \x1b[K`,
    );
    drawn = Date.now();
  };
  return {
    tick() {
      done++;
      // Redraw at most ten times a second: a terminal is slower than the renderer.
      if (Date.now() - drawn > 100 || done === total) draw();
    },
    clear() {
      io.stderr.write("\r\x1b[K");
      drawn = 0;
    },
    end() {
      io.stderr.write("\r\x1b[K");
    },
  };
}
