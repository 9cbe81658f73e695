import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { LaidOutDoc } from "../../src/layout/laid-out-doc.js";
import { readText } from "../../src/load/read-text.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { FIXED_DATE, ROOT } from "../helpers/render.js";

// Real kinds of letters on the built-in packs, without a pack of their own: each exposed a
// defect (its header says which). These are the rules a typesetter would hold them to.
const DIR = join(ROOT, "tests", "fixtures", "corpus-real");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));

/** A fixture rendered to text, or laid out (the pages of positioned text). */
const render = (file: string, stopAfter?: "layout") =>
  renderLetter(readText(join(DIR, file)), {
    ...letterOptions({ formats: stopAfter ? [] : ["txt"], creationDate: FIXED_DATE.getTime() }),
    cwd: ROOT,
    ...(stopAfter ? { stopAfter } : {}),
  });

/** The fields that name a letter's first signer, in the four packs. */
interface Signed {
  lang?: string;
  signers?: { name: string }[];
  signer?: { name: string };
  signature?: string;
  sender?: { name?: string };
}

/** The name under the first signature, in any of the packs' ways of giving it. */
function signerName(data: Signed): string | undefined {
  return data.signers?.[0]?.name ?? data.signer?.name ?? data.signature ?? data.sender?.name;
}

const texts = (doc: LaidOutDoc, page: number) =>
  (doc.pages[page]?.items ?? []).flatMap((i) => (i.kind === "text" ? [i] : []));

describe.each(FILES)("real letter %s", (file) => {
  it("renders with curly quotes, its language's words and no lone signature or broken word at a page's end", async () => {
    const data = parse(readText(join(DIR, file)).text) as Signed;
    const r = await render(file);
    const txt = r.txt as string;
    expect(txt).not.toMatch(/['"]/);
    if (data.lang && !String(data.lang).startsWith("en"))
      expect(txt).not.toMatch(/\b(Enclosures?|Page \d|cc:|Sincerely|Kind regards)\b/);
    const doc = (await render(file, "layout")).laidOut as LaidOutDoc;
    const name = signerName(data);
    const page = doc.pages.findIndex((_, p) => texts(doc, p).some((i) => i.text === name));
    expect(page, name).toBeGreaterThanOrEqual(0);
    if (page > 0) {
      const nameY = texts(doc, page).find((i) => i.text === name)?.y ?? 0;
      // The continuation header and at least two lines of the letter above the signature.
      expect(texts(doc, page).filter((i) => i.y < nameY).length).toBeGreaterThanOrEqual(3);
    }
    for (let p = 0; p + 1 < doc.pages.length; p++) {
      const lowest = texts(doc, p).reduce((a, b) => (b.y > a.y ? b : a));
      expect(lowest.text.endsWith("\u00AD"), `page ${p + 1}`).toBe(false);
    }
  });
});
