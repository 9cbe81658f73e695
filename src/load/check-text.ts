import type { Problem } from "../errors.js";
import type { YamlData } from "./parse-yaml.js";

// C0 and C1 controls except tab and newline, the noncharacters U+FFFE and U+FFFF (which the
// letter markup, XML, cannot hold) and U+FDD0–U+FDEF (which missive uses inside itself: a soft
// tie, src/model/ties.ts), plus unpaired surrogates: none has a glyph, and each would be
// dropped, drawn as a box, or taken for missive's own mark.
const BAD =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/**
 * Any code unit BAD could match, surrogates paired or not. Why first: without lookarounds and
 * the u flag V8 scans a string by a much cheaper path (docs/benchmarks.md, eleventh session),
 * and a merge checks every string of the letter for every record; only text with a control
 * character or a surrogate (an emoji, say) is looked at again by BAD.
 */
const MAYBE_BAD =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** The first control character, noncharacter or unpaired surrogate in `s`, if any. */
export function controlCharacter(s: string): string | undefined {
  return MAYBE_BAD.test(s) ? BAD.exec(s)?.[0] : undefined;
}

/** Finds control characters in every string of the data; one problem per offending value. */
export function checkText(value: unknown, yaml: YamlData, path = ""): Problem[] {
  if (typeof value === "string") {
    const p = textProblem(value, "contains");
    return p ? [{ ...p.problem, location: yaml.locateText(path, p.found) }] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => checkText(v, yaml, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const at = path ? `${path}.${k}` : k;
      // A key is text a template may print too (`{{@key}}` in an `#each` over a mapping).
      const p = textProblem(k, "its key contains");
      const inside = checkText(v, yaml, at);
      return p ? [{ ...p.problem, location: yaml.locateKey(at) }, ...inside] : inside;
    });
  }
  return [];
}

/** The problem of the first bad character in `text`, said as `lead` it; the character found. */
function textProblem(text: string, lead: string): { problem: Problem; found: string } | undefined {
  const m = MAYBE_BAD.test(text) ? BAD.exec(text) : null;
  if (!m) return undefined;
  const code = m[0].codePointAt(0) ?? 0;
  const half = code >= 0xd800 && code <= 0xdfff;
  const what = half
    ? `half of a UTF-16 surrogate pair, ${codePoint(m[0])}, without its other half,`
    : characterName(m[0]);
  const hint = half
    ? "remove it; half a pair is no character (a \\u escape written for one half of an emoji, say)"
    : "remove it; control characters cannot be printed (copy-paste from PDFs often brings them)";
  return {
    found: m[0],
    problem: { message: `${lead} ${what} at position ${m.index + 1}`, hints: [hint] },
  };
}

/** What a character controlCharacter found is: "the control character U+0007". */
export function characterName(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const non = code >= 0xfffe || (code >= 0xfdd0 && code <= 0xfdef);
  return `the ${non ? "noncharacter" : "control character"} ${codePoint(ch)}`;
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
