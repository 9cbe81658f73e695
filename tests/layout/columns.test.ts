import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { ROOT, render } from "../helpers/render.js";

const LETTER = `template: senate
letterhead:
  org: California State Assembly
  offices:
    - { label: Capitol Office, lines: ["State Capitol, Room 2031", "Sacramento, CA 95814"] }
    - { label: District Office, lines: ["1234 Main St", "Fresno, CA 93721", "(559) 445-5532"] }
date: 2024-04-22
recipient: [X]
salutation: "X,"
body: X.
signers: [{ name: X }]
`;

// letterhead28: a legislator's capitol and district offices stacked, centred, one under the
// other; <columns> sets them side by side.
describe("<columns> in the letterhead", () => {
  it("sets each office in its own column, side by side, in the PDF and the text output", async () => {
    const r = await render({ file: join(ROOT, "data", "columns.yaml"), text: LETTER });
    const items = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
      (i): i is TextItem => i.kind === "text",
    );
    const find = (t: string) => items.find((i) => i.text.includes(t)) as TextItem;
    const capitol = find("Capitol");
    const district = find("District");
    expect(district.y).toBeCloseTo(capitol.y, 1);
    expect(district.x).toBeGreaterThan(capitol.x + 150);
    expect(find("Room 2031").y).toBeCloseTo(find("1234").y, 1);
    // The letter starts under the taller column.
    expect(find("April").y).toBeGreaterThan(find("(559)").y);
    expect(r.txt).toMatch(/Capitol Office +District Office/);
    expect(r.txt).toMatch(/Sacramento, CA 95814 +Fresno, CA 93721/);
  });
});
