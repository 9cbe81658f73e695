import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Location, Problem } from "../errors.js";
import { extendSchema } from "./extend-schema.js";
import type { FileReads } from "./file-reads.js";
import { nestedDeeperThan } from "./nested-deeper.js";
import { outsidePack } from "./outside-roots.js";
import type { TemplatePack } from "./pack-types.js";
import { readText } from "./read-text.js";

type Schema = Record<string, unknown>;

/** As deep as YAML may nest (parse-yaml.ts), so a schema in template.yaml cannot pass it. */
const MAX_SCHEMA_DEPTH = 64;

/**
 * Reads a pack's data schema: `schema: schema.json` (a file in the pack folder) or a schema
 * written inline in the manifest. A pack that names none inherits the schema of the pack it
 * extends; one that names one extends it (extend-schema.ts). Why a separate file is preferred:
 * editors and the YAML language server read it.
 */
export function readSchema(
  m: Record<string, unknown>,
  dir: string,
  where: (path: string) => Location,
  problems: Problem[],
  base: TemplatePack | undefined,
  reads: FileReads,
): { schema?: Schema; schemaFile?: string } {
  const ref = m.schema;
  if (ref === undefined) return { schema: base?.schema, schemaFile: base?.schemaFile };
  const over = (own: Schema) => (base?.schema ? extendSchema(base.schema, own) : own);
  if (ref && typeof ref === "object" && !Array.isArray(ref)) {
    return { schema: over(ref as Schema), schemaFile: join(dir, "template.yaml") };
  }
  if (typeof ref !== "string") {
    problems.push({
      message: "schema must name a JSON file in the pack or be a schema mapping",
      location: where("schema"),
    });
    return {};
  }
  const file = join(dir, ref);
  const outside = outsidePack(`schema ${ref}`, file, [dir], where("schema"));
  if (outside) {
    problems.push(outside);
    return {};
  }
  if (!existsSync(file)) {
    problems.push({
      message: `schema file not found: ${ref}`,
      location: where("schema"),
      hints: [`create ${file}, or remove the schema: key`],
    });
    return {};
  }
  const text = readText(file, { reads }).text;
  try {
    const schema = JSON.parse(text) as unknown;
    if (!schema || typeof schema !== "object" || Array.isArray(schema))
      throw new Error("not an object");
    if (nestedDeeperThan(schema, MAX_SCHEMA_DEPTH)) {
      problems.push({
        message: `schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep`,
        location: { file },
        hints: ["a letter's schema needs about a dozen levels (the built-in packs' nest 12)"],
      });
      return {};
    }
    return { schema: over(schema as Schema), schemaFile: file };
  } catch (e) {
    const pos = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? NaN);
    const before = Number.isNaN(pos) ? "" : text.slice(0, pos);
    const line = before ? before.split("\n").length : undefined;
    const col = before ? before.length - before.lastIndexOf("\n") : undefined;
    problems.push({
      message: `schema is not valid JSON: ${(e as Error).message.replace(/ in JSON.*$/, "")}`,
      location: { file, line, col },
    });
    return {};
  }
}
