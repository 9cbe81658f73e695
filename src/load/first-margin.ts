import type { Problem } from "../errors.js";
import { parseLength } from "../model/length.js";
import { textAreaProblem } from "../model/text-area.js";
import type { YamlData } from "./parse-yaml.js";

/** Page 1's own left and right margins, as a pack gives them (`page.firstMargin`). */
export type FirstMargin = { left?: number; right?: number };

/**
 * `page.firstMargin` of a template.yaml: page 1's own text column, as `<letter
 * first-margin-left first-margin-right>` gives it (markup.md), for a letterhead whose page 1
 * has a sidebar on every letter. A mapping of `left` and `right` (a side not given is the
 * page's margin) or one length for both; `base`: the pack it extends's. Why only left and
 * right: page 1's top and foot are the letterhead's and the footers'.
 */
export function readFirstMargin(
  raw: unknown,
  page: {
    width: number;
    height: number;
    margin: Record<"top" | "right" | "bottom" | "left", number>;
  },
  yaml: YamlData,
  problems: Problem[],
  base?: FirstMargin,
): FirstMargin | undefined {
  if (raw === undefined) return base;
  const location = yaml.locate("page.firstMargin");
  const mapping = typeof raw === "object" && raw !== null && !Array.isArray(raw);
  // One value for both sides is one problem, named as written: not one for each side.
  if (!mapping && !lengthOk(raw)) {
    problems.push(notLength("page firstMargin", location));
    return base;
  }
  const parts = mapping ? (raw as Record<string, unknown>) : { left: raw, right: raw };
  const out: FirstMargin = { ...base };
  for (const key of Object.keys(parts)) {
    if (key === "left" || key === "right") {
      const v = parseLength(parts[key]);
      // At the bad value itself, as a letter's fields are located: not the whole setting.
      const at = mapping ? yaml.locate(`page.firstMargin.${key}`) : location;
      if (v === null || v < 0) problems.push(notLength(`page firstMargin ${key}`, at));
      else out[key] = v;
    } else
      problems.push({
        message: `page firstMargin has no ${key}: it sets page 1's left and right margins only`,
        location: yaml.locateKey(`page.firstMargin.${key}`),
        hints: [otherKeyHint(key)],
      });
  }
  const narrow = textAreaProblem(page, { ...page.margin, ...out });
  if (narrow)
    problems.push({
      message: `page 1: ${narrow.message}`,
      location,
      hints: ["make page.firstMargin's left or right smaller"],
    });
  return out;
}

function lengthOk(raw: unknown): boolean {
  const v = parseLength(raw);
  return v !== null && v >= 0;
}

function notLength(what: string, location: Problem["location"]): Problem {
  return { message: `${what} is not a length`, location, hints: [LENGTH_HINT] };
}

const LENGTH_HINT = "write e.g. 65mm, 2.5in or 180 (points), at least 0";

/**
 * The hint for a key that is not a side: page 1's top and bottom are the letterhead's and the
 * footers', and any other key (`Left`, `start`) is a misspelt side.
 */
function otherKeyHint(key: string): string {
  if (/^(top|bottom)$/i.test(key))
    return "page 1's top is the letterhead's and its foot the footers': give the letterhead a height instead";
  return "its keys are left and right (lower case), or write one length for both";
}
