// Typst's in-process batch, for `npm run bench` to compare missive's merge with: the seed
// letter (its text from the YAML, as Typst markup) compiled to PDF once per record in one
// NodeCompiler, which keeps what it can between compiles (Typst's own memoisation), with the
// recipient and salutation from `sys.inputs`. Source Serif 4, as missive's seed letter sets.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Text as Typst markup: every character that means something there, escaped. */
const esc = (s) => String(s).replace(/[\\#$*_`<>@=\-+/~[\]{}"']/g, (c) => `\\${c}`);

/** The seed letter as a Typst document reading the record's fields from sys.inputs. */
export function typstSource() {
  const data = YAML.parse(readFileSync(join(ROOT, "data/senate-itu-2020.yaml"), "utf8"));
  const body = String(data.body)
    .trim()
    .split(/\n\s*\n/)
    .map((p) => esc(p.replace(/\s+/g, " ")))
    .join("\n\n");
  const signers = data.signers.map((s) => `[${esc(s.name)} \\ ${esc(s.title)}]`).join(", ");
  return `#set page(paper: "us-letter", margin: 1in)
#set text(font: "Source Serif 4", size: 11.5pt, lang: "en")
#set par(justify: true)
#align(center)[#text(size: 14pt)[United States Senate] \\ WASHINGTON, DC 20510]
#v(1em)
${esc(data.date ?? "March 11, 2020")}
#v(1em)
#sys.inputs.at("recipient").split("|").join(linebreak())
#v(1em)
#sys.inputs.at("salutation")

${body}

${esc(data.closing ?? "Sincerely,")}
#v(2em)
#grid(columns: (1fr, 1fr), row-gutter: 3em, ${signers})
`;
}

/**
 * Milliseconds per letter of an in-process Typst batch of `n` records (after one warm-up):
 * wall time, and CPU time of the process (Typst may use threads of its own).
 */
export async function typstBatch(n) {
  const { NodeCompiler } = await import("@myriaddreamin/typst-ts-node-compiler");
  const fonts = join(ROOT, "node_modules/@expo-google-fonts/source-serif-4");
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] });
  const main = typstSource();
  const letter = (i) =>
    compiler.pdf({
      mainFileContent: main,
      inputs: {
        recipient: `The Honorable Person ${i}|Secretary|Department ${i % 17}|${100 + i} C Street NW|Washington, DC 20520`,
        salutation: `Dear Secretary ${i},`,
      },
    });
  letter(-1);
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) letter(i);
  const used = process.cpuUsage(cpu);
  return {
    wall: Number(process.hrtime.bigint() - t) / 1e6 / n,
    cpu: (used.user + used.system) / 1000 / n,
  };
}
