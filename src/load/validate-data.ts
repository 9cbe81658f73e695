import { Ajv, type ValidateFunction } from "ajv";
import { RE2JSException } from "re2js";
import { fail, MissiveError, type Problem } from "../errors.js";
import { remember } from "../remember.js";
import type { Resources } from "../resources.js";
import { clipped } from "../shown-value.js";
import { TYPOGRAPHY_SCHEMA } from "../typography/typography-options.js";
import { collapseAnyOf, type SchemaError } from "./any-of-errors.js";
import { type Describing, describeError, describing } from "./describe-schema-error.js";
import { ENUM } from "./enum-set.js";
import { linearRegExp } from "./linear-regexp.js";
import type { TemplatePack } from "./pack-types.js";
import type { YamlData } from "./parse-yaml.js";
import { refuseCostlySchema } from "./schema-cost.js";
import { UNIQUE_ITEMS } from "./unique-items.js";

type Schema = Record<string, unknown>;

/**
 * Keys every letter may carry whatever its pack: which pack, the letter's language, and which
 * typography passes its text gets (over the pack's).
 */
const COMMON_KEYS: Schema = {
  template: { type: "string", description: "template pack name or path" },
  lang: { type: "string", description: "language tag of the letter, e.g. en-US or de-DE" },
  dir: {
    enum: ["ltr", "rtl"],
    description: "rtl: laid out right to left; by default, as the letter's language is written",
  },
  typography: TYPOGRAPHY_SCHEMA,
  fontChains: {
    type: "object",
    additionalProperties: { type: "array", items: { type: "string" }, minItems: 1 },
    description:
      "fallback font families of the pack by script or language, e.g. { Han: [cjk], ja: [cjk-jp] }",
  },
  labels: {
    type: "object",
    additionalProperties: { type: "string" },
    description:
      "the letter's own labels, over the pack's for its language, e.g. { longDate: \"le {day} {month} {year}\" }",
  },
  linkSchemes: {
    type: "array",
    items: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9+.-]*$" },
    description: "link schemes the letter allows beyond http, https, mailto and tel, e.g. [ftp]",
  },
};

/** The keys every letter may carry (COMMON_KEYS): each says how the whole letter is made. */
export const COMMON_KEY_NAMES: readonly string[] = Object.keys(COMMON_KEYS);

/**
 * Checks letter data against the pack's JSON Schema, filling in the schema's defaults, and
 * reports every problem at once with its place in the data file. Why all at once: fixing one
 * error per run is the slowest way to repair a letter.
 */
export function validateData(
  data: Record<string, unknown>,
  pack: TemplatePack,
  yaml: YamlData,
  res: Resources,
) {
  const validate = validatorFor(pack, res);
  if (!validate || runsOn(validate, data, pack)) return;
  const ctx = describing();
  const errors = validate.errors ?? [];
  const problems = dedupe(
    dropExplained(collapseAnyOf(errors).map((e) => toProblem(e, yaml, ctx))),
  ).map(clipPath);
  problems.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.col ?? 0) - (b.location?.col ?? 0),
  );
  throw new MissiveError("data", problems);
}

/**
 * Whether the data is valid. A schema whose `$ref`s lead round to where they started without
 * reading into the data (`"$ref": "#"`, or a → b → a through `allOf`) would check the same
 * value for ever: ajv's code calls itself until the stack runs out, which ended the run as
 * missive's own bug (exit 70). Data is nested at most 64 deep (parse-yaml.ts), so a schema
 * that reads into the data as it recurses never comes near the stack's end.
 */
function runsOn(validate: ValidateFunction, data: unknown, pack: TemplatePack): boolean {
  try {
    return validate(data) as boolean;
  } catch (e) {
    if (!(e instanceof RangeError && /call stack/i.test(e.message))) throw e;
    throw fail(
      "template",
      "the pack's schema refers to itself without end: a $ref leads back to where it started without reading into the data",
      { file: pack.schemaFile ?? pack.manifestFile },
      ['a $ref that recurses must go through "properties" or "items", as a list of lists does'],
    );
  }
}

