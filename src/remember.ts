/**
 * Puts a value in a memo that starts afresh once it holds `max` entries, and returns it. Why:
 * packs, their manifests and compiled templates are kept by folder or text so a merge or a
 * start from the snapshot reads them once; a long-lived process that renders many different
 * packs (the library in a server, a fuzz run) would otherwise keep every one it ever saw.
 */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, max = 64): V {
  if (memo.size >= max && !memo.has(key)) memo.clear();
  memo.set(key, value);
  return value;
}
