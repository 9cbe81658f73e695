import { extname, join, parse, resolve } from "node:path";
import { fail } from "../errors.js";
import type { Format } from "../pipeline.js";

export interface OutputTarget {
  format: Format;
  /** Absolute path, or "-" for standard output. */
  path: string;
}

const FORMATS: Format[] = ["pdf", "txt"];

/**
 * Decides where each format goes: `-o -` is stdout (one format), `-o name.pdf` is that file
 * (format from the extension), any other `-o` is a folder receiving `<data-stem>.<ext>`, and
 * no `-o` means the current folder.
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
  return (formats ?? FORMATS).map((format) => ({ format, path: join(dir, `${stem}.${format}`) }));
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
