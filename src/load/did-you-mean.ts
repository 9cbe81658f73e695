/** Edit distance counting a swap of neighbours as one edit (`titel` → `title`). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Number.POSITIVE_INFINITY, work(Number.POSITIVE_INFINITY));
}

/**
 * What guessing may still spend, in pairs of names looked at plus cells of their distance
 * tables, and the table's rows, reused. Why a budget: a hostile letter's 100,000 unknown keys
 * against a pack's schema of as many would otherwise be 10¹⁰ comparisons, for hints nobody
 * reads past the first fifty.
 */
interface Work {
  left: number;
  rows: [Int32Array, Int32Array, Int32Array];
}

function work(budget: number): Work {
  return { left: budget, rows: [new Int32Array(16), new Int32Array(16), new Int32Array(16)] };
}

/**
 * The distance of `a` and `b` when it is at most `limit`, else infinity, in three rows of the
 * table. No row's smallest cell is smaller than the row before's, so a row past the limit
 * ends the count. Each cell is charged to the budget; one it cannot pay ends the count too
 * (infinity, and the budget is left negative).
 */
function boundedDistance(a: string, b: string, limit: number, w: Work): number {
  if (Math.abs(a.length - b.length) > limit) return Number.POSITIVE_INFINITY;
  if (w.rows[0].length <= b.length) {
    const size = 2 * b.length + 1;
    w.rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [before, prev, row] = w.rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    w.left -= b.length;
    if (w.left < 0) return Number.POSITIVE_INFINITY;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj)
        v = Math.min(v, (before[j - 2] as number) + 1);
      row[j] = v;
      if (v < least) least = v;
    }
    if (least > limit) return Number.POSITIVE_INFINITY;
    [before, prev, row] = [prev, row, before];
  }
  const d = prev[b.length] as number;
  return d <= limit ? d : Number.POSITIVE_INFINITY;
}

/** Guesses a report makes, bounded by a budget (docs/security.md). */
export interface Guesser {
  /** The known name closest to `name` if it is a likely typo (didYouMean), within the budget. */
  guess(name: string, known: readonly string[]): string | undefined;
}

/** About a tenth of a second of guessing. */
export const GUESS_BUDGET = 20_000_000;

/**
 * A guesser for one report: once its budget is spent, it guesses no more, so what a report
 * says depends on its own input only. `memo` (for one list of known names, which must not
 * change) keeps each name's guess and cost across reports: a remembered guess is given only
 * when the report could have paid for it.
 */
export function guesser(
  budget = GUESS_BUDGET,
  memo?: Map<string, { guess: string | undefined; cost: number }>,
): Guesser {
  const w = work(budget);
  return {
    guess(name, known) {
      if (w.left <= 0) return undefined;
      const hit = memo?.get(name);
      if (hit) {
        // As if made again: a guess the budget cannot pay for spends the rest.
        w.left = hit.cost > w.left ? -1 : w.left - hit.cost;
        return w.left < 0 ? undefined : hit.guess;
      }
      const before = w.left;
      const guess = closest(name, known, w);
      if (w.left < 0) return undefined;
      memo?.set(name, { guess, cost: before - w.left });
      return guess;
    },
  };
}

/**
 * The known name closest to a misspelt one, if it is close enough to be a likely typo.
 * Why a third of the length: `recipent` → `recipient` is one edit, `foo` → `to` is not a typo.
 * Why fewer edits than the longer name has letters: replacing every letter (`x` → `n`, a
 * column `x` beside a field `n`) is another name, not a typo of it.
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  return guesser().guess(name, known);
}

function closest(name: string, known: readonly string[], budget: Work): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    budget.left -= 1;
    if (budget.left < 0) return undefined;
    // Only a closer name than the best so far, and fewer edits than the longer has letters.
    const most = Math.min(limit, bestD - 1, Math.max(name.length, k.length) - 1);
    const d = boundedDistance(lower, k.toLowerCase(), most, budget);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}
