/** Names that reach JavaScript internals rather than data. */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  "constructor",
  "__proto__",
  "prototype",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "hasOwnProperty",
  "valueOf",
  "toString",
]);
