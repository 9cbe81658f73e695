import type { Run } from "../model/letter-doc.js";
import { RecurringMemo } from "../recurring-memo.js";
import { remember } from "../remember.js";
import type { Face } from "./font-book.js";
import type { LayoutWarning } from "./laid-out-doc.js";
import type { ItemContext } from "./paragraph-items.js";
import { type SetLine, setParagraph } from "./set-lines.js";

/** How many set paragraphs a thread keeps: a letter has tens; a merge's differ in a few. */
const MAX_PARAGRAPHS = 4096;

/**
 * Paragraphs already set, by what decides their lines: the runs, the style, the width, the
 * fonts the letter's families stand for and the hyphenation. Why: the letters of a merge
 * share most paragraphs (only the recipient and salutation differ), and shaping, breaking and
 * measuring one is the largest part of laying a letter out. Kept in the thread's resources
 * (src/resources.ts), starting afresh when full.
 */
export class ParagraphMemo {
  private readonly memo = new RecurringMemo<{
    lines: SetLine[];
    warnings: LayoutWarning[];
    faces: Set<Face>;
  }>(MAX_PARAGRAPHS);
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  /**
   * Styles, frozen runs and font sets stand in a key as numbers, each object's JSON written
   * once. Why: their JSON (font paths above all) was most of every paragraph's key, and a key
   * is made for every paragraph of every letter; styles and typeset runs recur as objects,
   * font sets as the same string.
   */
  private readonly numbers = new WeakMap<object, number>();
  private readonly fontSets = new Map<string, number>();
  private readonly texts = new RecurringMemo<number>(MAX_PARAGRAPHS);
  /** Paragraphs given back from the memo rather than set (for tests and measuring). */
  hits = 0;

  /** Sets a paragraph as setParagraph does, or gives back a copy of the lines it set before. */
  set(runs: Run[], ctx: ItemContext, width: number, fontsKey: string): SetLine[] {
    // A page number is known only on its page.
    if (runs.some((r) => r.field)) return setParagraph(runs, ctx, width);
    const key = [
      // Runs typeset once (typography/typeset.ts) are frozen, so their JSON cannot go stale;
      // a number stands for it, so the key a paragraph of every letter makes stays short.
      Object.isFrozen(runs) ? this.numberOf(runs) : JSON.stringify(runs),
      this.numberOf(ctx.style),
      width,
      this.fontsId(fontsKey),
      // Direction orders a line's pieces; the language picks its fallback fonts.
      ctx.dir ?? "",
      ctx.lang ?? "",
      ctx.indent ?? 0,
      this.idOf(ctx.hyphenate),
      this.idOf(ctx.hyphenatorFor),
    ].join("\u0000");
    let hit = this.memo.get(key);
    // A font file that changed since (`watch`) gives other faces: the paragraph is set again.
    if (hit && [...hit.faces].some((f) => !ctx.book.isCurrent(f))) hit = undefined;
    if (hit) {
      // The warnings belong to every letter that sets the paragraph.
      for (const w of hit.warnings) ctx.warn(w.message, w.about, w.cause);
      this.hits++;
    } else {
      const warnings: LayoutWarning[] = [];
      const warn = (message: string, about?: string, cause?: string) =>
        warnings.push({ message, about, cause });
      const lines = setParagraph(runs, { ...ctx, warn }, width);
      for (const w of warnings) ctx.warn(w.message, w.about, w.cause);
      const faces = new Set(lines.flatMap((l) => l.segments.map((s) => s.look.face)));
      hit = this.memo.keep(key, { lines, warnings, faces });
    }
    return copyLines(hit.lines);
  }

  /**
   * A number for an object that never changes (a style, frozen runs), from its JSON written
   * once: equal ones made again (another object) share it.
   */
  private numberOf(value: object): number {
    let id = this.numbers.get(value);
    if (id === undefined) {
      const text = JSON.stringify(value);
      id = this.texts.of(text, () => this.nextId++);
      this.numbers.set(value, id);
    }
    return id;
  }

  private fontsId(fontsKey: string): number {
    // Font sets change only with the letter's or pack's fonts: a few per thread.
    return this.fontSets.get(fontsKey) ?? remember(this.fontSets, fontsKey, this.nextId++, 64);
  }

  private idOf(x: object | null | undefined): number {
    if (!x) return 0;
    let id = this.ids.get(x);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(x, id);
    }
    return id;
  }
}

/** Lines a caller may change: the kept ones are never handed out. */
function copyLines(lines: SetLine[]): SetLine[] {
  return lines.map((l) => ({ ...l, segments: l.segments.map((s) => ({ ...s })) }));
}
