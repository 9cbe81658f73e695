import { type CompletionSpec, flagsOf, type OptionSpec, type Values } from "./completion-spec.js";

/** Single-quoted for zsh. */
const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
/** Text inside an _arguments description, where brackets and colons are syntax. */
const about = (s: string) => s.replace(/[[\]:\\]/g, "\\$&");

function action(v: Values): string {
  const words = v.words.join(" ");
  if (!v.paths) return `(${words})`;
  return words ? `{compadd -- ${words}; _files}` : "_files";
}

function optionSpec(o: OptionSpec): string {
  const flags = flagsOf(o);
  const tail = `[${about(o.about)}]${o.value ? `:value:${action(o.value)}` : ""}`;
  if (flags.length === 1) return q(`${flags[0]}${tail}`);
  return `${q(`(${flags.join(" ")})`)}{${flags.join(",")}}${q(tail)}`;
}

/** The zsh completion script: `source <(missive completion zsh)`, or `_missive` in $fpath. */
export function zshCompletion(spec: CompletionSpec): string {
  const lines = (specs: string[], indent: string) =>
    specs.map((s) => `${indent}${s}`).join(" \\\n");
  const commands = spec.commands.map((c) => {
    const args =
      c.args.paths && c.args.words.length === 0
        ? "'*:path:_files'"
        : q(`1:value:${action(c.args)}`);
    return `        ${c.name}) _arguments \\\n${lines([...c.options.map(optionSpec), args], "          ")} ;;`;
  });
  return `#compdef missive
# zsh completion for missive: source <(missive completion zsh) after compinit, or save it as
# _missive in a folder of $fpath
_missive() {
  local curcontext=$curcontext state line
  local -a commands=(
${spec.commands.map((c) => `    ${q(`${c.name}:${c.about}`)}`).join("\n")}
  )
  _arguments -C \\
${lines([...spec.globals.map(optionSpec), "'1: :->command'", "'*:: :->args'"], "    ")} && return
  case $state in
    command) _describe -t commands command commands ;;
    args)
      case $words[1] in
${commands.join("\n")}
      esac ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _missive "$@"
else
  compdef _missive missive
fi
`;
}
