import { fail } from "../errors.js";

/**
 * The date written into PDFs: SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else
 * `--creation-date`, else now. Why: a fixed date makes the whole PDF byte-identical.
 */
export function creationDate(
  env: Record<string, string | undefined>,
  flag: string | undefined,
  now: () => Date = () => new Date(),
): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch))
      throw fail("usage", `SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${epoch}`);
    return new Date(Number(epoch) * 1000);
  }
  if (flag !== undefined) {
    const d = new Date(flag);
    if (Number.isNaN(d.getTime()))
      throw fail("usage", `--creation-date ${flag} is not a date`, undefined, [
        "write e.g. 2020-03-11 or 2020-03-11T09:00:00Z",
      ]);
    return d;
  }
  return now();
}
