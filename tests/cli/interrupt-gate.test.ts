import { expect, it } from "vitest";
import { interruptGate } from "../../src/cli/interrupt-gate.js";
import type { Io } from "../../src/cli/io.js";

const WORDS = { stopping: "stopping after the work", finishing: "finishing the output first" };

/** An Io whose Ctrl-C the test presses; `listening` tells whether anyone still listens. */
function fakeIo() {
  const state = { stop: undefined as ((s: string) => void) | undefined, listening: false };
  const io = {
    onInterrupt(stop: (s: string) => void) {
      state.stop = stop;
      state.listening = true;
      return () => {
        state.listening = false;
      };
    },
  } as unknown as Io;
  return { io, state, press: (s = "SIGINT") => state.stop?.(s) };
}

it("aborts the work on the first signal, and says so", () => {
  const { io, press } = fakeIo();
  const notes: string[] = [];
  const gate = interruptGate(io, (m) => notes.push(m), WORDS);
  expect(gate.signal.aborted).toBe(false);
  press("SIGTERM");
  expect(gate.signal.aborted).toBe(true);
  expect(gate.signal.reason).toBe("SIGTERM");
  expect(notes).toEqual(["SIGTERM: stopping after the work (again to quit at once)"]);
});

it("while finishing, notes a signal and lets the work complete", () => {
  const { io, press } = fakeIo();
  const notes: string[] = [];
  const gate = interruptGate(io, (m) => notes.push(m), WORDS);
  gate.finishing();
  press();
  expect(gate.signal.aborted).toBe(false);
  expect(notes).toEqual(["SIGINT: finishing the output first (again to quit at once)"]);
});

it("stops listening when released", () => {
  const { io, state } = fakeIo();
  const gate = interruptGate(io, () => {}, WORDS);
  expect(state.listening).toBe(true);
  gate.release();
  expect(state.listening).toBe(false);
});

it("hears, once the event loop turns, a signal queued while finishing", async () => {
  const { io, press } = fakeIo();
  const gate = interruptGate(io, () => {}, WORDS);
  gate.finishing();
  // A signal during synchronous work is delivered in the loop's next poll phase.
  setImmediate(() => press("SIGTERM"));
  await expect(gate.settle()).resolves.toBe("SIGTERM");
});

it("settles with nothing heard when no signal came", async () => {
  const { io } = fakeIo();
  const gate = interruptGate(io, () => {}, WORDS);
  gate.finishing();
  await expect(gate.settle()).resolves.toBeUndefined();
});
