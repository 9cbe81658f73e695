import type { RecordResult } from "./render-record.js";

/**
 * Hands results on in record order although they finish out of order. Why: the combined PDF
 * must not depend on which worker was faster (determinism across -j).
 */
export function orderedSink(emit: ((r: RecordResult) => void) | undefined) {
  const expected: number[] = [];
  const ready = new Map<number, RecordResult>();
  return {
    expect(index: number) {
      if (emit) expected.push(index);
    },
    put(r: RecordResult) {
      if (!emit) return;
      ready.set(r.index, r);
      while (expected.length && ready.has(expected[0] as number)) {
        const next = ready.get(expected.shift() as number) as RecordResult;
        ready.delete(next.index);
        if (!next.error) emit(next);
      }
    },
  };
}
