import { remember } from "./remember.js";

/**
 * A memo that keeps a value only when its key comes again, bounded as `remember` bounds a
 * memo. Why: each letter of a merge makes a few entries no other letter makes again (its
 * address, salutation and the header naming its recipient): kept at once, they filled the
 * memos, which then started afresh and made again what every letter shares, and the entries
 * never asked for again kept the garbage collector busy. A key met twice is one that recurs;
 * what it stands for is made twice, once more than with a plain memo.
 */
export class RecurringMemo<V> {
  private readonly kept = new Map<string, V>();
  /** Keys met once and not kept: their values were made and handed out only. */
  private readonly once = new Set<string>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.kept.get(key);
  }

  /** The value kept for `key`, or the one `make` makes (kept if `key` was met before). */
  of(key: string, make: () => V): V {
    return this.kept.get(key) ?? this.keep(key, make());
  }

  /** Hands `value` back, kept if `key` was met before (and not kept then). */
  keep(key: string, value: V): V {
    if (this.once.delete(key)) return remember(this.kept, key, value, this.max);
    if (this.once.size >= this.max) this.once.clear();
    this.once.add(key);
    return value;
  }

  /** Values kept. */
  get size(): number {
    return this.kept.size;
  }

  /** Keys of the values kept (for tests and measuring). */
  keys(): IterableIterator<string> {
    return this.kept.keys();
  }
}
