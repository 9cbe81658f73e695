import { Argument, type Command } from "commander";
import type { CommandContext } from "./command-context.js";

export function registerCompletion(program: Command, context: CommandContext): void {
  program
    .command("completion")
    .description("print the completion script for a shell (bash, zsh or fish)")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .action((name: "bash" | "zsh" | "fish") =>
      context.run(async () => {
        const [{ completionSpec }, { listBuiltinPacks }, bash, zsh, fish] = await Promise.all([
          import("./completion-spec.js"),
          import("../load/find-pack.js"),
          import("./completion-bash.js"),
          import("./completion-zsh.js"),
          import("./completion-fish.js"),
        ]);
        const make = {
          bash: bash.bashCompletion,
          zsh: zsh.zshCompletion,
          fish: fish.fishCompletion,
        }[name];
        context.io.stdout.write(make(completionSpec(program, listBuiltinPacks())));
        return 0;
      }),
    );
}
