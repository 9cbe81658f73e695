/**
 * Basque dates as CLDR writes them leave two endings to the writer: "2025(e)ko urriaren
 * 1(a)", where a letter writes one or the other. The genitive -ko takes an e after a number
 * said with a final consonant (2025eko, "bi mila eta hogeita bost"; 2024ko, "… lau"), and the
 * day takes the article -a unless its name ends in a already (urriaren 1a, "bata"; urriaren
 * 11, "hamaika"), as Basque attaches endings to a written number. Why in code, not labels:
 * which ending a year takes depends on how the whole number is said.
 */
export function withBasqueEndings(
  parts: readonly { type: string; value: string }[],
  d: Date,
): { type: string; value: string }[] {
  return parts.map((p, i) => {
    const before = parts[i - 1]?.type;
    if (p.type !== "literal" || before === undefined) return p;
    if (before === "year" && p.value.startsWith("(e)"))
      return { ...p, value: (endsInConsonant(d.getUTCFullYear()) ? "e" : "") + p.value.slice(3) };
    if (before === "day" && p.value.startsWith("(a)"))
      return { ...p, value: (endsInA(d.getUTCDate()) ? "" : "a") + p.value.slice(3) };
    return p;
  });
}

/** Whether CLDR's Basque date leaves an ending to choose ("(e)", "(a)"). */
export function hasBasqueEndings(parts: readonly { type: string; value: string }[]): boolean {
  return parts.some((p) => p.type === "literal" && /^\((?:e|a)\)/.test(p.value));
}

/**
 * Whether a number's Basque name ends in a consonant: its last word is bat (1, 21), bost
 * (5, 15: "hamabost"), hamar (10, and 30, 50, 70, 90: "hogeita hamar") or -ehun (a whole
 * hundred: "ehun", "bederatziehun"). Basque counts by twenties, so 11, 31, … 91 end in
 * hamaika, and a whole thousand in mila: in a vowel.
 */
function endsInConsonant(n: number): boolean {
  const lastTwo = n % 100;
  if (lastTwo === 0) return n % 1000 !== 0;
  const ofTwenty = lastTwo % 20;
  return ofTwenty === 1 || ofTwenty === 5 || ofTwenty === 10 || ofTwenty === 15;
}

/** Whether a day's Basque name ends in a: hamaika (11) and hogeita hamaika (31). */
function endsInA(day: number): boolean {
  return day === 11 || day === 31;
}
