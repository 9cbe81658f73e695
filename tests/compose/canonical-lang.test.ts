import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, render } from "../helpers/render.js";
import { loadHarfBuzz } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

beforeAll(loadHarfBuzz);

/** A personal letter in `lang` with no salutation or closing of its own: the pack writes them. */
async function letter(lang: string, body: string) {
  const text = `template: personal
lang: ${lang}
date: 2025-03-05
recipient: [Office]
body: "${body}"
signature: D. Cohen
`;
  const r = await render({ file: `${ROOT}/data/lang.yaml`, text });
  return { txt: r.txt ?? "", pdf: Buffer.from(r.pdf ?? []).toString("latin1") };
}

// A Java or .NET system writes Hebrew as iw and Indonesian as in: such a letter came out with
// the pack's English closing ("Kind regards,") and dates, its PDF's language iw-IL.
describe("a language tag in a deprecated code", () => {
  it.each([
    ["iw-IL", "he-IL", "אני כותב אליכם בעניין הבקשה."],
    ["in-ID", "id-ID", "Dengan hormat, kami menyampaikan permohonan ini."],
    ["mo-MD", "ro-MD", "Vă scriu în legătură cu cererea dumneavoastră."],
  ])("is read as Intl writes it (%s as %s)", async (old, now, body) => {
    const [a, b] = await Promise.all([letter(old, body), letter(now, body)]);
    expect(a.txt).toBe(b.txt);
    expect(a.txt).not.toContain("Kind regards");
    expect(a.pdf).toContain(`/Lang (${now})`);
  });
});

// review36: the letter's `tl` was read as `fil`, and a pack's labels keyed `tl`, as its author
// wrote the letter's language, were passed over for the base pack's Filipino ones.
describe("a pack's labels keyed by a deprecated or other code", () => {
  it("are the labels of the language as Intl writes it", async () => {
    const dir = tempDir("canonical-labels");
    mkdirSync(join(dir, "templates", "pack"), { recursive: true });
    writeFileSync(
      join(dir, "templates", "pack", "template.yaml"),
      'name: pack\nextends: personal\nlabels:\n  tl: { closing: "Lubos na gumagalang," }\n  IW: { closing: "בכבוד רב," }\n',
    );
    const body = (lang: string) =>
      `template: pack\nlang: ${lang}\ndate: 2025-03-05\nrecipient: [Office]\nbody: "Magandang araw."\nsignature: D. Cruz\n`;
    for (const [lang, closing] of [
      ["tl", "Lubos na gumagalang,"],
      ["fil-PH", "Lubos na gumagalang,"],
      ["he", "בכבוד רב,"],
    ]) {
      const r = await render({ file: join(dir, "x.yaml"), text: body(lang as string) });
      expect(r.txt).toContain(closing);
    }
  });
});
