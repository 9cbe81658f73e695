import { join } from "node:path";
import type { SourceText } from "../../src/load/read-text.js";
import { readText } from "../../src/load/read-text.js";
import { letterOptions, type Rendered, renderLetter } from "../../src/pipeline.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SEED = join(ROOT, "data", "senate-itu-2020.yaml");
/** 2020-03-11T00:00:00Z, the seed letter's date. */
export const FIXED_DATE = new Date(1583884800 * 1000);

/** Renders a data file (or inline YAML) to PDF and text with a fixed creation date. */
export function render(
  src: string | SourceText,
  formats: ("pdf" | "txt")[] = ["pdf", "txt"],
): Promise<Rendered> {
  const source = typeof src === "string" ? readText(src) : src;
  return renderLetter(source, {
    ...letterOptions({ formats, creationDate: FIXED_DATE.getTime() }),
    cwd: ROOT,
  });
}
