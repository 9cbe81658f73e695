/**
 * A volume's or title's number before a reporter or code: "89", "134", "(40".
 */
const VOLUME = /^[([{]?\p{Nd}{1,4}$/u;
/** The page or section after it ("1234", "60.5", "60,204"). */
const PAGE = /^\p{Nd}/u;
/** What may name the section or part before its number: "42 U.S.C. § 1983", "12 CFR Part 1024". */
const SECTION_SIGNS: ReadonlySet<string> = new Set(["§", "§§", "Part", "part", "pt.", "Pt."]);

/**
 * How many spaces from the one after piece `k` a citation of the form volume, reporter, page
 * spans that starts with piece `k`'s last word `volume` ("89 Fed. Reg. 1234", "134 Stat. 281",
 * "40 CFR 60.5", "42 U.S.C. § 1983", "12 CFR Part 1024"), 0 if none: read as one name, as a reader looks it up.
 * Why the three together and not the reporter after any number: "Fed", "Stat" and "CFR" are
 * also words ("the 2024 Fed meeting"), and only the page after them makes them a citation.
 * `reporters`: the language's reporters and codes, each as its words (tie-words.ts `citations`).
 */
export function citationSpaces(
  pieces: readonly string[],
  k: number,
  volume: string,
  reporters: readonly (readonly string[])[],
): number {
  if (reporters.length === 0 || !VOLUME.test(volume)) return 0;
  for (const words of reporters) {
    if (!words.every((w, j) => pieces[k + 1 + j] === w)) continue;
    let after = k + 1 + words.length;
    if (SECTION_SIGNS.has(pieces[after] ?? "")) after++;
    if (PAGE.test(pieces[after] ?? "")) return after - k;
  }
  return 0;
}
