import { RE2JS } from "re2js";

/**
 * The regular-expression engine ajv runs a pack schema's `pattern` and `patternProperties`
 * with: RE2 (re2js, in JavaScript), whose matching takes time linear in the text. Why: a pack
 * is as hostile as a letter, and JavaScript's backtracking engine runs `^(a+)+$` over forty
 * characters of data for longer than any CI job lasts. RE2 has no backreferences or
 * lookaround (they need backtracking): a pattern using them is refused when the schema is
 * compiled. JSON Schema patterns are ECMAScript's, so `\uXXXX` and `\u{X}` are read as RE2's
 * `\x{X}`.
 */
export const linearRegExp = Object.assign(
  (pattern: string, _flags: string) => {
    const re = RE2JS.compile(ecmaEscapesToRe2(pattern));
    return { test: (s: string) => re.test(s), toString: () => `/${pattern}/` };
  },
  // ajv's name for the engine in code it generates; missive never generates standalone code.
  { code: "linearRegExp" },
);

function ecmaEscapesToRe2(pattern: string): string {
  return pattern.replace(
    /\\(?:u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]+)\}|[\s\S])/g,
    (all, four: string | undefined, braced: string | undefined) =>
      four || braced ? `\\x{${four ?? braced}}` : all,
  );
}
