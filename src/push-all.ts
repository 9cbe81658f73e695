/**
 * Appends `items` to `list`. Why not `list.push(...items)`: a spread passes every item as an
 * argument on the stack, and some hundred thousand of them (a letter of that many paragraphs,
 * or of that many warnings) overflow it.
 */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
