import type { Command } from "commander";
import type { PackEntry } from "../load/list-packs.js";
import { type FieldInfo, schemaFields } from "../load/schema-fields.js";
import type { CommandContext } from "./command-context.js";
import { escapeControl } from "./escape-control.js";

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
 * Human listing: name, where it is, description, then its fields (required ones marked *).
 * Each comes from a pack, which may come from a pull request: its control characters are
 * escaped, so a description cannot rewrite the terminal or start a line of its own.
 */
function describe(p: PackJson): string {
  const about = escapeControl(p.error ? `cannot load: ${p.error}` : p.description);
  const head = `${escapeControl(p.name)}  (${escapeControl(p.source)})\n  ${about}`;
  const fields = p.fields.map((f) => `${f.name}${f.required ? "*" : ""}`).join(", ");
  return fields ? `${head}\n  fields: ${escapeControl(fields)}\n` : `${head}\n`;
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
          context.io.stdout.write(`${JSON.stringify({ ok: true, templates: packs }, null, 2)}\n`);
          return 0;
        }
        // Human output goes to stderr like every message; --json is the form for scripts.
        rep.info(packs.map(describe).join("\n"));
        rep.info(
          `${packs.length} packs; * marks required fields; \`missive schema <pack>\` shows all`,
        );
        return 0;
      }),
    );
}
