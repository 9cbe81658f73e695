import { beforeAll, describe, expect, it } from "vitest";
import { layout } from "../../src/layout/layout.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const model = (markup: string) =>
  toModel(parseXml(markup, "m.xml"), pack, "m.xml", () => {
    throw new Error("no images");
  });
/** Each page's texts, top to bottom. */
const pages = (markup: string) =>
  layout(model(markup), res).pages.map((p) =>
    p.items.flatMap((i) => (i.kind === "text" ? [{ text: i.text, y: i.y }] : [])),
  );

describe("page control", () => {
  it("starts the block after <page-break/> on a new page", () => {
    const p = pages(
      '<letter><p>Letter.</p><page-break/><heading level="1">Annex</heading></letter>',
    );
    expect(p).toHaveLength(2);
    expect(p[1]?.some((i) => i.text === "Annex")).toBe(true);
    expect(p[0]?.some((i) => i.text === "Annex")).toBe(false);
  });

  // Issue 18: an annex with its own heading, at the top margin, without the running head.
  it('leaves out the continuation header on the page <page-break head="none"/> starts', () => {
    const paras = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
    const p = pages(
      `<letter><continuation><line>Running head</line></continuation>${paras}<page-break head="none"/><heading level="1">Annex</heading><p>Annex text.</p></letter>`,
    );
    const annex = p.findIndex((page) => page.some((i) => i.text === "Annex"));
    expect(annex).toBeGreaterThan(1);
    // The page the body overflowed onto keeps its head; the annex page has none.
    expect(p[annex - 1]?.some((i) => i.text === "Running head")).toBe(true);
    expect(p[annex]?.some((i) => i.text === "Running head")).toBe(false);
    // The annex heading takes the running head's place: higher than the body on a page with one.
    const bodyTop = (page: number) =>
      Math.min(...(p[page] ?? []).filter((i) => i.text !== "Running head").map((i) => i.y));
    expect(bodyTop(annex)).toBeLessThan(bodyTop(annex - 1) - 10);
    expect(model('<letter><p>A</p><page-break head="none"/></letter>').body[1]).toEqual({
      kind: "page-break",
      head: "none",
    });
  });

  // A letter whose closing is in the body (French, notes, notices) has none to keep with it.
  it("never starts a page with the signature block alone, with no closing before it", () => {
    const signed = '<signatures><signer name="Claire Moreau"/></signatures>';
    for (let n = 22; n <= 32; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter>${paras}${signed}</letter>`);
      const at = p.findIndex((page) => page.some((i) => i.text === "Claire Moreau"));
      const body = p[at]?.filter((i) => i.text.startsWith("Paragraph")) ?? [];
      expect(body.length, `${n} paragraphs`).toBeGreaterThanOrEqual(2);
    }
  });

  // letters21: a House letter ended page 1 with "We therefore urge you to:" and began page 2
  // with the list it introduced.
  // And a deposit statement's page 1 ended "As RCW 59.18.280(1) provides:", its quotation
  // on page 2; so may a table's or a picture's lead-in.
  it.each([
    [
      "list",
      '<list ordered="true"><item>withdraw the rule;</item><item>expand access.</item></list>',
    ],
    ["quotation", "<quote><p>withdraw the rule, the landlord shall give a statement.</p></quote>"],
    [
      "table",
      '<table><row header="true"><cell>withdraw</cell><cell>B</cell></row><row><cell>1</cell><cell>2</cell></row></table>',
    ],
  ])("never ends a page with a paragraph that introduces a %s, and only then", (_, list) => {
    let moved = 0;
    for (let n = 20; n <= 60; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      for (const [lead, keeps] of [
        ["We urge you to:", true],
        ["We urge you to do two things.", false],
      ] as const) {
        const p = pages(`<letter>${paras}<p>${lead}</p>${list}</letter>`);
        const at = (text: string) => p.findIndex((page) => page.some((i) => i.text.includes(text)));
        if (keeps) expect(at(lead), `${n} paragraphs`).toBe(at("withdraw"));
        if (at(lead) !== at("withdraw")) expect(keeps).toBe(false);
        if (keeps && at(`Paragraph ${n}`) !== at(lead)) moved++;
      }
    }
    // Some page ended just before the lead-in without it: the rule is what kept them together.
    expect(moved).toBeGreaterThan(0);
  });

  // letters35: an ayuntamiento's resolution ended page 1 on "2. Condicionar la licencia al
  // cumplimiento de las siguientes prescripciones:", its a., b., c. on page 2. An item ending
  // in a colon introduces what it holds (a nested list, its table), not its list's next item.
  it.each([
    [
      "nested list",
      '<list numbering="a."><item>withdraw the rule;</item><item>expand.</item></list>',
    ],
    [
      "table",
      '<table><row header="true"><cell>withdraw</cell><cell>B</cell></row><row><cell>1</cell><cell>2</cell></row></table>',
    ],
  ])("never ends a page with an item that introduces its %s, and only then", (_, held) => {
    const list = (lead: string, inner: string) =>
      `<list ordered="true" loose="true"><item>alpha</item><item>beta</item><item>${lead}${inner}</item><item>delta</item><item>epsilon</item></list>`;
    let moved = 0;
    // The page's end swept over the list a few points at a time.
    for (let k = 0; k < 60; k++) {
      const n = 20 + Math.floor(k / 4);
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const pagesOf = (lead: string, inner: string, next: string) => {
        const p = pages(
          `<letter>${paras}<space height="${(k % 4) * 4}pt"/><p>Before.</p>${list(lead, inner)}</letter>`,
        );
        const at = (text: string) => p.findIndex((page) => page.some((i) => i.text.includes(text)));
        return [at(lead), at(next)];
      };
      const [kept, itsNext] = pagesOf("Subject to these conditions:", held, "withdraw");
      expect(kept, `${n} paragraphs, ${k % 4} spaces`).toBe(itsNext);
      const [free] = pagesOf("Subject to these conditions.", held, "withdraw");
      if (free !== kept) moved++;
      // A form's "Name:" is not kept with the next item of its list.
      const [name, delta] = pagesOf("Name:", "", "delta");
      if (name !== delta) moved += 100;
    }
    // The rule moved a lead-in somewhere, and a form's item ended a page somewhere.
    expect(moved % 100).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(100);
  });

  // letters28: a referral letter's page ended on "Past medical history:" and the first of its
  // four items; a list leaves two items at least on each page, as a table leaves two rows.
  it("never ends a page on a list's first item, nor starts one with its last alone", () => {
    const items = ["diabetes", "hypertension", "hip replacement", "fibrillation"];
    const list = `<list>${items.map((t) => `<item>${t}</item>`).join("")}</list>`;
    const broken = new Set<number>();
    for (let n = 20; n <= 60; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter>${paras}<p>History.</p>${list}<p>After.</p></letter>`);
      const page = (text: string) => p.findIndex((pg) => pg.some((i) => i.text.includes(text)));
      const on = items.map(page);
      expect(on[0], `${n} paragraphs`).toBe(on[1]);
      expect(on[2], `${n} paragraphs`).toBe(on[3]);
      if (on[1] !== on[2]) broken.add(n);
    }
    // The list still breaks between its middle items where the page ends there.
    expect(broken.size).toBeGreaterThan(0);
  });

  // An ayuntamiento's resolution ended page 1 six lines early: its "RESUELVE" and three-line
  // first point went over with the second. An item of three lines or more stands as a paragraph.
  it("lets a page end on a list's first item of three lines or more", () => {
    const long = "the works shall not touch the structure or the front of the building ".repeat(3);
    const items = [long, "hypertension", "hip replacement", long];
    const list = `<list>${items.map((t, k) => `<item>${k}: ${t}</item>`).join("")}</list>`;
    const apart = new Set<string>();
    for (let n = 20; n <= 60; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter>${paras}<p>History.</p>${list}<p>After.</p></letter>`);
      const page = (text: string) => p.findIndex((pg) => pg.some((i) => i.text.includes(text)));
      const on = items.map((_, k) => page(`${k}:`));
      if (on[0] !== on[1]) apart.add("first");
      if (on[2] !== on[3]) apart.add("last");
    }
    expect([...apart].sort()).toEqual(["first", "last"]);
  });

  // letters24: a tenancy notice's page 2 held only its cc list, a Japanese letter's only its
  // enclosure notation; a continuation page carries at least the body's last two lines.
  it("never starts a page with copies, enclosures or a postscript alone", () => {
    const tail = (copies: number) =>
      '<closing>Sincerely,</closing><signatures><signer name="Claire Moreau"/></signatures>' +
      '<enclosures label="Enclosures:"><line>Lease</line><line>Inventory</line></enclosures>' +
      `<cc label="cc:">${Array.from({ length: copies }, (_, i) => `<line>Office ${i + 1}</line>`).join("")}</cc>` +
      "<ps>P.S. The keys are with the caretaker.</ps>";
    const where = (p: ReturnType<typeof pages>, text: string) =>
      p.findIndex((page) => page.some((i) => i.text.startsWith(text)));
    for (let n = 20; n <= 40; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter>${paras}${tail(3)}</letter>`);
      for (const notation of ["Lease", "Office 1", "P.S."]) {
        const at = where(p, notation);
        expect(where(p, "Claire Moreau"), `${n} paragraphs: ${notation}`).toBe(at);
        expect(where(p, "Sincerely"), `${n} paragraphs: ${notation}`).toBe(at);
        const body = p[at]?.filter((i) => i.text.startsWith("Paragraph")) ?? [];
        expect(body.length, `${n} paragraphs: ${notation}`).toBeGreaterThanOrEqual(2);
      }
      // Copies that run to pages of their own let go: the closing still keeps its signature.
      const long = pages(`<letter>${paras}${tail(120)}</letter>`);
      expect(where(long, "Sincerely"), `${n} paragraphs`).toBe(where(long, "Claire Moreau"));
      expect(long.flat().filter((i) => i.text.startsWith("Office"))).toHaveLength(120);
    }
  });

  // letters31: a council's reminder says under its signer "This letter was produced
  // electronically and is valid without a signature"; alone atop a page it speaks of nothing.
  it("keeps the note under the signatures on the signature's page", () => {
    const tail =
      '<closing>Yours sincerely,</closing><signatures><signer name="Revenues Manager"/></signatures>' +
      "<signature-note>This letter was produced electronically and is valid without a signature.</signature-note>";
    const where = (p: ReturnType<typeof pages>, text: string) =>
      p.findIndex((page) => page.some((i) => i.text.startsWith(text)));
    for (let n = 20; n <= 40; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter>${paras}${tail}</letter>`);
      const at = where(p, "This letter");
      expect(at, `${n} paragraphs`).toBeGreaterThanOrEqual(0);
      expect(where(p, "Revenues Manager"), `${n} paragraphs`).toBe(at);
    }
  });

  // letters21: a letter copied to seventy offices stopped with "cc is 875pt tall and cannot
  // fit on any page"; a line group is kept together only where it fits on a page.
  it("breaks a copy list taller than a page between its entries, filling each page", () => {
    const cc = (n: number) =>
      `<cc label="cc:">${Array.from({ length: n }, (_, i) => `<line>Office ${i + 1}</line>`).join("")}</cc>`;
    const paras = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
    const p = pages(`<letter>${paras}${cc(120)}</letter>`);
    const offices = p.map((page) => page.filter((i) => i.text.startsWith("Office")));
    expect(offices.flat()).toHaveLength(120);
    // Each page the list runs on but the last ends within two lines of the foot of the text.
    const bottom = Math.max(...offices.slice(1, -1).flatMap((o) => o.map((i) => i.y)));
    for (const o of offices.slice(0, -1).filter((o) => o.length))
      expect(Math.max(...o.map((i) => i.y))).toBeGreaterThan(bottom - 26);
    // A list that would fit on a page breaks too, as a paragraph does: moved whole, it left
    // the page before half empty (letters28). At least two entries stay on each page.
    const short = pages(`<letter>${paras}${paras}${cc(30)}</letter>`);
    const on = short.map((page) => page.filter((i) => i.text.startsWith("Office")).length);
    const used = on.filter((n) => n > 0);
    expect(used.length).toBe(2);
    expect(Math.min(...used)).toBeGreaterThanOrEqual(2);
    expect(used[0] as number).toBeGreaterThan(2);
    // An address is one thing: one taller than a page is still a mistake, unless it says fit.
    const address = (keep: string) =>
      `<letter><address${keep}>${Array.from({ length: 80 }, (_, i) => `<line>Line ${i}</line>`).join("")}</address></letter>`;
    expect(() => pages(address(""))).toThrow(/address is \d+pt tall and cannot fit on any page/);
    expect(pages(address(' keep="fit"')).length).toBeGreaterThan(1);
  });

  // pages38: an office order's nine copies ended page 1 with seven and left two alone at the
  // head of page 2, with no "Copy to:" above them to say what they were.
  it("starts a page with at least four entries of a copy list it breaks", () => {
    const cc = `<cc label="Copy to:">${Array.from({ length: 9 }, (_, i) => `<line>Office ${i + 1}</line>`).join("")}</cc>`;
    const heads = new Set<number>();
    for (let n = 20; n <= 45; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(
        `<letter>${paras}<signatures><signer name="Sunil Mehta"/></signatures>${cc}</letter>`,
      );
      const on = p.map((page) => page.filter((i) => i.text.startsWith("Office")).length);
      const used = on.filter((k) => k > 0);
      if (used.length < 2) continue;
      expect(used[0], `${n} paragraphs`).toBeGreaterThanOrEqual(2);
      expect(used[1], `${n} paragraphs`).toBeGreaterThanOrEqual(4);
      heads.add(used[1] as number);
    }
    // Some of these letters do break the list.
    expect(heads.size).toBeGreaterThan(0);
  });

  // pages39: the entries a page break carried on stood at the head of page 2 under no label;
  // they now stand under the list's label marked as continued, in the letter's language, once.
  it("heads the entries of a copy list it breaks with its label, continued", () => {
    const cases: [string, string, string][] = [
      ["en", "cc:", "cc (continued):"],
      ["de", "Kopie an:", "Kopie an (Fortsetzung):"],
      ["fr", "Copie à :", "Copie à (suite) :"],
      ["pt-BR", "c/c:", "c/c (continuação):"],
      ["zh", "抄送：", "抄送（续）："],
      ["yo", "cc:", "cc (continued):"],
    ];
    for (const [lang, label, continued] of cases) {
      const cc = `<cc label="${label}">${Array.from({ length: 12 }, (_, i) => `<line>Office ${i + 1}</line>`).join("")}</cc>`;
      let broken = 0;
      for (let n = 14; n <= 50; n += 3) {
        const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
        const p = pages(
          `<letter lang="${lang}">${paras}<signatures><signer name="Sunil Mehta"/></signatures>${cc}</letter>`,
        );
        const where = p.map((page) => page.findIndex((i) => i.text.startsWith("Office")));
        const first = where.findIndex((k) => k >= 0);
        const heads = p.map((page) => page.filter((i) => i.text === continued));
        if (where[first + 1] === undefined || (where[first + 1] as number) < 0) {
          expect(heads.flat(), `${lang}, ${n} paragraphs`).toEqual([]);
          continue;
        }
        broken++;
        // On the page it runs on to, once, right above its first entry there, at its left.
        const page = p[first + 1] ?? [];
        const entry = page[where[first + 1] as number];
        expect(
          heads.map((h) => h.length),
          `${lang}, ${n} paragraphs`,
        ).toEqual(p.map((_, k) => (k === first + 1 ? 1 : 0)));
        expect(page[(where[first + 1] as number) - 1]?.text).toBe(continued);
        expect((heads[first + 1]?.[0]?.y ?? 0) < (entry?.y ?? 0)).toBe(true);
      }
      expect(broken, lang).toBeGreaterThan(0);
    }
  });

  // corpus25: a House letter's two last lines, closing and signatures went to page 2 with its
  // enclosures and twelve copies, which fit there together, leaving page 1 more than half blank.
  // letters28: the copies then moved to page 2 whole and left the foot of page 1 empty; they
  // now fill page 1 under the signatures and run on.
  it("sets the copies under the signatures and runs them on to the next page", () => {
    const letter = (paras: number) =>
      `<letter>${Array.from({ length: paras }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("")}<closing>Sincerely,</closing><signatures columns="2"><signer name="Ann Lee"/><signer name="Bo Chan"/></signatures><enclosures label="Enclosures:"><line>Questions</line></enclosures><cc label="cc:">${Array.from({ length: 30 }, (_, i) => `<line>Office ${i + 1}</line>`).join("")}</cc></letter>`;
    const on = (p: ReturnType<typeof pages>, text: string) =>
      p.findIndex((page) => page.some((i) => i.text === text));
    const short = pages(letter(8));
    expect([on(short, "Ann Lee"), on(short, "Office 2"), on(short, "Office 29")]).toEqual([
      0, 0, 1,
    ]);
    expect(on(short, "Paragraph 8.")).toBe(0);
    // On a page more than half full they still go over together, the line before them along.
    const long = pages(letter(24));
    expect(on(long, "Paragraph 24.")).toBe(1);
    expect(on(long, "Office 30")).toBe(1);
  });

  // letters21: a school letter's reply slip began at the foot of page 1 and ended on page 2.
  it('keeps a <body keep="together"> on one page where it fits, and fills pages where not', () => {
    const slip = (lines: number) =>
      `<body keep="together"><rule/><heading>Reply slip</heading>${Array.from(
        { length: lines },
        (_, i) => `<p>Slip line ${i + 1}.</p>`,
      ).join("")}</body>`;
    let moved = 0;
    for (let n = 15; n <= 30; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter><body>${paras}</body>${slip(6)}</letter>`);
      const at = (text: string) => p.findIndex((page) => page.some((i) => i.text === text));
      const parts = ["Reply slip", ...Array.from({ length: 6 }, (_, i) => `Slip line ${i + 1}.`)];
      expect(new Set(parts.map(at)).size, `${n} paragraphs`).toBe(1);
      if (at("Reply slip") !== at(`Paragraph ${n}.`)) moved++;
    }
    expect(moved).toBeGreaterThan(0);
    // Taller than a page: no error, each page filled in turn.
    const long = pages(`<letter><body><p>Letter.</p></body>${slip(60)}</letter>`);
    expect(long.flat().filter((i) => i.text.startsWith("Slip line"))).toHaveLength(60);
    expect(long[0]?.some((i) => i.text === "Reply slip")).toBe(true);
  });

  // packs37: a council's reply slip stands at the bottom of the letter's last page, to cut off.
  it('sets a <body at="foot"> at the foot of the page it ends on; what follows starts a page', () => {
    const slip = `<body keep="together" at="foot"><rule/><heading>Reply slip</heading>${Array.from(
      { length: 4 },
      (_, i) => `<p>Slip line ${i + 1}.</p>`,
    ).join("")}</body>`;
    const foot = 792 - 72;
    for (const n of [3, 12, 30]) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter><body>${paras}</body>${slip}</letter>`);
      const last = p[p.length - 1] ?? [];
      const y = (text: string) => last.find((i) => i.text === text)?.y ?? Number.NaN;
      // The slip's last line ends within a line of the foot of the last page, all of it there.
      expect(foot - y("Slip line 4."), `${n} paragraphs`).toBeGreaterThan(0);
      expect(foot - y("Slip line 4."), `${n} paragraphs`).toBeLessThan(20);
      expect(y("Slip line 4.") - y("Reply slip")).toBeLessThan(100);
    }
    // Three paragraphs leave most of page 1 empty above the slip.
    const short = pages(`<letter><body><p>Paragraph 1.</p></body>${slip}</letter>`);
    expect(short).toHaveLength(1);
    const ys = (short[0] ?? []).map((i) => i.y);
    expect(Math.min(...ys.slice(1))).toBeGreaterThan(500);
    // A P.S. after it cannot stand under the foot: it starts the next page.
    const after = pages(`<letter><body><p>Paragraph 1.</p></body>${slip}<p>After.</p></letter>`);
    expect(after).toHaveLength(2);
    expect(after[1]?.map((i) => i.text)).toEqual(["After."]);
  });

  // review37: without keep="together", a slip whose first lines fitted under the letter ended
  // page 1 with them and stood its other lines at the foot of page 2, 650pt empty above them.
  it('keeps a <body at="foot"> together unless it says keep="none"', () => {
    const slip = (keep: string) =>
      `<body${keep} at="foot"><rule/><heading>Reply slip</heading>${Array.from(
        { length: 4 },
        (_, i) => `<p>Slip line ${i + 1}.</p>`,
      ).join("")}</body>`;
    const onPages = (keep: string, n: number) => {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter><body>${paras}</body>${slip(keep)}</letter>`);
      const at = (text: string) => p.findIndex((page) => page.some((i) => i.text === text));
      return ["Reply slip", "Slip line 1.", "Slip line 4."].map(at);
    };
    let split = false;
    for (let n = 20; n <= 40; n++) {
      const [heading, first, last] = onPages("", n);
      expect(heading, `${n} paragraphs`).toBe(last);
      expect(first, `${n} paragraphs`).toBe(last);
      const [h, , l] = onPages(' keep="none"', n);
      if (h !== l) split = true;
    }
    // Said so, its lines may part (so the letters above do put a slip across the break).
    expect(split).toBe(true);
  });

  // packs37: an NGO's letterhead ended in <space height="20pt"/> for room under its tagline;
  // the date stood right under the tagline, the space dropped without a word.
  it("counts a <space> at the end of a band as room under it", () => {
    const top = (band: string) =>
      pages(
        `<letter><letterhead><line>Open Fields</line>${band}</letterhead><p>Body.</p></letter>`,
      )[0]?.find((i) => i.text === "Body.")?.y ?? Number.NaN;
    expect(top('<space height="40pt"/>') - top("")).toBeCloseTo(40, 5);
  });

  it("refuses a body at a place that is not flow or foot", async () => {
    const e = await caught(() => model('<letter><body at="bottom"><p>x</p></body></letter>'));
    expect(e.problems[0]?.message).toBe("at must be flow, foot, not bottom");
  });

  it("never ends a page on a line whose word it hyphenated", () => {
    const long =
      "Notwithstanding the aforementioned considerations, the Administration's extraordinarily comprehensive recommendations concerning telecommunications interoperability, infrastructure standardization and internationalization nevertheless necessitate unprecedented intergovernmental coordination. ";
    let hyphenated = 0;
    for (let n = 20; n <= 34; n++) {
      const paras = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
      const p = pages(`<letter>${paras}<p>${long.repeat(4)}</p></letter>`);
      for (const page of p.slice(0, -1)) {
        const last = page.reduce((a, b) => (b.y > a.y ? b : a));
        expect(last.text.endsWith("\u00AD"), `${n} paragraphs`).toBe(false);
      }
      hyphenated += p.flat().filter((i) => i.text.endsWith("\u00AD")).length;
    }
    // The paragraph is hyphenated; its hyphens are only kept off the pages' ends.
    expect(hyphenated).toBeGreaterThan(0);
  });

  it("refuses a page break head that is not none or continuation", async () => {
    const e = await caught(() => model('<letter><page-break head="off"/></letter>'));
    expect(e.problems[0]?.message).toBe("head must be none, continuation, not off");
  });

  it("refuses a page break in a page band", async () => {
    const e = await caught(() => model("<letter><footer><page-break/></footer></letter>"));
    expect(e.problems[0]?.message).toBe("unknown element <page-break> in <footer>");
  });

  it('sets the notes after the body with notes="end"', () => {
    const [page] = pages(
      '<letter notes="end"><p>Text<note>The note.</note></p><p>After.</p></letter>',
    );
    const y = (t: string) => page?.find((i) => i.text.includes(t))?.y ?? 0;
    expect(y("The note.")).toBeGreaterThan(y("After."));
    // Right after the body, not at the foot of the page.
    expect(y("The note.") - y("After.")).toBeLessThan(60);
  });

  it("draws footers for chosen pages: page 1 only, the rest, or all, whatever the page count", () => {
    const footers =
      '<footer on="first"><line>Bank details</line></footer><footer on="rest"><line>Page <page/></line></footer><footer on="all"><line>Every page</line></footer>';
    const paras = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join("");
    const p = pages(`<letter>${footers}${paras}</letter>`);
    expect(p.length).toBeGreaterThan(1);
    const has = (page: number, t: string) => p[page]?.some((i) => i.text === t) ?? false;
    expect([has(0, "Bank details"), has(0, "Page 1"), has(0, "Every page")]).toEqual([
      true,
      false,
      true,
    ]);
    expect([has(1, "Bank details"), has(1, "Page 2"), has(1, "Every page")]).toEqual([
      false,
      true,
      true,
    ]);
    // The body stays above page 1's two footer lines.
    const bank = p[0]?.find((i) => i.text === "Bank details")?.y ?? 0;
    const lowest = Math.max(
      ...(p[0] ?? []).filter((i) => i.text.startsWith("Paragraph")).map((i) => i.y),
    );
    expect(lowest).toBeLessThan(bank - 10);
    // A one-page letter still gets its page-1 footer.
    expect(
      pages(`<letter>${footers}<p>Short.</p></letter>`)[0]?.some((i) => i.text === "Bank details"),
    ).toBe(true);
  });
});
