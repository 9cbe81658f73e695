import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = resolve(import.meta.dirname, "../../data/senate-itu-2020.yaml");

/** The combined PDF's Info title and subject (as pdfinfo shows them) and its XMP dc:title. */
async function combine(csv: string): Promise<{ title: unknown; subject: unknown; xmp: string }> {
  const dir = tempDir("combined-title");
  writeFileSync(join(dir, "p.csv"), csv);
  const r = await runCli(
    ["render", LETTER, "--merge", "p.csv", "--combine", "all.pdf", "-j", "1"],
    {
      cwd: dir,
    },
  );
  expect(r.code, r.stderr).toBe(0);
  const bytes = readFileSync(join(dir, "all.pdf"));
  const { info } = await extractPdf(bytes);
  const xmp = /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)</.exec(bytes.toString("utf8"))?.[1] ?? "";
  return { title: info.Title, subject: info.Subject, xmp };
}

describe("a combined PDF's document information", () => {
  it("names the merge when the letters' titles differ, not record 1's", async () => {
    // Each record's own title and recipient (the subject, "Letter from … to …", names it).
    const got = await combine("title,recipient.0\nFor Ann Lee,Ann Lee\nFor Bo Chen,Bo Chen\n");
    expect(got.title).toBe("senate-itu-2020.yaml + p.csv");
    expect(got.xmp).toBe("senate-itu-2020.yaml + p.csv");
    // Its subject is record 1's too: left out.
    expect(got.subject).toBeUndefined();
  });

  it("keeps a title every letter shares", async () => {
    const got = await combine("salutation\nDear Ann\nDear Bo\n");
    expect(got.title).toBe(
      "Letter on China and international standards for surveillance technology",
    );
    expect(got.xmp).toBe(got.title);
    expect(got.subject).toMatch(/^Letter from .* to The Honorable Michael R\. Pompeo/);
  });
});
