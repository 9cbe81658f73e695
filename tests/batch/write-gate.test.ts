import { describe, expect, it } from "vitest";
import {
  doneWriting,
  mayWrite,
  newWriteGate,
  stopWriting,
  toldToStop,
} from "../../src/batch/write-gate.js";

describe("a worker's write gate", () => {
  it("opens again after each letter, so a worker holding two jobs writes both", () => {
    const gate = newWriteGate();
    expect(mayWrite(gate)).toBe(true);
    doneWriting(gate);
    expect(mayWrite(gate)).toBe(true);
    doneWriting(gate);
    expect(toldToStop(gate)).toBe(false);
  });

  it("stopped between letters or while rendering: the worker may be ended, and writes nothing", () => {
    const gate = newWriteGate();
    expect(stopWriting(gate)).toBe(true);
    expect(toldToStop(gate)).toBe(true);
    expect(mayWrite(gate)).toBe(false);
    expect(stopWriting(gate)).toBe(true);
  });

  it("stopped while writing: the letter is finished, and no later letter is written", () => {
    const gate = newWriteGate();
    expect(mayWrite(gate)).toBe(true);
    // The main thread must not end it now: it is writing.
    expect(stopWriting(gate)).toBe(false);
    expect(toldToStop(gate)).toBe(true);
    doneWriting(gate);
    // The job it held next is not written, nor is it stoppable at once any more than before.
    expect(mayWrite(gate)).toBe(false);
    expect(stopWriting(gate)).toBe(false);
  });
});
