/**
 * `table[key]` when the table itself has it. Why: a key from a pack or a letter may be
 * `constructor` or `toString`, which every object inherits.
 */
export function ownOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
