import { describe, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// An inside address whose first line is too long for the measure: before, its second half
// started at the margin like the address's next line, and "Force on Puget Sound…" read as a
// line of its own. The packs' address, cc and enclosures styles turn a wrapped line over
// indented (the style's runover), in the PDF and in the text.
const letter = {
  file: `${ROOT}/data/inline-runover.yaml`,
  text: `template: business
date: 2024-04-08
recipient:
  - The Honorable Maria Concepción Villaseñor-Abernathy, Chair, Joint Legislative Task Force on Puget Sound Nearshore Habitat Restoration
  - 300 Desmond Drive SE, Lacey, WA 98503-1274
body: Thank you for the opportunity to comment.
enclosures:
  - Trinity Building Sciences, Inc., Roof Inspection Report on the Bluebonnet Medical Plaza (June 27, 2024)
  - Bid of Prairie State Roofing Co.
`,
};

describe("a line of the data that wraps", () => {
  it("turns over indented by the style's runover, in the PDF and the text", async () => {
    const r = await render(letter);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const start = (s: string) => pdf.items.find((i) => i.str.startsWith(s));
    const honorable = start("The Honorable");
    const desmond = start("300 Desmond");
    const turned = pdf.items.find(
      (i) => i.y > (honorable?.y ?? 0) + 1 && i.y < (desmond?.y ?? 0) - 1,
    );
    expect(turned?.str).toMatch(/Restoration$/);
    expect(desmond?.x).toBeCloseTo(honorable?.x ?? 0, 3);
    // business: address { runover: 12 }.
    expect((turned?.x ?? 0) - (honorable?.x ?? 0)).toBeCloseTo(12, 3);
    // The enclosures turn over past their label, and further.
    const first = pdf.items.find((i) => i.str.includes("Trinity"));
    const bid = start("Bid of");
    const rest = pdf.items.find((i) => i.y > (first?.y ?? 0) + 1 && i.y < (bid?.y ?? 0) - 1);
    // pdf.js may join the label and the first entry in one run: measure from the next entry.
    expect((rest?.x ?? 0) - (bid?.x ?? 0)).toBeCloseTo(10, 3);

    const txt = (r.txt as string).split("\n");
    const at = txt.findIndex((l) => l.startsWith("The Honorable"));
    expect(txt[at + 1]).toMatch(/^ {2}\S/);
    expect(txt.find((l) => l.includes("300 Desmond"))).toMatch(/^300/);
  });
});

// letters22: the text output wrapped the first line too at the width less the turn-over, so a
// signer's name exactly as wide as its column ("Christopher Martínez" in 21 columns) broke.
describe("a line of the data as wide as its column in the text", () => {
  it("keeps its first line whole: only the lines after it are turned over", async () => {
    const r = await render({
      file: `${ROOT}/data/inline-runover-text.yaml`,
      text: `template: senate
letterhead: { org: Congress of the United States }
recipient:
  - The Honorable Michael S. Regan, Administrator, U.S. Environmental Agency
body: We write to urge the Agency.
columns: 3
signers:
  - { name: Christopher Martínez, title: Member of Congress }
  - { name: Betty Brown, title: Member of Congress }
  - { name: John Wright, title: Member of Congress }
`,
    });
    // An initial is tied to the name after it: "S.\u00a0Regan".
    const txt = (r.txt as string).replaceAll("\u00a0", " ").split("\n");
    expect(txt).toContain(
      "The Honorable Michael S. Regan, Administrator, U.S. Environmental Agency",
    );
    expect(txt.find((l) => l.startsWith("Christopher"))).toMatch(/^Christopher Martínez +Betty/);
  });
});
