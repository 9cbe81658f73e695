import { type CompletionSpec, flagsOf, type Values } from "./completion-spec.js";

/** COMPREPLY for a place that takes `v`. */
function reply(v: Values): string {
  const words = v.words.length ? `$(compgen -W "${v.words.join(" ")}" -- "$cur")` : "";
  const paths = v.paths ? `$(compgen -f -- "$cur")` : "";
  return `COMPREPLY=(${[words, paths].filter(Boolean).join(" ")})`;
}

/** The bash completion script: `source <(missive completion bash)`. */
export function bashCompletion(spec: CompletionSpec): string {
  const commands = spec.commands.map((c) => {
    const values = c.options
      .filter((o) => o.value)
      .map((o) => `        ${flagsOf(o).join(" | ")}) ${reply(o.value as Values)}; return ;;`);
    return [
      `    ${c.name})`,
      ...(values.length ? ["      case $prev in", ...values, "      esac"] : []),
      `      [[ $cur == -* ]] && COMPREPLY=($(compgen -W "${c.options.flatMap(flagsOf).join(" ")}" -- "$cur")) || ${reply(c.args)} ;;`,
    ].join("\n");
  });
  const first = [...spec.commands.map((c) => c.name), ...spec.globals.flatMap(flagsOf)];
  return `# bash completion for missive: source <(missive completion bash), or save it as
# ~/.local/share/bash-completion/completions/missive
_missive() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      -*) ;;
      *) cmd=\${COMP_WORDS[i]}; break ;;
    esac
  done
  case $cmd in
    "") COMPREPLY=($(compgen -W "${first.join(" ")}" -- "$cur")) ;;
${commands.join("\n")}
  esac
}
complete -o filenames -F _missive missive
`;
}
