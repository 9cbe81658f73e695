import type Handlebars from "handlebars";
import { fail } from "../errors.js";
import { type LoopSteps, MAX_LOOP_STEPS, overStepLimit } from "./loop-steps.js";
import { markPartial } from "./partial-marks.js";

type Invoke = (
  this: unknown,
  partial: unknown,
  context: unknown,
  options: { name?: unknown },
) => unknown;

/**
 * Makes `hb` count each partial it includes among the letter's loop steps, a template error
 * past the limit at the file of the partial included. Why: `{{> p1}}{{> p1}}` in p0, the same
 * for p1 and p2 and so on forty levels down, made 2^40 copies: a pack ran for minutes and
 * gigabytes before the markup limit could be checked, and no `#each` was counted. Handlebars'
 * runtime reads `invokePartial` from the instance's `VM` at each call, for this purpose; every
 * partial (a pack's file, an inline partial, `@partial-block`) passes through it.
 */
export function countPartials(
  hb: typeof Handlebars,
  steps: () => LoopSteps & { markPartials?: boolean },
  fileOf: (name: string) => string,
): void {
  const owner = hb as unknown as { VM: { invokePartial: Invoke } };
  const invoke = owner.VM.invokePartial;
  owner.VM = {
    ...owner.VM,
    invokePartial(partial, context, options) {
      if (overStepLimit(steps(), 1)) {
        const name = String(options.name ?? "");
        throw fail(
          "template",
          `partial ${name} would be included more than ${MAX_LOOP_STEPS.toLocaleString("en-US")} times in all; missive stops a template there`,
          { file: fileOf(name) },
          [
            "a partial that includes another twice, which includes another twice, doubles the letter at each level",
          ],
        );
      }
      const out = invoke.call(this, partial, context, options);
      return steps().markPartials && typeof out === "string"
        ? markPartial(String(options.name ?? ""), out)
        : out;
    },
  };
}