/**
 * The compiled validator of a pack, or null if the pack has no schema; kept by schema text too,
 * so a validator outlives its pack object (a startup snapshot keeps them).
 */
export function validatorFor(pack: TemplatePack, res: Resources): ValidateFunction | null {
  if (!pack.schema) return null;
  const { schemas, schemaOfPack } = res.compiled;
  const hit = schemaOfPack.get(pack);
  if (hit) return hit;
  const schema = withCommonKeys(pack.schema);
  const key = JSON.stringify(schema);
  const fn = schemas.get(key) ?? remember(schemas, key, compile(schema, pack));
  schemaOfPack.set(pack, fn);
  return fn;
}

function compile(schema: Schema, pack: TemplatePack): ValidateFunction {
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    verbose: true,
    strict: true,
    code: { regExp: linearRegExp },
  });
  ajv.removeKeyword("uniqueItems").addKeyword(UNIQUE_ITEMS);
  ajv.removeKeyword("enum").addKeyword(ENUM);
  refuseCostlySchema(schema, pack.schemaFile ?? pack.manifestFile);
  try {
    return ajv.compile(schema);
  } catch (e) {
    const file = pack.schemaFile ?? pack.manifestFile;
    if (e instanceof RE2JSException)
      throw fail(
        "template",
        `a pattern in the pack's schema cannot be used: ${e.message}`,
        { file },
        [
          "missive matches patterns in linear time (RE2): no backreferences (\\1) or lookaround ((?=…), (?<=…))",
        ],
      );
    throw fail(
      "template",
      `the pack's schema is not a valid JSON Schema: ${(e as Error).message}`,
      {
        file,
      },
    );
  }
}

export function withCommonKeys(schema: Schema): Schema {
  const props = (schema.properties ?? {}) as Schema;
  return { ...schema, properties: { ...COMMON_KEYS, ...props } };
}

function toProblem({ error: e, hint }: SchemaError, yaml: YamlData, ctx: Describing): Problem {
  const parent = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
  const d = describeError(e, parent, yaml, ctx);
  // An unknown key, or a list or mapping where a scalar belongs, is best shown at its key.
  const atKey =
    e.keyword === "additionalProperties" ||
    (e.keyword === "type" && e.data !== null && typeof e.data === "object");
  const location = atKey ? yaml.locateKey(d.path) : yaml.locate(d.path);
  const hints = d.hints.length || hint === undefined ? d.hints : [hint];
  return {
    message: d.message,
    location: { ...location, path: d.path || "(top level)" },
    ...(hints.length ? { hints } : {}),
  };
}

/** A missing `recipient` next to an unknown `recipent` is one mistake; report it once. */
function dropExplained(list: Problem[]): Problem[] {
  const guessed = new Set<string>();
  for (const p of list) {
    const guess = /^did you mean `(.+)`\?$/.exec(p.hints?.[0] ?? "")?.[1];
    const path = p.location?.path ?? "";
    if (guess && p.message.startsWith("unknown field"))
      guessed.add(path.includes(".") ? `${path.slice(0, path.lastIndexOf("."))}.${guess}` : guess);
  }
  return list.filter(
    (p) => !(p.message.includes("is required") && guessed.has(p.location?.path ?? "")),
  );
}

/**
 * The problem with its data path cut to 100 characters. Why only now: the whole path finds
 * the place and tells two problems apart; a key of megabytes (`? kkk…`) printed whole would
 * fill a CI log.
 */
function clipPath(p: Problem): Problem {
  const path = p.location?.path;
  if (path === undefined || path.length <= 100) return p;
  return { ...p, location: { ...p.location, path: clipped(path, 100) } };
}

function dedupe(list: Problem[]): Problem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.location?.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
