import { isMissiveError, MissiveError } from "../errors.js";
import { parseYaml } from "../load/parse-yaml.js";

/** A string (and whether a `:` follows it, which makes it a key), or a number, of JSON text. */
const TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/**
 * A JSON Lines record JSON.parse read (`value`, of the line `text`), read again, if JSON.parse
 * changed it, as YAML and JSON records files are (load/parse-yaml.ts): a number that does not
 * print as written (`1.50`, `12345678901234567890`, `1e400`) stays the text written, and a
 * key written twice is an error at its column. Why: JSON.parse made `1.50` 1.5, an account number
 * 12345678901234567000 and `1e400` "Infinity", and kept the last of two values of a key,
 * where a .json file said "Map keys must be unique". Only such a line pays for the careful
 * reading: JSON.parse is fifty times faster, and JSON Lines is the format of large merges.
 * A JSON list's item (json-list-items.ts) is read the same way; `line` and `col` say where
 * `text` starts in the file, so a problem in it is placed in the file.
 */
export function asWritten(
  text: string,
  value: unknown,
  file: string,
  line: number,
  col = 1,
): unknown {
  let keys = 0;
  let changed = false;
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) keys++;
    else if (m[2] !== undefined && String(Number(m[2])) !== m[2]) changed = true;
  }
  if (!changed && keys === keysIn(value)) return value;
  try {
    return parseYaml({ file, text }).value;
  } catch (e) {
    if (!isMissiveError(e)) throw e;
    const inFile = e.problems.map((p) => {
      const l = p.location?.line ?? 1;
      const c = p.location?.col;
      const at = {
        line: line + l - 1,
        ...(c !== undefined ? { col: l === 1 ? col + c - 1 : c } : {}),
      };
      return { ...p, location: { ...p.location, file, ...at } };
    });
    throw new MissiveError(e.kind, inFile);
  }
}

/** The keys of every mapping in a parsed value (nested at most 64 deep: checked before). */
function keysIn(value: unknown): number {
  if (!value || typeof value !== "object") return 0;
  const own = Array.isArray(value) ? 0 : Object.keys(value).length;
  return own + Object.values(value).reduce((n: number, v) => n + keysIn(v), 0);
}
