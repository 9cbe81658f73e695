import { extname, join, parse, resolve } from "node:path";
import { fail } from "../errors.js";
import { isFolder } from "../is-folder.js";
import type { Format } from "../letter-options.js";

/** What a render can write: the pipeline's formats, and page images made from the PDF. */
export type OutputFormat = Format | "png";

export interface OutputTarget {
  format: OutputFormat;
  /** Absolute path, or "-" for standard output. */
  path: string;
}

const FORMATS: OutputFormat[] = ["pdf", "txt", "png"];
/** Without -f: the PDF and the text; page images only when asked for. */
const DEFAULT_FORMATS: OutputFormat[] = ["pdf", "txt"];

/**
 * Decides where each format goes: `-o -` is stdout (one format, not page images),
 * `-o name.pdf` is that file (format from the extension; `name.png` names the page images,
 * page-image-names.ts), a folder (one that exists, ends in /, or has no extension)
 * receives `<data-stem>.<ext>`, any other extension is a usage error, and no `-o` means the
 * current folder.
 */
export function planOutputs(
  dataFile: string,
  out: string | undefined,
  formats: OutputFormat[] | undefined,
  cwd: string,
): OutputTarget[] {
  const stem = parse(dataFile).name;
  if (out === "-") {
    const list = formats ?? [];
    if (list.length !== 1)
      throw fail("usage", "-o - writes one format to standard output", undefined, [
        "add -f pdf or -f txt",
      ]);
    if (list[0] === "png")
      throw fail("usage", "page images cannot go to standard output", undefined, [
        "give -o a folder or a .png name",
      ]);
    return [{ format: list[0] as OutputFormat, path: "-" }];
  }
  const ext = out ? extname(out).slice(1).toLowerCase() : "";
  if (out && FORMATS.includes(ext as OutputFormat) && !out.endsWith("/")) {
    if (formats && (formats.length !== 1 || formats[0] !== ext)) {
      throw fail(
        "usage",
        `-o ${out} is a .${ext} file but -f asks for ${formats.join(",")}`,
        undefined,
        ["give -o a folder to write several formats"],
      );
    }
    return [{ format: ext as OutputFormat, path: resolve(cwd, out) }];
  }
  const dir = resolve(cwd, out ?? ".");
  if (out && ext && !out.endsWith("/") && !isFolder(dir)) throw notAnOutput(out, ext);
  return (formats ?? DEFAULT_FORMATS).map((format) => ({
    format,
    path: join(dir, `${stem}.${format}`),
  }));
}

/** `-o letter.docx` was a folder of that name; a typo or a wish, it is not what was meant. */
function notAnOutput(out: string, ext: string) {
  return fail(
    "usage",
    `-o ${out}: missive writes .pdf, .txt and .png files, not .${ext}`,
    undefined,
    ["give -o a .pdf, .txt or .png file, or a folder (end it with / to make a new one)"],
  );
}

/** Parses `-f pdf,txt,png`. */
export function parseFormats(value: string | undefined): OutputFormat[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length || list.length === 0)
    throw fail("usage", `unknown format ${bad.join(",") || "(none)"}`, undefined, [
      `formats: ${FORMATS.join(", ")}`,
    ]);
  return [...new Set(list)] as OutputFormat[];
}
