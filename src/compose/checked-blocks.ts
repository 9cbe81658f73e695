import { fail } from "../errors.js";
import { BUILT_IN_HELPERS, checkValues } from "./helper-calls.js";
import { type HelperOptions, ValueProblem } from "./value-problem.js";

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The times `#each` may repeat its block in all while one letter is composed: twenty times the
 * 100,000 signers a letter of 4 MiB holds, about a second. Why: a loop over the data inside a
 * loop over it (`{{#each list}}{{#each ../list}}`) repeats it N × N times, which ran for
 * minutes and gigabytes until the markup passed its limit.
 */
export const MAX_LOOP_STEPS = 2_000_000;

/** Handlebars' block helpers whose values a pack's data could give wrong. */
export const CHECKED_BLOCKS: readonly string[] = ["each"];

/**
 * A pack's Handlebars block helper (`each`) that first checks the value it is given, as a
 * text template's does: `{{#each recipient}}` over text would repeat its block once per
 * character, so it is a template error at the call (file and line from the `file=` that
 * template-ast.ts adds, the field from `field=`).
 * Why not `guarded`: what the block's body throws (a stack overflow, a value not set) must
 * reach compose.ts as it is.
 */
export function checkedBlock(name: string, fn: Helper, steps: () => { loopSteps: number }): Helper {
  const sig = BUILT_IN_HELPERS[name];
  if (!sig) throw new Error(`${name} has no signature`);
  return function (this: unknown, ...args: unknown[]) {
    const o = args[args.length - 1] as HelperOptions;
    try {
      checkValues(name, sig, args.slice(0, -1), o);
    } catch (e) {
      if (!(e instanceof ValueProblem)) throw e;
      const file = typeof o.hash?.file === "string" ? o.hash.file : undefined;
      throw fail("template", e.message, { file, line: e.line, col: (e.col ?? 0) + 1 }, e.hints);
    }
    const counted = steps();
    counted.loopSteps += itemCount(args[0]);
    if (counted.loopSteps > MAX_LOOP_STEPS) throw tooManySteps(o);
    return fn.apply(this, args);
  };
}

/** How many times `#each` repeats its block for `v` (a list's items, a mapping's keys). */
function itemCount(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  if (v instanceof Map || v instanceof Set) return v.size;
  return typeof v === "object" && v !== null ? Object.keys(v).length : 0;
}

function tooManySteps(o: HelperOptions) {
  const file = typeof o.hash?.file === "string" ? o.hash.file : undefined;
  const at = o.loc?.start;
  return fail(
    "template",
    `this loop would repeat its block more than ${MAX_LOOP_STEPS.toLocaleString("en-US")} times in all; missive stops a template there`,
    { file, line: at?.line, col: at === undefined ? undefined : at.column + 1 },
    ["a loop over the data inside another loop over it repeats the data many times over"],
  );
}
