import { fail } from "../errors.js";
import { BUILT_IN_HELPERS, checkValues } from "./helper-calls.js";
import {
  type LoopSteps,
  overLoopLimit,
  TOO_MANY_STEPS,
  TOO_MANY_STEPS_HINT,
} from "./loop-steps.js";
import { type HelperOptions, ValueProblem } from "./value-problem.js";

type Helper = (this: unknown, ...args: unknown[]) => unknown;

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
export function checkedBlock(name: string, fn: Helper, steps: () => LoopSteps): Helper {
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
    if (overLoopLimit(steps(), args[0])) throw tooManySteps(o);
    return fn.apply(this, args);
  };
}

function tooManySteps(o: HelperOptions) {
  const file = typeof o.hash?.file === "string" ? o.hash.file : undefined;
  const at = o.loc?.start;
  return fail(
    "template",
    TOO_MANY_STEPS,
    { file, line: at?.line, col: at === undefined ? undefined : at.column + 1 },
    [TOO_MANY_STEPS_HINT],
  );
}
