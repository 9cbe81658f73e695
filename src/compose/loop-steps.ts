import { type HelperOptions, ValueProblem } from "./value-problem.js";

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The times `#each` may repeat its block in all while one letter (or one record's texts, or
 * one file name) is made: twenty times the 100,000 signers a letter of 4 MiB holds, about a
 * second. Why: a loop over the data inside a loop over it (`{{#each list}}{{#each ../list}}`)
 * repeats it N × N times, which ran for minutes and gigabytes.
 */
export const MAX_LOOP_STEPS = 2_000_000;

/** The blocks repeated so far; whoever renders sets it to 0 first. */
export interface LoopSteps {
  loopSteps: number;
}

export const TOO_MANY_STEPS = `this loop would repeat its block more than ${MAX_LOOP_STEPS.toLocaleString("en-US")} times in all; missive stops a template there`;
export const TOO_MANY_STEPS_HINT =
  "a loop over the data inside another loop over it repeats the data many times over";

/** Counts the blocks `#each` repeats for `v` (a list's items, a mapping's keys); true past the limit. */
export function overLoopLimit(counter: LoopSteps, v: unknown): boolean {
  return overStepLimit(counter, itemCount(v));
}

/**
 * Counts `n` more steps (blocks repeated, partials included); true past the limit. Why one
 * count for both: a partial that includes another twice, which includes another twice,
 * doubles the letter at each level as a loop inside a loop multiplies it.
 */
export function overStepLimit(counter: LoopSteps, n: number): boolean {
  counter.loopSteps += n;
  return counter.loopSteps > MAX_LOOP_STEPS;
}

function itemCount(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  if (v instanceof Map || v instanceof Set) return v.size;
  return typeof v === "object" && v !== null ? Object.keys(v).length : 0;
}

/** A text template's `#each` that counts its blocks, a ValueProblem at the call past the limit. */
export function countedEach(fn: Helper, counter: LoopSteps): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const o = args[args.length - 1] as HelperOptions;
    if (overLoopLimit(counter, args[0]))
      throw new ValueProblem(`each: ${TOO_MANY_STEPS}`, o, [TOO_MANY_STEPS_HINT]);
    return fn.apply(this, args);
  };
}
