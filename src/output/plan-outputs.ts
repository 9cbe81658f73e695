import { statSync } from "node:fs";
import { extname, join, parse, resolve } from "node:path";
import { fail } from "../errors.js";
import type { Format } from "../letter-options.js";

export interface OutputTarget {
  format: Format;
  /** Absolute path, or "-" for standard output. */
  path: string;
}

const FORMATS: Format[] = ["pdf", "txt"];

/**
 * Decides where each format goes: `-o -` is stdout (one format), `-o name.pdf` is that file
 * (format from the extension), a folder (one that exists, ends in /, or has no extension)
 * receives `<data-stem>.<ext>`, any other extension is a usage error, and no `-o` means the
 * current folder.
 */
export function planOutputs(
  dataFile: string,
  out: string | undefined,
  formats: Format[] | undefined,
  cwd: string,
): OutputTarget[] {
  const stem = parse(dataFile).name;
  if (out === "-") {
    const list = formats ?? [];
    if (list.length !== 1)
      throw fail("usage", "-o - writes one format to standard output", undefined, [
        "add -f pdf or -f txt",
      ]);
    return [{ format: list[0] as Format, path: "-" }];
  }
  const ext = out ? extname(out).slice(1).toLowerCase() : "";
  if (out && FORMATS.includes(ext as Format) && !out.endsWith("/")) {
    if (formats && (formats.length !== 1 || formats[0] !== ext)) {
      throw fail(
        "usage",
        `-o ${out} is a .${ext} file but -f asks for ${formats.join(",")}`,
        undefined,
        ["give -o a folder to write several formats"],
      );
    }
    return [{ format: ext as Format, path: resolve(cwd, out) }];
  }
  const dir = resolve(cwd, out ?? ".");
  if (out && ext && !out.endsWith("/") && !isFolder(dir)) throw notAnOutput(out, ext);
  return (formats ?? FORMATS).map((format) => ({ format, path: join(dir, `${stem}.${format}`) }));
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

/** `-o letter.docx` was a folder of that name; a typo or a wish, it is not what was meant. */
function notAnOutput(out: string, ext: string) {
  const why =
    ext === "png"
      ? "page images (.png) are not made by this version of missive"
      : `missive writes .pdf and .txt files, not .${ext}`;
  return fail("usage", `-o ${out}: ${why}`, undefined, [
    "give -o a .pdf or .txt file, or a folder (end it with / to make a new one)",
  ]);
}

/** Parses `-f pdf,txt`. */
export function parseFormats(value: string | undefined): Format[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  const bad = list.filter((f) => !FORMATS.includes(f as Format));
  if (bad.length || list.length === 0)
    throw fail("usage", `unknown format ${bad.join(",") || "(none)"}`, undefined, [
      `formats: ${FORMATS.join(", ")}`,
    ]);
  return [...new Set(list)] as Format[];
}
