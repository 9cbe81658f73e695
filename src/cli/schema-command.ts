import type { Command } from "commander";
import { fail } from "../errors.js";
import { jsonText } from "../json-text.js";
import type { CommandContext } from "./command-context.js";

export function registerSchema(program: Command, context: CommandContext): void {
  program
    .command("schema")
    .description("print a pack's JSON Schema of the letter data (for editors and CI)")
    .argument("<pack>", "pack name or path")
    .action((name: string) =>
      context.run(async (rep) => {
        const [{ findPack }, { loadPack }, { editorSchema }] = await Promise.all([
          import("../load/find-pack.js"),
          import("../load/load-pack.js"),
          import("../load/editor-schema.js"),
        ]);
        const { cwd } = context.io;
        const pack = loadPack(findPack(name, { cwd }), cwd, context.resources, rep.reads);
        if (!pack.schema)
          throw fail(
            "template",
            `pack ${pack.name} declares no schema`,
            { file: pack.manifestFile },
            ["add `schema: schema.json` to its template.yaml"],
          );
        context.io.stdout.write(`${jsonText(editorSchema(pack.schema))}\n`);
        return 0;
      }),
    );
}
