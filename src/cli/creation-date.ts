import { fail } from "../errors.js";

/**
 * The date written into PDFs: SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else
 * `--creation-date`, else now. Why: a fixed date makes the whole PDF byte-identical.
 */
export function creationDate(
  env: Record<string, string | undefined>,
  flag: string | undefined,
): Date {
  return chosenCreationDate(env, flag) ?? new Date();
}

/**
 * The creation date the user chose, or undefined for "now". Only a chosen date is an input
 * of --skip-unchanged, since "now" differs on every run.
 */
export function chosenCreationDate(
  env: Record<string, string | undefined>,
  flag: string | undefined,
): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch))
      throw fail("usage", `SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${epoch}`);
    const d = new Date(Number(epoch) * 1000);
    // A PDF date has four digits for the year: year 10000 would be written as 0000.
    if (Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999)
      throw fail("usage", `SOURCE_DATE_EPOCH ${epoch} is out of range`, undefined, [
        "PDF dates end with the year 9999 (SOURCE_DATE_EPOCH 253402300799)",
      ]);
    return d;
  }
  if (flag !== undefined) return parseIsoDate(flag);
  return undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO date or date-time; without an offset it is UTC, so output does not depend on TZ. */
function parseIsoDate(flag: string): Date {
  const m = ISO.exec(flag);
  const d = m ? new Date(flag.length === 10 || m[1] ? flag : `${flag}Z`) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) {
    throw fail("usage", `--creation-date ${flag} is not an ISO date`, undefined, [
      "write e.g. 2020-03-11 or 2020-03-11T09:00:00Z",
    ]);
  }
  return d;
}
