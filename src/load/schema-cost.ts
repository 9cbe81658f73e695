import { fail } from "../errors.js";

/**
 * How many schemas a pack's schema may check one value against, counting every `$ref`,
 * `allOf`, `anyOf`, `oneOf`, `not`, `if`, `then`, `else` and schema dependency applied to that
 * same value. Why: each applies its schemas in full, so forty definitions each `allOf` the
 * next twice check a value 2^40 times (ajv's code is not memoised: thirty took 13 s, forty
 * would take hours), and a `$ref` that leads back to itself checks it for ever. Real schemas
 * apply a few dozen.
 */
export const MAX_SCHEMAS_PER_VALUE = 1_000;

/** Keywords that apply schemas to the value itself, not to what it holds. */
const IN_PLACE_LISTS = ["allOf", "anyOf", "oneOf"];
const IN_PLACE_ONE = ["not", "if", "then", "else"];
const IN_PLACE_MAPS = ["dependencies", "dependentSchemas"];

type Json = Record<string, unknown>;

/** A schema refused, with the hint that goes with why. */
class Costly extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const LOOP_HINT =
  'a $ref that recurses must go through "properties" or "items", as a list of lists does';

/**
 * Refuses a schema (a template error at its file) whose `$ref`s lead round to where they
 * started without reading into the data, or that checks a value against more than
 * MAX_SCHEMAS_PER_VALUE schemas. Local `$ref`s (`#`, `#/definitions/x`) are followed; any
 * other is left to ajv.
 */
export function refuseCostlySchema(schema: Json, file: string): void {
  const costs = new Map<object, number>();
  const cost = (node: unknown, via: string[]): number => {
    if (node === null || typeof node !== "object") return 1;
    const known = costs.get(node);
    if (known !== undefined) {
      if (known >= 0) return known;
      throw new Costly(
        `the pack's schema refers to itself without end: ${via.join(" → ")}, without reading into the data`,
        LOOP_HINT,
      );
    }
    costs.set(node, -1);
    let n = 1;
    for (const [child, ref] of inPlace(node as Json, schema)) {
      n += cost(child, ref ? [...via, ref] : via);
      if (n > MAX_SCHEMAS_PER_VALUE)
        throw new Costly(
          `the pack's schema checks a value against over ${MAX_SCHEMAS_PER_VALUE.toLocaleString("en-US")} schemas (at ${via.at(-1)}): its $ref, allOf, anyOf and oneOf multiply`,
          "a schema that lists another twice, at each of many levels, checks each value that many times over: list each once",
        );
    }
    costs.set(node, n);
    return n;
  };
  try {
    for (const [node, pointer] of allSchemas(schema)) cost(node, [pointer]);
  } catch (e) {
    if (e instanceof Costly) throw fail("template", e.message, { file }, [e.hint]);
    if (e instanceof RangeError)
      throw fail("template", "the pack's schema nests too deeply to read", { file }, [LOOP_HINT]);
    throw e;
  }
}

/** Every mapping in the schema, each a schema or a part of one, with its JSON pointer. */
function* allSchemas(root: Json): Generator<[object, string]> {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[root, "#"]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, pointer] = top;
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (!Array.isArray(node)) yield [node, pointer];
    for (const [k, v] of Object.entries(node))
      stack.push([v, `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`]);
  }
}

/** The schemas a schema applies to its value itself, each with the local $ref that led there. */
function inPlace(node: Json, root: Json): [unknown, string | undefined][] {
  const out: [unknown, string | undefined][] = [];
  for (const k of IN_PLACE_LISTS)
    if (Array.isArray(node[k])) for (const s of node[k] as unknown[]) out.push([s, undefined]);
  for (const k of IN_PLACE_ONE) if (k in node) out.push([node[k], undefined]);
  for (const k of IN_PLACE_MAPS)
    if (node[k] !== null && typeof node[k] === "object")
      for (const s of Object.values(node[k] as Json))
        if (!Array.isArray(s)) out.push([s, undefined]);
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#")) {
    const target = pointed(root, ref);
    if (target !== undefined) out.push([target, ref]);
  }
  return out;
}

/** What a local JSON pointer (`#/definitions/a~1b`) names in the schema, if anything. */
export function pointed(root: Json, ref: string): unknown {
  if (ref !== "#" && !ref.startsWith("#/")) return undefined;
  let at: unknown = root;
  for (const raw of ref === "#" ? [] : ref.slice(2).split("/")) {
    const key = safeDecode(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Json)[key];
  }
  return at;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
