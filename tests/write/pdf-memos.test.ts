import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { createResources, type Resources } from "../../src/resources.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { FIXED_DATE, ROOT, SEED } from "../helpers/render.js";

// What a thread keeps between PDFs (src/resources.ts, PdfMemos): compressed streams, font
// subsets and painted lines. A letter must come out as the same bytes whatever the thread
// wrote before, and a merge's letters must share the pages they have in common.

const seed = readFileSync(SEED, "utf8");

/** The seed letter to another recipient: the continuation header on pages 2 and 3 names them. */
function toRecipient(name: string) {
  return {
    file: SEED,
    text: seed
      .replace(/^recipient:\n(?: {2}- .*\n)+/m, `recipient:\n  - ${name}\n  - Secretary\n`)
      .replace(/^salutation: .*$/m, `salutation: Dear ${name},`),
  };
}

async function pdfOf(name: string, res: Resources): Promise<Buffer> {
  const opts = {
    ...letterOptions({ formats: ["pdf"], creationDate: FIXED_DATE.getTime() }),
    cwd: ROOT,
  };
  const r = await renderLetter(toRecipient(name), opts, res);
  return Buffer.from(r.pdf as Uint8Array);
}

/** Each page's content streams, decompressed (as the readable dump shows them), in page order. */
function pageContents(pdf: Buffer): string[][] {
  const objects = new Map<string, { dict: string; stream: string }>();
  for (const chunk of pdfDump(pdf).split(/\n(?=\d+ 0 obj )/)) {
    // The dictionary's lines as written; the stream's indented below it.
    const m = /^(\d+) 0 obj ([\s\S]*?)(?:\n( {2}[\s\S]*))?$/.exec(chunk);
    if (m) objects.set(m[1] as string, { dict: m[2] as string, stream: m[3] ?? "" });
  }
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
  return pages.map((p) => {
    const refs = /\/Contents \[?([\d R\s]+)\]?/.exec(p.dict)?.[1]?.match(/\d+(?= 0 R)/g) ?? [];
    return refs.map((id) => objects.get(id)?.stream ?? "");
  });
}

describe("what a thread keeps between PDFs", () => {
  it("gives a letter the same bytes whatever the thread wrote before", async () => {
    const alone = await pdfOf("Ann Lee", createResources());
    const res = createResources();
    // Two letters before: what they share is kept the second time (RecurringMemo).
    await pdfOf("Zoë Quixote-Vázquez 4789", res);
    await pdfOf("Bob Lee", res);
    const after = await pdfOf("Ann Lee", res);
    expect(after.equals(alone)).toBe(true);
    // …and the memos were used, not bypassed.
    expect(res.pdf.deflated.size).toBeGreaterThan(0);
  });

  it("gives a letter the same plain text and model whatever the thread wrote before", async () => {
    const opts = {
      ...letterOptions({ formats: ["txt"], creationDate: FIXED_DATE.getTime() }),
      cwd: ROOT,
      stopAfter: "model" as const,
    };
    const alone = await renderLetter(toRecipient("Ann Lee"), opts, createResources());
    const res = createResources();
    await renderLetter(toRecipient("Zoë Quixote-Vázquez 4789"), opts, res);
    await renderLetter(toRecipient("Bob Lee"), opts, res);
    const after = await renderLetter(toRecipient("Ann Lee"), opts, res);
    expect(after.txt).toBe(alone.txt);
    expect(JSON.stringify(after.model)).toBe(JSON.stringify(alone.model));
    // Typeset blocks and wrapped paragraphs came from the thread's memos, frozen.
    expect(res.compiled.typeset.size).toBeGreaterThan(0);
    expect(res.compiled.wraps.size).toBeGreaterThan(0);
    const body = after.model?.body.find((b) => b.kind === "text");
    expect(body && Object.isFrozen(body.lines)).toBe(true);
  });

  it("writes the later pages' text the same from letter to letter, apart from the header naming the recipient", async () => {
    const res = createResources();
    // New glyphs on page 1 (ë, Q, x, digits) no longer renumber the glyphs of later pages.
    const [a, b] = [
      pageContents(await pdfOf("Ann Lee", res)),
      pageContents(await pdfOf("Zoë Quixote-Vázquez 4789", res)),
    ];
    expect(a.length).toBe(3);
    expect(b.length).toBe(3);
    for (const page of [1, 2]) {
      const [pa, pb] = [a[page] as string[], b[page] as string[]];
      // One stream holds the continuation header (the recipient's name), one the rest.
      expect(pa.length, `page ${page + 1}: streams`).toBeGreaterThan(1);
      const shared = pa.filter((s) => pb.includes(s));
      const body = shared.reduce((n, s) => n + s.length, 0);
      const all = pa.reduce((n, s) => n + s.length, 0);
      expect(shared.length, `page ${page + 1}: a stream the same in both letters`).toBeGreaterThan(
        0,
      );
      expect(body / all, `page ${page + 1}: most of it`).toBeGreaterThan(0.9);
    }
    // Page 1 names the recipient in its body: it differs.
    expect((a[0] as string[]).join()).not.toBe((b[0] as string[]).join());
  });

  it("compresses page 1 again for another recipient only up to its first paragraph", async () => {
    const res = createResources();
    const pieces = () => [...res.pdf.deflated.keys()].filter((k) => k.endsWith(" piece"));
    // A piece is kept the second time it is made (RecurringMemo): the paragraphs of page 1.
    const ann = pageContents(await pdfOf("Ann Lee", res));
    await pdfOf("Bob Chen", res);
    expect(pieces().length).toBe(1);
    expect(ann[0]?.length, "page 1 stays one stream").toBe(1);
    // The letterhead, date, address and salutation (another each letter) are never kept.
    const cy = pageContents(await pdfOf("Cy Diaz", res));
    expect(pieces().length).toBe(1);
    expect(cy[0]?.length).toBe(1);
    expect(cy[0]?.[0]).not.toBe(ann[0]?.[0]);
  });

  it("keeps the streams letters share, not the ones each letter makes anew", async () => {
    const res = createResources();
    await pdfOf("Ann Lee", res);
    expect(res.pdf.deflated.size).toBe(0);
    await pdfOf("Ann Lee", res);
    const kept = res.pdf.deflated.size;
    expect(kept).toBeGreaterThan(3);
    await pdfOf("Bob Lee", res);
    await pdfOf("Cy Lee", res);
    // Page 1's opening and the headers of pages 2 and 3 name each recipient: never kept.
    // Bob's and Cy's glyphs make one font subset more, met twice (file, CID map, ToUnicode).
    expect(res.pdf.deflated.size - kept).toBeLessThanOrEqual(3);
  });
});
