/**
 * Lines painted before with one font file, looked up by their text and then by everything else
 * their operators depend on, compared field by field. Why not one string key, as the other
 * memos: a letter paints a hundred lines or so, and a key for each, its numbers written out
 * and the whole hashed, cost about as much as painting them from the memo; a line's text is
 * the same string object from letter to letter (layout's paragraph memo), whose hash V8 keeps.
 * Like RecurringMemo, it keeps a line only when it comes a second time (a merge's address
 * lines come once), and each of its two tables starts afresh when it holds `max` lines.
 */

/** What a line's operators depend on besides its text and font file (pdfkit-line.ts). */
export interface LinePlace {
  /** The font's name in the document (F1…) and its size. */
  font: string;
  size: number;
  pageHeight: number;
  x: number;
  y: number;
  wordSpacing: number;
  tracking: number;
  scale: number;
  rtl: boolean;
  spanned: boolean;
  embolden: number;
  slant: number;
  /** The language its words are shaped in ("" for none): Turkish draws "fi" unligated. */
  lang: string;
}

interface Entry<V> {
  place: LinePlace;
  value: V;
}

export class PaintedLines<V> {
  private readonly kept = new Map<string, Entry<V>[]>();
  private keptCount = 0;
  /** Lines met once and not kept, by text. */
  private readonly once = new Map<string, LinePlace[]>();
  private onceCount = 0;

  constructor(private readonly max: number) {}

  get(text: string, at: LinePlace): V | undefined {
    const entries = this.kept.get(text);
    if (entries) for (const e of entries) if (samePlace(e.place, at)) return e.value;
    return undefined;
  }

  /** Hands `value` back, kept if the line was met before (and not kept then). */
  keep(text: string, at: LinePlace, value: V): V {
    const seen = this.once.get(text);
    const i = seen ? seen.findIndex((p) => samePlace(p, at)) : -1;
    if (seen && i >= 0) {
      seen.splice(i, 1);
      if (seen.length === 0) this.once.delete(text);
      this.onceCount--;
      if (this.keptCount >= this.max) {
        this.kept.clear();
        this.keptCount = 0;
      }
      const entries = this.kept.get(text);
      if (entries) entries.push({ place: at, value });
      else this.kept.set(text, [{ place: at, value }]);
      this.keptCount++;
      return value;
    }
    if (this.onceCount >= this.max) {
      this.once.clear();
      this.onceCount = 0;
    }
    const places = this.once.get(text);
    if (places) places.push(at);
    else this.once.set(text, [at]);
    this.onceCount++;
    return value;
  }

  /** Lines kept (for tests and measuring). */
  get size(): number {
    return this.keptCount;
  }
}

function samePlace(a: LinePlace, b: LinePlace): boolean {
  return (
    a.y === b.y &&
    a.x === b.x &&
    a.size === b.size &&
    a.font === b.font &&
    a.wordSpacing === b.wordSpacing &&
    a.pageHeight === b.pageHeight &&
    a.tracking === b.tracking &&
    a.scale === b.scale &&
    a.rtl === b.rtl &&
    a.spanned === b.spanned &&
    a.embolden === b.embolden &&
    a.slant === b.slant &&
    a.lang === b.lang
  );
}
