import { withValue } from "./merge-record.js";

/** A record's data with its personalised texts in, and how its paths map to the base letter's. */
export interface Personalised {
  value: Record<string, unknown>;
  /** The base letter's path for a path of `value`: the same, unless a list lost items before it. */
  basePath(path: string): string;
}

/**
 * Puts each personalised text at its path, and drops a list item whose text came out blank
 * (`{{#if company}}{{company}}{{/if}}` for a record without one). Why: an address with a
 * blank line in it is a mistake on paper, as Word's mail merge knows; an empty CSV cell in
 * a list is dropped the same way (merge-record.ts).
 */
export function withTexts(
  data: Record<string, unknown>,
  texts: Record<string, string>,
): Personalised {
  let value = data;
  for (const [path, text] of Object.entries(texts))
    value = withValue(value, path.split("."), text) as Record<string, unknown>;
  const dropped = new Map<string, number[]>();
  for (const [path, text] of Object.entries(texts)) {
    const at = path.lastIndexOf(".");
    const index = Number(path.slice(at + 1));
    if (text.trim() !== "" || at < 0 || !Number.isInteger(index)) continue;
    const list = path.slice(0, at);
    dropped.set(list, [...(dropped.get(list) ?? []), index]);
  }
  for (const [list, indexes] of dropped) {
    const items = itemAt(value, list);
    // withValue copied every list on the way to a text, so this one is the record's own.
    if (!Array.isArray(items)) continue;
    for (const i of [...indexes].sort((a, b) => b - a)) items.splice(i, 1);
    indexes.sort((a, b) => a - b);
  }
  return { value, basePath: (path) => (dropped.size === 0 ? path : baseOf(path, dropped)) };
}

function itemAt(value: unknown, path: string): unknown {
  let node = value;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** `recipient.1` after `recipient.1` was dropped is the base letter's `recipient.2`. */
function baseOf(path: string, dropped: ReadonlyMap<string, readonly number[]>): string {
  const parts = path.split(".");
  for (let k = 1; k < parts.length; k++) {
    const gone = dropped.get(parts.slice(0, k).join("."));
    if (!gone || !/^\d+$/.test(parts[k] as string)) continue;
    let i = Number(parts[k]);
    for (const d of gone) if (d <= i) i++;
    parts[k] = String(i);
  }
  return parts.join(".");
}
