import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "../errors.js";
import { jsonText } from "../json-text.js";
import type { Rendered, Stage } from "../pipeline.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Serialises a stage for `--emit`: markup as is, model and layout as JSON with numbers
 * rounded and file paths made relative, so the output is stable across machines (goldens).
 */
export function emitStage(r: Rendered, stage: Stage, cwd: string): string {
  if (stage === "markup") return r.markup.endsWith("\n") ? r.markup : `${r.markup}\n`;
  const value = stage === "model" ? r.model : r.laidOut;
  return `${jsonText(value, (k, v) => stable(k, v, cwd))}\n`;
}

/**
 * The fields of the model and the layout that hold a file's path: a run's font, a font
 * family's faces, an image's source. Why only these: a letter's own text may start with a
 * slash too ("/s/ Margaret A. Whitfield", a conformed signature; "/ Sincerely," after the
 * Inuktitut closing of a bilingual letter), and was printed as a path ("../../../s/ …").
 */
const PATH_KEYS: ReadonlySet<string> = new Set([
  "font",
  "regular",
  "bold",
  "italic",
  "boldItalic",
  "src",
]);

function stable(key: string, v: unknown, cwd: string): unknown {
  if (typeof v === "number") return Math.round(v * 100) / 100;
  if (typeof v === "string" && PATH_KEYS.has(key) && v.startsWith("/")) {
    if (v.startsWith(`${ROOT}/node_modules/`)) return `<npm>/${v.slice(ROOT.length + 14)}`;
    if (v.startsWith(`${ROOT}/`)) return `<missive>/${v.slice(ROOT.length + 1)}`;
    return relative(cwd, v);
  }
  return v;
}

/** Where `--emit` goes: standard output, or the one file `-o` names. */
export function emitTarget(out: string | undefined, cwd: string): string | undefined {
  if (out === undefined || out === "-") return undefined;
  if (out.endsWith("/") || statSync(resolve(cwd, out), { throwIfNoEntry: false })?.isDirectory())
    throw fail("usage", `--emit writes one file, and -o ${out} is a folder`, undefined, [
      "give -o a file name, such as letter.markup.xml",
    ]);
  return resolve(cwd, out);
}
