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
export function progressBar(
  io: Io,
  total: number,
  enabled: boolean,
  now: () => number = Date.now,
): Progress {
  const terminal = io.stderr.isTTY === true && !io.env.CI;
  if (enabled && total > 1 && !terminal && io.env.CI) return progressLines(io, total, now);
  if (!enabled || !terminal || total <= 1) return { tick() {}, clear() {}, end() {} };
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

/** How often a run without a terminal says how far it is; a short merge says nothing. */
const LINE_EVERY_MS = 10_000;

/**
 * In CI, where nobody watches a bar but a log, a line every ten seconds: done, rate and time
 * left. Why lines: a job's log shows that a long merge is alive and when it will end.
 */
function progressLines(io: Io, total: number, now: () => number): Progress {
  const started = now();
  let last = started;
  let done = 0;
  return {
    tick() {
      done++;
      const t = now();
      if (t - last < LINE_EVERY_MS || done === total) return;
      last = t;
      const rate = done / ((t - started) / 1000);
      const left = Math.ceil((total - done) / rate);
      io.stderr.write(
        `progress: ${done}/${total} letters, ${rate.toFixed(1)}/s, about ${left} s left\n`,
      );
    },
    clear() {},
    end() {},
  };
}
