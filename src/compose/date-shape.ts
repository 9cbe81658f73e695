/**
 * What an Intl date format writes, as a table: its literals in order, and the text of each
 * month, weekday and day. Why: the first Intl object of a process is costly (ICU starts up),
 * the largest single cost of a letter started from the startup snapshot, which cannot hold
 * ICU objects (docs/benchmarks.md, "Eighth session", has what the tables save). The snapshot keeps, for each format its warm-up used, a table made
 * from ICU's own output and checked against it on more than 2,000 dates (dateShapeOf); a
 * format the table cannot reproduce exactly (other calendars, eras, other digits) has none.
 */
export interface DateShape {
  /** Literal text, or the field written there. */
  parts: (string | { field: Field })[];
  /** By UTC month (0–11), weekday (0 = Sunday) and day of the month (1–31). */
  months: string[];
  weekdays: string[];
  days: string[];
  twoDigitYear: boolean;
}

type Field = "year" | "month" | "day" | "weekday";
const FIELDS: ReadonlySet<string> = new Set(["year", "month", "day", "weekday"]);

/** The years a shape is used for; ICU formats the others. */
export const SHAPE_YEARS = { from: 1900, to: 2199 };

export function formatWithShape(shape: DateShape, d: Date): string {
  return partsWithShape(shape, d)
    .map((p) => p.value)
    .join("");
}

/** What formatToParts would give, from the table. */
export function partsWithShape(shape: DateShape, d: Date): { type: string; value: string }[] {
  return shape.parts.map((p) => {
    if (typeof p === "string") return { type: "literal", value: p };
    if (p.field === "year") return { type: "year", value: yearText(shape, d.getUTCFullYear()) };
    if (p.field === "month") return { type: "month", value: shape.months[d.getUTCMonth()] ?? "" };
    if (p.field === "weekday")
      return { type: "weekday", value: shape.weekdays[d.getUTCDay()] ?? "" };
    return { type: "day", value: shape.days[d.getUTCDate()] ?? "" };
  });
}

/** The table for a format, or undefined where it would not write exactly what ICU writes. */
export function dateShapeOf(f: Intl.DateTimeFormat): DateShape | undefined {
  const partsOf = (y: number, m: number, day: number) => f.formatToParts(utc(y, m, day));
  const fieldOf = (y: number, m: number, day: number, type: Field) =>
    partsOf(y, m, day).find((p) => p.type === type)?.value ?? "";
  const ref = partsOf(2001, 0, 1);
  if (ref.some((p) => p.type !== "literal" && !FIELDS.has(p.type))) return undefined;
  const year = ref.find((p) => p.type === "year")?.value;
  if (year !== undefined && year !== "2001" && year !== "01") return undefined;
  const shape: DateShape = {
    parts: ref.map((p) => (p.type === "literal" ? p.value : { field: p.type as Field })),
    months: Array.from({ length: 12 }, (_, m) => fieldOf(2001, m, 1, "month")),
    // 7 January 2001 was a Sunday.
    weekdays: Array.from({ length: 7 }, (_, w) => fieldOf(2001, 0, 7 + w, "weekday")),
    days: Array.from({ length: 32 }, (_, day) => (day ? fieldOf(2001, 0, day, "day") : "")),
    twoDigitYear: year === "01",
  };
  // V8's format() writes U+202F (narrow no-break space) as a plain space; formatToParts does not.
  const spaced = {
    ...shape,
    parts: shape.parts.map((p) => (typeof p === "string" ? p.replaceAll("\u202f", " ") : p)),
  };
  const dates = checkDates();
  return [shape, spaced].find((s) => dates.every((d) => formatWithShape(s, d) === f.format(d)));
}

/**
 * Every day of four years (leap or not, two of them century years), and three days of every
 * year a table is used for.
 */
function checkDates(): Date[] {
  const dates: Date[] = [];
  for (const y of [2000, 2001, 2024, 2100])
    for (let day = 1, d = utc(y, 0, day); d.getUTCFullYear() === y; d = utc(y, 0, ++day))
      dates.push(d);
  for (let y = SHAPE_YEARS.from; y <= SHAPE_YEARS.to; y++)
    dates.push(utc(y, 0, 1), utc(y, 5, 15), utc(y, 11, 31));
  return dates;
}

function yearText(shape: DateShape, y: number): string {
  return shape.twoDigitYear ? String(y % 100).padStart(2, "0") : String(y);
}

/** A UTC date; day numbers past the month's end roll on, as Date.UTC's do. */
export function utc(y: number, m: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(y, m, day);
  return d;
}
