/** Points per unit; PDF user space is 1/72 inch. */
const UNITS: Record<string, number> = { pt: 1, in: 72, mm: 72 / 25.4, cm: 72 / 2.54, pc: 12 };

/** Parses `1in`, `2.5cm`, `20mm`, `12pt` or a bare number (points); null if it is none of these. */
export function parseLength(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(pt|in|mm|cm|pc)?\s*$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * (UNITS[m[2] ?? "pt"] ?? 1);
}

/** Parses `2em`: that many times the font size, which only a style knows; null otherwise. */
export function parseEms(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*em\s*$/.exec(value);
  return m ? Number(m[1]) : null;
}

/** Named paper sizes in points (portrait). */
export const PAGE_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  letter: [612, 792],
  legal: [612, 1008],
  a4: [595.28, 841.89],
  a5: [419.53, 595.28],
};
