import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, render } from "../helpers/render.js";
import { loadHarfBuzz } from "../helpers/resources.js";

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
