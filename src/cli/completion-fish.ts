import type { CompletionSpec, OptionSpec, Values } from "./completion-spec.js";

/** Single-quoted for fish. */
const q = (s: string) => `'${s.replace(/[\\']/g, "\\$&")}'`;

function values(v: Values): string {
  const words = v.words.length ? ` -a ${q(v.words.join(" "))}` : "";
  return `${v.paths ? " -r -F" : " -x"}${words}`;
}

function option(o: OptionSpec, when: string): string {
  const short = o.short ? ` -s ${o.short.slice(1)}` : "";
  const long = o.long ? ` -l ${o.long.slice(2)}` : "";
  return `complete -c missive${when}${short}${long}${o.value ? values(o.value) : ""} -d ${q(o.about)}`;
}

/** The fish completion script: `missive completion fish | source`. */
export function fishCompletion(spec: CompletionSpec): string {
  const out = [
    "# fish completion for missive: missive completion fish | source, or save it as",
    "# ~/.config/fish/completions/missive.fish",
    "complete -c missive -f",
    ...spec.globals.map((o) => option(o, "")),
  ];
  for (const c of spec.commands) {
    out.push(`complete -c missive -n __fish_use_subcommand -a ${c.name} -d ${q(c.about)}`);
    const when = ` -n ${q(`__fish_seen_subcommand_from ${c.name}`)}`;
    out.push(...c.options.map((o) => option(o, when)));
    const words = c.args.words.length ? ` -a ${q(c.args.words.join(" "))}` : "";
    out.push(`complete -c missive${when}${c.args.paths ? " -F" : ""}${words}`);
  }
  return `${out.join("\n")}\n`;
}
