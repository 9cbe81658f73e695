import { isoDateOf, localIsoDate } from "../compose/format-date.js";
import { createdOf } from "../letter-options.js";
import type { MergeOptions } from "./merge-options.js";
import type { MergeRecord } from "./merge-record.js";

/**
 * The day a record's `date: today` stands for in this run, or undefined when its letter is
 * dated otherwise. Why in the input hash: a letter dated today and made yesterday has changed,
 * though nothing it reads has (--skip-unchanged, --resume).
 */
export function todayOf(
  o: Pick<MergeOptions, "letter" | "startedAt">,
  baseDate: unknown,
): (rec: MergeRecord) => string | undefined {
  const day = localIsoDate(createdOf(o.letter, new Date(o.startedAt)));
  return (rec) => {
    const date = rec.data.date ?? baseDate;
    return typeof date === "string" && isoDateOf(date, day) === day && isoDateOf(date) === undefined
      ? day
      : undefined;
  };
}
