/** One record of a mail merge: its place in the records file and the fields it overrides. */
export interface MergeRecord {
  /** 0-based position among all records (before sharding). */
  index: number;
  /** 1-based line in the records file where the record starts (its row, in a spreadsheet). */
  line: number;
  /** A spreadsheet's record: its sheet and header, which locate its cells (record-place.ts). */
  sheet?: SheetPlace;
  /** A spreadsheet's row the sheet hides (Hide, or a filter): merged, with a warning. */
  hidden?: true;
  data: Record<string, unknown>;
}

/** The sheet records were read from: its name, and the header row that names its columns. */
export interface SheetPlace {
  name: string;
  /** The field of each column, from column A on. */
  header: string[];
}

/** Keys that would reach an object's prototype: never set from a record. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Pours a record over the base data, field by field: a top-level field the record sets
 * replaces the base letter's value whole, whether text, list or mapping. Why whole: a record
 * that sets `signer.name` is about another person, whose letter must not carry the base
 * letter's signer's title and signature image; a three-line address must not keep the fourth
 * and fifth lines of the base letter's. A base letter keeps parts on purpose by writing them
 * as templates (`signer: { name: "{{signer_name}}", title: Director }`, record-texts.ts).
 */
export function overlayRecord(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (!UNSAFE_KEYS.has(k)) out[k] = v;
  return out;
}

/**
 * Sets `value` at a dotted path (`recipient.name`, `recipient.0`), creating mappings on the
 * way; a numeric segment creates a list. Used for CSV headers, which are flat.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i] as string;
    if (UNSAFE_KEYS.has(key)) return;
    const last = i === parts.length - 1;
    const slot = Array.isArray(node) ? Number(key) : key;
    const holder = node as Record<string | number, unknown>;
    if (last) {
      holder[slot] = value;
      return;
    }
    const next = holder[slot];
    if (next === null || typeof next !== "object") {
      holder[slot] = /^\d+$/.test(parts[i + 1] as string) ? [] : {};
    }
    node = holder[slot] as Record<string, unknown> | unknown[];
  }
}

/**
 * Removes holes left by skipped list cells (`recipient.3` empty but `recipient.4` set). Why by
 * the items' keys, not every index: a header `recipient.4000000000` makes a list that long,
 * whose indexes would take minutes to walk, with one item.
 */
export function compactLists(value: unknown): unknown {
  if (Array.isArray(value))
    return Object.keys(value)
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => value[k])
      .filter((v) => v !== undefined)
      .map(compactLists);
  if (isMapping(value)) {
    for (const [k, v] of Object.entries(value)) value[k] = compactLists(v);
  }
  return value;
}

/**
 * A copy of `data` with `value` at a dotted path, copying only the mappings and lists on the
 * way. Why copy: lists the record does not set are the base letter's own, shared by every record.
 */
export function withValue(data: unknown, parts: string[], value: unknown): unknown {
  if (parts.length === 0) return value;
  const [head, ...rest] = parts as [string, ...string[]];
  if (Array.isArray(data)) {
    const copy = [...data];
    copy[Number(head)] = withValue(copy[Number(head)], rest, value);
    return copy;
  }
  const obj = isMapping(data) ? data : {};
  return { ...obj, [head]: withValue(obj[head], rest, value) };
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
