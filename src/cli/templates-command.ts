import type { Command } from "commander";
import { jsonText } from "../json-text.js";
import type { PackEntry } from "../load/list-packs.js";
import { type FieldInfo, schemaFields } from "../load/schema-fields.js";
import type { CommandContext } from "./command-context.js";

interface PackJson {
  name: string;
  source: string;
  dir: string;
  description: string;
  extends?: string;
  fields: FieldInfo[];
  error?: string;
}

function toJson(e: PackEntry): PackJson {
  return {
    name: e.name,
    source: e.source,
    dir: e.dir,
    description: e.pack?.description ?? "",
    fields: schemaFields(e.pack?.schema),
    ...(e.error ? { error: e.error } : {}),
  };
}

/**
 * Human listing, a line each: name, where it is, description, then its fields (required ones
 * marked *). Each comes from a pack, which may come from a pull request: the reporter escapes
 * their control characters, so a description cannot rewrite the terminal or start a line.
 */
function describe(p: PackJson): string[] {
  const about = p.error ? `cannot load: ${p.error}` : p.description;
  const fields = p.fields.map((f) => `${f.name}${f.required ? "*" : ""}`).join(", ");
  const head = [`${p.name}  (${p.source})`, `  ${about}`];
  return fields ? [...head, `  fields: ${fields}`, ""] : [...head, ""];
}

export function registerTemplates(program: Command, context: CommandContext): void {
  program
    .command("templates")
    .description("list the template packs a letter can use: ./templates/* and the built-ins")
    .action(() =>
      context.run(async (rep, g) => {
        const { listPacks } = await import("../load/list-packs.js");
        const packs = listPacks(context.io.cwd, context.resources).map(toJson);
        if (g.json) {
          context.io.stdout.write(`${jsonText({ ok: true, templates: packs })}\n`);
          return 0;
        }
        // Human output goes to stderr like every message; --json is the form for scripts.
        for (const line of packs.flatMap(describe)) rep.info(line);
        rep.info(
          `${packs.length} packs; * marks required fields; \`missive schema <pack>\` shows all`,
        );
        return 0;
      }),
    );
}
