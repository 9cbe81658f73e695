import { fail } from "../errors.js";
import type { OutputFormat } from "../output/plan-outputs.js";
import { DEFAULT_DPI } from "../raster/page-raster.js";

/** The resolutions `--dpi` takes: below 30 a page is unreadable, above 600 a page is ~35 MP. */
const MIN_DPI = 30;
const MAX_DPI = 600;

/** Reads `--dpi`; `formats`, when given, must ask for page images (else the flag does nothing). */
export function checkDpi(value: string | undefined, formats?: OutputFormat[]): number {
  if (value === undefined) return DEFAULT_DPI;
  if (formats && !formats.includes("png"))
    throw fail("usage", "--dpi sets the resolution of page images", undefined, [
      "add -f png (or -o letter.png)",
    ]);
  const dpi = Number(value);
  if (!Number.isInteger(dpi) || dpi < MIN_DPI || dpi > MAX_DPI)
    throw fail("usage", `--dpi must be a whole number from ${MIN_DPI} to ${MAX_DPI}, not ${value}`);
  return dpi;
}
