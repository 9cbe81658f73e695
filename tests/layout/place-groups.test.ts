import { beforeAll, describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { caught } from "../helpers/errors.js";
import { laidOutOn } from "../helpers/laid-out.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

// These tests lay text out directly; a render would load HarfBuzz itself.
beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("din5008", { cwd: ROOT }), ROOT, res);
const MM = 72 / 25.4;

const laidOut = laidOutOn(pack);

describe("placed groups", () => {
  it("sit at their position on page 1 and take no room from the flow", () => {
    const r = laidOut(
      '<letter><place x="25mm" y="62.7mm" width="80mm"><line>Anna</line></place><place x="4mm" y="105mm" width="5mm"><rule/></place><p>Body</p></letter>',
    );
    const items = r.pages[0]?.items ?? [];
    const anna = items.find((i) => i.kind === "text" && i.text === "Anna");
    const body = items.find((i) => i.kind === "text" && i.text === "Body");
    const mark = items.find((i) => i.kind === "rule");
    expect(anna?.x).toBeCloseTo(25 * MM);
    expect(anna?.y).toBeGreaterThan(62.7 * MM);
    expect(body?.y).toBeLessThan(pack.page.margin.top + 20);
    expect(mark).toMatchObject({ kind: "rule", width: expect.closeTo(5 * MM, 3) });
    expect(mark?.x).toBeCloseTo(4 * MM);
    expect(mark?.y).toBeCloseTo(105 * MM + 0.25);
  });

  it("start the body under a letterhead of fixed height", () => {
    const r = laidOut('<letter><letterhead height="78.46mm"/><p>Body</p></letter>');
    const body = r.pages[0]?.items.find((i) => i.kind === "text");
    expect(body?.y).toBeGreaterThan(pack.page.margin.top + 78.46 * MM);
  });

  it("report content taller than its box (an address that overflows the window)", () => {
    const lines = Array.from({ length: 9 }, (_, i) => `<line>line ${i}</line>`).join("");
    expect(() =>
      laidOut(
        `<letter><place x="25mm" y="62.7mm" width="80mm" height="27.3mm"><address>${lines}</address></place></letter>`,
      ),
    ).toThrow(/content placed at 25.0mm, 62.7mm is 39.7mm tall; its box is 27.3mm/);
  });

  // Six lines fit the window, but one too wide for it takes two: before, the error pointed at
  // the first line ("Herrn") and the pack's hint spoke of six lines, which the sender had.
  it("name the line too wide for the box, and are about it", async () => {
    const e = await caught(() =>
      laidOut(
        '<letter><place x="25mm" y="62.7mm" width="80mm" height="27.3mm"><address><line>Herrn</line><line>Prof. Dr.-Ing. habil. Maximilian Freiherr von Hohenberg-Schwarzenfels</line><line>Paul-Ehrlich-Straße 14</line><line>67663 Kaiserslautern</line><line>Lehrstuhl für Siedlungswasserwirtschaft und Wassergütewirtschaft</line></address></place></letter>',
      ),
    );
    const p = e.problems[0];
    expect(p?.about).toBe("Prof. Dr.-Ing. habil. Maximilian Freiherr von Hohenberg-Schwarzenfels");
    expect(p?.hints).toEqual([
      '"Prof. Dr.-Ing. habil. Maximilian Freiherr von Hohenberg-Schwarzenfels" is wider than the box (80.0mm) and takes two lines or more',
      '"Lehrstuhl für Siedlungswasserwirtschaft und Wassergütewirtschaft" is wider than the box (80.0mm) and takes two lines or more',
      "shorten the content (fewer or shorter lines), or use a smaller style",
    ]);
  });

  // corpus25: a line broken after a hyphen it has ("Friedrich-" / "Ebert-Straße") was not
  // recognised as wrapped, so the error named no line and pointed at the first.
  it("name a line too wide for the box that breaks after a hyphen of its own", async () => {
    const long =
      "Wohnungseigentümergemeinschaft Friedrich-Ebert-Straße 112–118 und Rathenauplatz 3";
    const e = await caught(() =>
      laidOut(
        `<letter><place x="25mm" y="62.7mm" width="80mm" height="27.3mm"><address><line>${long}</line><line>vertreten durch die Hausverwaltung</line><line>Immobilienverwaltung Schmidt &amp; Söhne GmbH</line><line>z. Hd. Herrn Hans-Joachim Müller-Lüdenscheidt-Oberhausen</line><line>Postfach 10 20 30</line><line>12346 Musterstadt</line></address></place></letter>`,
      ),
    );
    const p = e.problems[0];
    expect(p?.about).toBe(long);
    expect(p?.hints?.[0]).toBe(
      `"${long}" is wider than the box (80.0mm) and takes two lines or more`,
    );
  });

  // What is drawn off the paper is lost without a word: a `right` larger than the paper, a
  // box wider than what is left of it, or a group that runs below its foot (A4 here).
  it("refuse a group that reaches past the paper's edge", () => {
    const at = (place: string) =>
      laidOut(`<letter><place ${place}><line>Sender</line></place><p>Body</p></letter>`);
    expect(() => at('right="300mm" y="20mm" width="40mm"')).toThrow(
      "content placed at -130.0mm, 20.0mm, 40.0mm wide and 4.8mm tall, reaches past the paper's left edge (the paper is 210.0mm by 297.0mm)",
    );
    expect(() => at('x="180mm" y="20mm" width="40mm"')).toThrow(/past the paper's right edge/);
    expect(() => at('x="20mm" y="295mm" width="40mm"')).toThrow(/past the paper's bottom edge/);
    expect(() => at('right="0mm" y="292mm" width="40mm"')).not.toThrow();
  });

  it("give the pack's own hint first when their content is taller than the box", async () => {
    const e = await caught(() =>
      laidOut(
        '<letter><place x="25mm" y="45mm" width="80mm" height="5mm" hint="set sender.returnLine"><line>a</line><line>b</line></place></letter>',
      ),
    );
    expect(e.problems[0]?.hints).toEqual([
      "set sender.returnLine",
      "shorten the content (fewer or shorter lines), or use a smaller style",
    ]);
  });
});

// Before, a group without a height that grew down into the body (a long sender block beside
// the business pack's logo) was drawn over the letter's text, and nothing said so.
describe("a placed group that reaches the letter's text", () => {
  it("is a layout error about the placed text, not a page of overprinted lines", async () => {
    const lines = Array.from({ length: 8 }, (_, i) => `<line>Sender line ${i + 1}</line>`);
    const e = await caught(() =>
      laidOut(
        `<letter><place x="120mm" y="10mm" width="80mm">${lines.join("")}</place><p>Body text that runs across the whole width of the page, under the place.</p></letter>`,
      ),
    );
    expect(e.kind).toBe("layout");
    expect(e.problems[0]).toMatchObject({
      message:
        'placed text "Sender line 3" at 120.0mm, 23.2mm runs into the letter\'s text ("Body text that runs across the whole wi…")',
      about: "Sender line 3",
    });
  });

  it("is drawn over the text when the pack marks it an overlay (a watermark)", async () => {
    const stamp = Array.from({ length: 8 }, (_, i) => `<line>DRAFT ${i + 1}</line>`).join("");
    const letter = (overlay: string) =>
      `<letter><place x="25mm" y="10mm" width="160mm" overlay="${overlay}">${stamp}</place><p>Body text that runs across the whole width of the page, under the place.</p></letter>`;
    expect((await caught(() => laidOut(letter("false")))).kind).toBe("layout");
    const r = laidOut(letter("true"));
    const texts = (r.pages[0]?.items ?? []).flatMap((i) => (i.kind === "text" ? [i.text] : []));
    expect(texts).toContain("DRAFT 8");
    expect(texts.some((t) => t.startsWith("Body text"))).toBe(true);
  });

  it("is fine beside the text, or above it", () => {
    const r = laidOut(
      '<letter><place x="150mm" y="10mm" width="40mm"><line>Beside</line></place><p>Body</p></letter>',
    );
    expect(r.pages[0]?.items.some((i) => i.kind === "text" && i.text === "Beside")).toBe(true);
  });
});

it("refuses placed text beside a short line of the letter's text, in its column", async () => {
  const e = await caught(() =>
    laidOut(
      '<letter><place x="120mm" y="17mm" width="60mm"><line>Beside the date</line></place><p>1 May</p></letter>',
    ),
  );
  expect(e.problems[0]?.message).toBe(
    'placed text "Beside the date" at 120.0mm, 20.7mm runs into the letter\'s text ("1 May")',
  );
});

// A logo beside a sender block: which is taller depends on the logo's shape and the sender's
// lines. Before, the band and the letter started below the letterhead's own blocks only, so a
// wide logo with a long sender block ran the block into the rule and the date (exit 7).
describe("a placed group that reserves its room", () => {
  const sender = Array.from({ length: 8 }, (_, i) => `<line>Sender line ${i + 1}</line>`).join("");
  const markup = (reserve: string, on = "first") =>
    `<letter><place x="120mm" y="20mm" width="70mm"${reserve} on="${on}">${sender}</place><letterhead><rule space-before="10"/></letterhead><p>Body</p><page-break/><p>Next</p></letter>`;

  it("starts the band and the letter below it, by the band's own space before", () => {
    const r = laidOut(markup(' reserve="true"'));
    const items = r.pages[0]?.items ?? [];
    const last = items.filter((i) => i.kind === "text" && i.text.startsWith("Sender")).at(-1);
    const rule = items.find((i) => i.kind === "rule");
    const body = items.find((i) => i.kind === "text" && i.text === "Body");
    expect(rule?.y).toBeGreaterThan((last?.y ?? Infinity) + 10);
    expect(body?.y).toBeGreaterThan(rule?.y ?? Infinity);
    // Page 2 has no such group: its text starts at the top margin as before.
    const next = r.pages[1]?.items.find((i) => i.kind === "text" && i.text === "Next");
    expect(next?.y).toBeLessThan(pack.page.margin.top + 20);
  });

  it("on every page, starts each page's text below it", () => {
    const r = laidOut(markup(' reserve="true"', "all"));
    for (const page of r.pages) {
      const last = page.items.filter((i) => i.kind === "text" && i.text.startsWith("Sender"));
      const text = page.items.find((i) => i.kind === "text" && /^(Body|Next)$/.test(i.text));
      expect(text?.y).toBeGreaterThan(last.at(-1)?.y ?? Infinity);
    }
  });

  it("without reserve, is refused where it reaches the text, as before", async () => {
    const e = await caught(() => laidOut(markup("")));
    expect(e.message).toMatch(/^placed text "Sender line \d" at .* runs into the letter's text/);
  });
});
