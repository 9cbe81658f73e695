import { inflateSync } from "node:zlib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  type DeflatingDocument,
  deflateThrough,
  newDeflateMemo,
} from "../../src/write/deflate-memo.js";

// Counts the hashes deflate-memo.ts takes (its key of a stream is a SHA-1).
const hashes = vi.hoisted(() => ({ taken: 0 }));
vi.mock("node:crypto", async (original) => {
  const actual = await original<typeof import("node:crypto")>();
  return {
    ...actual,
    createHash: (algorithm: string) => {
      hashes.taken++;
      return actual.createHash(algorithm);
    },
  };
});

/** A stand-in for pdfkit's document: one stream of the given chunks, compressed. */
function compressed(memo: ReturnType<typeof newDeflateMemo>, chunks: Uint8Array[]): Buffer {
  const doc: DeflatingDocument = {
    ref: (data = {}) => {
      const r = { data, compress: true, buffer: [...chunks], finalize: () => r.buffer[0] };
      return r;
    },
  };
  deflateThrough(doc, memo);
  return Buffer.from(doc.ref().finalize() as Uint8Array);
}

const SUBSET = Buffer.from("glyf loca head hmtx ".repeat(2000), "latin1");

describe("deflate-memo: bytes said to be unchanging (a thread's font subsets)", () => {
  beforeEach(() => {
    hashes.taken = 0;
  });

  it("finds a stream of them by their identity: hashed once, however many letters embed them", () => {
    const memo = newDeflateMemo();
    memo.unchanging(SUBSET);
    expect(hashes.taken).toBe(1);
    const first = compressed(memo, [SUBSET]);
    for (let i = 0; i < 3; i++) expect(compressed(memo, [SUBSET]).equals(first)).toBe(true);
    expect(hashes.taken).toBe(1);
    expect(inflateSync(first).equals(SUBSET)).toBe(true);
  });

  it("compresses them to the bytes a stream of the same bytes gets, under the same key", () => {
    const plain = newDeflateMemo();
    const copy = Buffer.from(SUBSET);
    const bytes = [compressed(plain, [copy]), compressed(plain, [copy])];
    const fixed = newDeflateMemo();
    fixed.unchanging(SUBSET);
    const kept = [compressed(fixed, [SUBSET]), compressed(fixed, [SUBSET])];
    expect(kept[0]?.equals(bytes[0] as Buffer)).toBe(true);
    expect([...fixed.keys()]).toEqual([...plain.keys()]);
  });

  it("hashes other streams, and a stream of them with more, as before", () => {
    const memo = newDeflateMemo();
    memo.unchanging(SUBSET);
    hashes.taken = 0;
    compressed(memo, [Buffer.from(SUBSET)]);
    compressed(memo, [SUBSET, Buffer.from("more")]);
    expect(hashes.taken).toBe(2);
  });
});
