/** A segment of a text: what Intl.Segmenter gives, `index` counted in the whole text. */
export interface Segment {
  segment: string;
  index: number;
}

/**
 * A text's segments (grapheme clusters, or words), found a slice at a time. Why slices: V8's
 * segmenter takes time by the square of the text it iterates (60,000 characters 2 s, 120,000
 * 7 s; a run of Thai without a space, 70,000 characters, 3.4 s for its words), and a word of
 * data may be that long: a body of `No. No. …` tied into one word took 11 s for 30,000 of them
 * in the text writer (audit32). Each slice starts where a segment starts, and the segments
 * that end within `margin` units of a slice's end (the last one at least) are found again with
 * what follows: a cluster's rules (UAX #29, regional indicator pairs too) and a dictionary's
 * look ahead (Thai, Khmer, Lao, Myanmar words) see what they would see in the whole text.
 * A segmenter per call, none kept: the startup snapshot holds no Intl objects.
 */
export function slicedSegments(
  text: string,
  granularity: "grapheme" | "word",
  margin = 0,
): Segment[] {
  const segmenter = new Intl.Segmenter("und", { granularity });
  const out: Segment[] = [];
  let from = 0;
  let size = SLICE + margin;
  while (from < text.length) {
    let end = Math.min(text.length, from + size);
    // Never between the halves of a pair: the segment before would be cut where it is not.
    if (isHighSurrogate(text.charCodeAt(end - 1))) end++;
    const parts = Array.from(segmenter.segment(text.slice(from, end)));
    let kept = parts.length;
    if (end < text.length) {
      kept--;
      while (kept > 0 && endOf(parts[kept - 1] as Intl.SegmentData) > end - from - margin) kept--;
      // A slice of one segment (a letter with thousands of marks) is widened until one ends.
      if (kept < 1) {
        size *= 2;
        continue;
      }
    }
    for (const p of parts.slice(0, kept)) out.push({ segment: p.segment, index: from + p.index });
    from += endOf(parts[kept - 1] as Intl.SegmentData);
    size = SLICE + margin;
  }
  return out;
}

/** Where a segment ends in the slice it was found in. */
function endOf(p: Intl.SegmentData): number {
  return p.index + p.segment.length;
}

/** How much text a slice holds beyond its margin. */
const SLICE = 1024;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
