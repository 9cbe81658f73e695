import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readText, type SourceText } from "../../src/load/read-text.js";
import { type PdfStandard, parseStandards } from "../../src/pdf-standard.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { caught } from "../helpers/errors.js";
import { FIXED_DATE, ROOT, SEED } from "../helpers/render.js";

async function pdf(standards?: PdfStandard[], src: string | SourceText = SEED): Promise<string> {
  const r = await renderLetter(typeof src === "string" ? readText(src) : src, {
    ...letterOptions({
      formats: ["pdf"],
      creationDate: FIXED_DATE.getTime(),
      ...(standards ? { pdfStandards: standards } : {}),
    }),
    cwd: ROOT,
  });
  return Buffer.from(r.pdf as Uint8Array).toString("latin1");
}

const xmp = (raw: string) => /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(raw)?.[0] ?? "";

describe("PDF standards", () => {
  it.each([
    "senate-itu-2020",
    "business-northwind-2024",
    "din5008-angebot-2024",
    "personal-cover-letter",
  ])("claims PDF/UA-1 and PDF/A-2a by default (%s), with an sRGB output intent", async (name) => {
    const raw = await pdf(undefined, join(ROOT, "data", `${name}.yaml`));
    const meta = xmp(raw);
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A</);
    expect(meta).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    // PDF/A knows pdfuaid only when the file declares it.
    expect(meta).toMatch(/<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/);
    expect(meta).toMatch(/<xmp:ModifyDate>2020-03-11T00:00:00Z<\/xmp:ModifyDate>/);
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toMatch(/\/S \/GTS_PDFA1[\s\S]*?\/OutputConditionIdentifier \(sRGB IEC61966-2.1\)/);
    expect(raw).toMatch(/\/DestOutputProfile \d+ 0 R/);
    // Info entries PDF/A would want mirrored in the XMP are left out when empty.
    expect(raw).not.toMatch(/\/Keywords \d+ 0 R/);
  });

  it("claims only what is asked", async () => {
    const b = xmp(await pdf(["a-3b"]));
    expect(b).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B</);
    expect(b).not.toMatch(/pdfuaid/);
    const ua = await pdf(["ua-1"]);
    expect(xmp(ua)).toMatch(/<pdfuaid:part>1</);
    expect(xmp(ua)).not.toMatch(/pdfaid|pdfaExtension/);
    expect(ua).not.toMatch(/OutputIntents/);
  });

  it("keeps the XMP well-formed when the title holds & and <", async () => {
    const text = readFileSync(SEED, "utf8").replace(/^title: .*$/m, "title: Smith & <Jones>");
    const raw = await pdf(undefined, { file: join(ROOT, "data", "inline.yaml"), text });
    expect(xmp(raw)).toContain('<rdf:li xml:lang="x-default">Smith &amp; &lt;Jones&gt;</rdf:li>');
    // The Info dictionary keeps the text as it is.
    expect(raw).toContain("(Smith & <Jones>)");
  });

  it("is byte-identical for the same date, XMP included", async () => {
    expect(await pdf()).toBe(await pdf());
  });

  it("reads --pdf-standard lists and refuses what it cannot write", async () => {
    expect(parseStandards("ua-1, A-2A")).toEqual(["ua-1", "a-2a"]);
    const unknown = await caught(() => parseStandards("a-1b"));
    expect([unknown.kind, unknown.message]).toEqual([
      "usage",
      "--pdf-standard a-1b is not a standard missive writes",
    ]);
    const two = await caught(() => parseStandards("a-2a,a-3b"));
    expect(two.message).toBe("--pdf-standard names a-2a and a-3b: a PDF is one PDF/A part");
  });
});
