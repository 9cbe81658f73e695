import { beforeAll, describe, expect, it } from "vitest";
import { type Face, FontBook } from "../../src/layout/font-book.js";
import { width } from "../../src/layout/paragraph-items.js";
import { setParagraph } from "../../src/layout/set-lines.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { BASE_STYLE, type TextStyle } from "../../src/model/style.js";
import { LABEL_TIE, SOFT_TIE, TIE } from "../../src/model/ties.js";
import { typesetText } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

// These tests lay text out directly; a render would load HarfBuzz itself.
beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const book = new FontBook(pack.fonts, pack.fallbackFonts, res.fonts);
const warnings: string[] = [];
/** The text each warning is about, in full (pipeline.ts finds its field by it). */
const abouts: (string | undefined)[] = [];
const ctx = (style: Partial<TextStyle> = {}) => ({
  book,
  style: { ...BASE_STYLE, ...style },
  hyphenate: null,
  fields: { page: 1, pages: 1 },
  warn: (m: string, about?: string) => {
    warnings.push(m);
    abouts.push(about);
  },
});
const text = (lines: ReturnType<typeof setParagraph>) =>
  lines.map((l) => l.segments.map((s) => s.text).join("|"));

/** A label tied to its number: the words either side of a LABEL_TIE. */
const LABELLED = new RegExp(
  `([^\\s${TIE}${LABEL_TIE}]+)${LABEL_TIE}([^\\s${TIE}${LABEL_TIE}]+)`,
  "gu",
);

const PROSE =
  "Unfortunately, China has indicated a willingness to use standards setting bodies in perverse ways to normalize global opinions about Orwellian surveillance technology. By shaping the debate about the legitimate uses of artificial intelligence and facial recognition, China can expand opportunities for countries, particularly those in the developing world, to adopt surveillance technology and undemocratic practices.";

describe("justified lines", () => {
  it("end exactly at the measure, past it only by hanging punctuation", () => {
    const st = { align: "justify" as const, hyphenate: true, expansion: 2, protrusion: true };
    const lines = setParagraph(
      [{ text: PROSE }],
      { ...ctx(st), hyphenate: hyphenatorFor("en-US") },
      300,
    );
    const scales = new Set<number>();
    let hung = 0;
    for (const line of lines.slice(0, -1)) {
      const last = line.segments[line.segments.length - 1];
      const right = Math.max(...line.segments.map((seg) => seg.x + seg.width));
      expect(right - (last?.hang ?? 0)).toBeCloseTo(300, 6);
      for (const seg of line.segments) scales.add(seg.scale);
      if (last?.hang) hung++;
    }
    // The paragraph used both: some lines' glyphs are widened or narrowed, some hang.
    expect([...scales].some((k) => k !== 1)).toBe(true);
    expect([...scales].every((k) => Math.abs(k - 1) <= 0.02 + 1e-9)).toBe(true);
    expect(hung).toBeGreaterThan(0);
  });

  it("keep glyphs and margins as designed when expansion and protrusion are off", () => {
    const st = { align: "justify" as const, hyphenate: true, expansion: 0, protrusion: false };
    const lines = setParagraph(
      [{ text: PROSE }],
      { ...ctx(st), hyphenate: hyphenatorFor("en-US") },
      300,
    );
    for (const line of lines.slice(0, -1)) {
      expect(line.segments.every((seg) => seg.scale === 1 && !seg.hang)).toBe(true);
      expect(Math.max(...line.segments.map((seg) => seg.x + seg.width))).toBeCloseTo(300, 6);
    }
  });
  // A Galician open letter's last list item, one line, ran 6.8pt past the margin: the breaker
  // counted its glyphs' narrowing (font expansion) to make it fit, but the last line was drawn
  // with its spaces shrunk and its glyphs at their own width.
  it("end a last line that had to shrink within the measure, its glyphs narrowed too", () => {
    const item =
      "unha mesa de traballo permanente co sector, que se reúna polo menos catro veces ao ano.";
    const st = { align: "justify" as const, expansion: 2, protrusion: false };
    const [natural] = setParagraph([{ text: item }], ctx(st), 1000);
    const full = natural?.width ?? 0;
    let shrunk = 0;
    for (let w = full - 0.5; w > full - 16; w -= 0.5) {
      const lines = setParagraph([{ text: item }], ctx(st), w);
      const last = lines[lines.length - 1];
      const right = Math.max(...(last?.segments ?? []).map((seg) => seg.x + seg.width));
      expect(right, `at ${w}`).toBeLessThanOrEqual(w + 1e-6);
      if (lines.length === 1 && last?.segments.some((seg) => seg.scale < 1)) shrunk++;
    }
    expect(shrunk).toBeGreaterThan(0);
  });
});

describe("a date's soft tie", () => {
  // The first paragraph of data/agency-warning-2024.yaml, at its measure: kept whole, the dates
  // left the first line with spaces half again their stretch ("…Ohio, from" / "February 5 to").
  const AGENCY =
    "During an inspection of your facility at 2200 Industrial Parkway, Dayton, Ohio, from February 5 to February 16, 2024, our investigators found significant violations of the requirements for pressure cookers sold to consumers. These violations cause the products listed above to present a risk of burns to the people who use them.";
  const set = (text: string, width: number, align: "justify" | "left" = "justify") =>
    setParagraph(
      [{ text: typesetText(text, "en-US", ALL_ON) }],
      { ...ctx({ align, hyphenate: true, size: 11 }), hyphenate: hyphenatorFor("en-US") },
      width,
    );
  /** The most a line's spaces are widened, in points (justified lines but the last). */
  const loosest = (lines: ReturnType<typeof setParagraph>) =>
    Math.max(...lines.slice(0, -1).flatMap((l) => l.segments.map((s) => s.wordSpacing)));

  it("is broken when keeping it would leave a line looser than TeX's tolerance", () => {
    const lines = set(AGENCY, 468);
    expect(text(lines)[0]).toMatch(/ from February$/);
    expect(text(lines)[1]).toMatch(/^5 to February/);
    const hard = setParagraph(
      [{ text: typesetText(AGENCY, "en-US", ALL_ON).replaceAll(SOFT_TIE, TIE) }],
      {
        ...ctx({ align: "justify", hyphenate: true, size: 11 }),
        hyphenate: hyphenatorFor("en-US"),
      },
      468,
    );
    expect(text(hard)[0]).toMatch(/ from$/);
    expect(loosest(hard)).toBeGreaterThan(1.8);
    expect(loosest(lines)).toBeLessThan(0.6);
  });

  it("is kept where the lines can be set within TeX's tolerance, and in ragged text", () => {
    for (const width of [440, 400]) {
      const lines = text(set(AGENCY, width));
      expect(lines.join(" ")).toContain("February 5 to February 16,");
    }
    const ragged = text(set(AGENCY, 468, "left"));
    expect(ragged[0]).toMatch(/ from$/);
    expect(ragged[1]).toMatch(/^February 5 to/);
  });
});

describe("a telephone number", () => {
  const space = (style: Partial<TextStyle>) =>
    width(book.chain(style.font ?? BASE_STYLE.font, false, false)[0] as Face, " ", {
      ...BASE_STYLE,
      ...style,
    });
  /** The widest spaces of a paragraph's justified lines, as a share of their width. */
  const loosest = (lines: ReturnType<typeof setParagraph>, style: Partial<TextStyle>) =>
    1 +
    Math.max(...lines.slice(0, -1).flatMap((l) => l.segments.map((s) => s.wordSpacing))) /
      space(style);

  it("stays on one line, or breaks only after its first group, at every measure", () => {
    const fr = typesetText(
      "M. Lefèvre se tient à votre disposition au 04 72 61 60 60, du lundi au vendredi.",
      "fr",
      ALL_ON,
    );
    let whole = 0;
    for (let width = 160; width <= 320; width += 4) {
      const lines = text(setParagraph([{ text: fr }], ctx({ align: "justify" }), width));
      const flat = lines.join("\n").replaceAll("|", "").replaceAll("\u00a0", " ");
      if (flat.includes("04 72 61 60 60")) whole++;
      else expect(flat, `${width} pt`).toContain("04\n72 61 60 60");
    }
    expect(whole).toBeGreaterThan(30);
  });

  // pages38: a Brazilian ofício's "(19) 2116-0555", tied whole, ended no line, and the line
  // before it was set with spaces three and a half times their width. A tie may break at the
  // first space of its run, at a cost, rather than set a line of spaces much more than twice their width.
  it("breaks after its area code rather than leave a line of gaping spaces", () => {
    const pt = typesetText(
      "Colocamo-nos à disposição para quaisquer esclarecimentos pelo telefone (19) 2116-0555 ou pelo e-mail seinfra.gabinete@campinas.sp.gov.br.",
      "pt-BR",
      ALL_ON,
    );
    const style = { ...pack.styles.body, align: "justify" as const };
    let broken = 0;
    for (let width = 421; width <= 441; width += 2) {
      const lines = setParagraph(
        [{ text: pt }],
        { ...ctx(style), hyphenate: hyphenatorFor("pt-BR") },
        width,
      );
      expect(loosest(lines, style), `${width} pt`).toBeLessThan(2.4);
      const flat = text(lines).join("\n").replaceAll("|", "").replaceAll("\u00a0", " ");
      if (!flat.includes("(19) 2116-0555")) {
        broken++;
        expect(flat, `${width} pt`).toContain("(19)\n2116-0555 ou");
      }
    }
    expect(broken).toBeGreaterThan(0);
  });

  // pages39: a label before its number ("No" / "5", "Seite" / "3", "p." / "12") broke at the
  // area code's cost in the loose passes; it reads as one word, so it parts only in the last
  // pass, where nothing else sets the paragraph (model/ties.ts LABEL_TIE).
  it("keeps a label with its number wherever a looser line can be set", () => {
    const texts: [string, string][] = [
      [
        "Thank you for your letter about invoice No. 5 and the form. Please quote claim No. 17 and claim No. 23 when you call us about it.",
        "en-US",
      ],
      [
        "Die Klausel steht auf Seite 3 des Vertrags, der Nachtrag auf Seite 14 ersetzt sie, und Anlage 2 steht auf Seite 21 des Ordners.",
        "de-DE",
      ],
      [
        "The clause you cite is on p. 12 of the agreement, and the amendment on p. 14 replaces it, as p. 31 of the schedule says.",
        "en-US",
      ],
    ];
    const style = { ...pack.styles.body, align: "justify" as const };
    let [kept, emergency] = [0, 0];
    for (const [words, lang] of texts) {
      const typed = typesetText(words, lang, ALL_ON);
      // Each label and its number, as a line broken between them would show them.
      const parted = [...typed.matchAll(LABELLED)].map((m) => `${m[1]}\n${m[2]}`);
      expect(parted.length, words).toBeGreaterThanOrEqual(3);
      for (let width = 110; width <= 240; width += 2) {
        const set = (t: string) =>
          setParagraph([{ text: t }], { ...ctx(style), hyphenate: hyphenatorFor(lang) }, width);
        const flat = text(set(typed))
          .map((l) => l.replaceAll("|", "").trim())
          .join("\n");
        if (!parted.some((p) => flat.includes(p))) {
          kept++;
          continue;
        }
        // Only where, its labels tied for good, no pass justifies it (a warning, and lines
        // set first-fit, past the measure where a tied run is longer than the rest of it).
        const before = warnings.length;
        set(typed.replaceAll(LABEL_TIE, TIE));
        expect(warnings.length, `${lang} at ${width} pt: ${flat}`).toBe(before + 1);
        emergency++;
      }
    }
    expect(kept).toBeGreaterThan(3 * emergency);
  });

  // pages38: the tie a loose line may break is one between two words; a tie before a mark, a
  // dash or a sign, after an opening one, or between a number's thousands never breaks.
  it("never breaks a tie before a mark or a dash, nor a number's thousands", () => {
    const words = "Cette avenue mène au quai";
    const tied = [
      `${words} d’Orsay${TIE}: fermée`,
      `${words} d’Orsay${TIE}— fermée`,
      `${words} ${"\u00ab"}${TIE}Orsay${TIE}${"\u00bb"} fermée`,
      `${words} pour 186${TIE}400${TIE}euros versés`,
    ];
    for (const t of tied)
      for (let width = 120; width <= 200; width += 2) {
        const lines = text(setParagraph([{ text: t }], ctx({ align: "justify" }), width));
        const starts = lines.slice(1).map((l) => l.replaceAll("|", "").trimStart());
        expect(
          starts.filter((l) => /^[:—»]|^400/.test(l)),
          `${t} at ${width} pt`,
        ).toEqual([]);
      }
  });
});

// letters22: of two spaces in a row ("Moncton NB  E1C 4X5", as Canada Post asks, kept as two
// no-break spaces) only the last was drawn, though the line was measured with both.
describe("spaces in a row", () => {
  it("are each drawn, and the segment is as wide as the line was measured", () => {
    for (const align of ["left", "justify"] as const) {
      const [one] = setParagraph([{ text: `Moncton NB${TIE}E1C 4X5` }], ctx({ align }), 300);
      const [two] = setParagraph([{ text: `Moncton NB${TIE}${TIE}E1C 4X5` }], ctx({ align }), 300);
      expect(two?.segments.map((s) => s.text)).toEqual(["Moncton NB  E1C 4X5"]);
      const seg = two?.segments[0];
      expect((seg?.x ?? 0) + (seg?.width ?? 0)).toBeCloseTo(two?.width ?? 0, 3);
      expect((two?.width ?? 0) - (one?.width ?? 0)).toBeGreaterThan(2);
    }
  });
});

describe("a paragraph with a long web address", () => {
  // From a French prefecture's letter, at the measure of the personal pack on A4.
  const FR =
    "Vous pouvez déposer les pièces manquantes sur le site de l’Administration numérique pour les étrangers en France (https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/espace-personnel/mon-compte) ou les adresser par courrier, en rappelant la référence ci-dessus.";

  it("breaks it before a dot where that keeps the lines around it from gaping", () => {
    const lines = setParagraph(
      [{ text: FR }],
      { ...ctx({ align: "justify", hyphenate: true, size: 11.5 }), hyphenate: hyphenatorFor("fr") },
      437,
    );
    const texts = text(lines);
    expect(texts.some((t) => t.startsWith(".interieur"))).toBe(true);
    // Breaking only at its hyphens and slashes, the first line's spaces grew by 2.7 pt.
    const widest = Math.max(
      ...lines.slice(0, -1).flatMap((l) => l.segments.map((s) => s.wordSpacing)),
    );
    expect(widest).toBeLessThan(1.2);
  });
});

// corpus25: a web address broken after "www" set ".valuationtribunal.gov.uk" at the next
// line's start as measured inside the word, kerned against the "w" it no longer follows: drawn
// wider than that, it ran into the space after it ("gov.uk— if").
describe("the rest of a word broken without a hyphen", () => {
  it("is measured as drawn, alone, at the start of its line", () => {
    const href = "http://www.valuationtribunal.gov.uk";
    const lines = setParagraph(
      [
        { text: "You can also appeal to the Valuation Tribunal for England, see " },
        { text: "www.valuationtribunal.gov.uk", href },
        { text: ` ${"if we do not reply within two months or you disagree. ".repeat(3)}` },
      ],
      ctx({ align: "left" }),
      400,
    );
    const segs = lines.flatMap((l) => l.segments).filter((s) => s.look.href === href);
    expect(segs.map((s) => s.text)).toEqual(["www", ".valuationtribunal.gov.uk"]);
    for (const s of segs) expect(s.width).toBeCloseTo(width(s.look.face, s.text, s.look), 3);
  });
});

describe("setParagraph", () => {
  it("breaks a word wider than the line instead of overflowing", () => {
    const lines = setParagraph([{ text: `see ${"x".repeat(120)} here` }], ctx(), 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(200.001);
    expect(text(lines).join("").replace(/[| ]/g, "")).toBe(`see${"x".repeat(120)}here`);
    const at = warnings.indexOf(`"${"x".repeat(39)}…" is wider than the line and was broken`);
    expect(at).toBeGreaterThanOrEqual(0);
    // In full, up to where the line ran out, so the field it came from can be found.
    expect(abouts[at]).toMatch(/^x{40,}$/);
  });

  // A first line's indent (firstLineIndent) narrows the first line only: a word that fits a
  // whole line was cut, and said to be wider than the line, wherever it stood ("see xx…x_" on
  // the first line, the rest of the address on the second).
  it("cuts only the first word to the room a first line's indent leaves", () => {
    const word = `${"x".repeat(30)}_${"x".repeat(29)}`;
    const wide = setParagraph([{ text: word }], ctx(), 1000)[0]?.width ?? 0;
    const measure = wide + 10;
    warnings.length = 0;
    const later = setParagraph([{ text: `see ${word}` }], { ...ctx(), indent: 60 }, measure);
    expect(text(later)).toEqual(["see", word]);
    expect(warnings).toEqual([]);
    // The first word itself is cut to fit after the indent, as before.
    const first = setParagraph([{ text: word }], { ...ctx(), indent: 60 }, measure);
    expect(first.length).toBe(2);
    for (const l of first) expect(l.width).toBeLessThanOrEqual(measure + 0.001);
    expect(first[0]?.segments[0]?.x).toBe(60);
  });

  // review32: the last resort's first fit kept ragged text's limit of two hyphens in a row, so
  // the third line ended short ("bilities") and was stretched across the measure, a line more.
  it("may end three lines in a row inside a word where no pass could justify the paragraph", () => {
    warnings.length = 0;
    const words =
      "Telecommunication internationalisation responsibilities notwithstanding counterrevolutionaries incomprehensibilities uncharacteristically disproportionately an telecommunications";
    const style = {
      ...ctx({ align: "justify", hyphenate: true }),
      hyphenate: hyphenatorFor("en-US"),
    };
    const lines = text(setParagraph([{ text: words }], style, 120));
    expect(warnings).toHaveLength(1);
    expect(lines.filter((l) => l.endsWith("\u00ad")).length).toBeGreaterThanOrEqual(3);
    expect(lines).not.toContain("bilities");
    expect(lines).toHaveLength(10);
  });

  it("quotes a paragraph it cannot justify as it reads, hyphenated words whole", () => {
    warnings.length = 0;
    abouts.length = 0;
    const words = "Telecommunication internationalisation responsibilities notwithstanding";
    const style = ctx({ align: "justify", hyphenate: true });
    setParagraph([{ text: words }], { ...style, hyphenate: hyphenatorFor("en-US") }, 120);
    // Before, its boxes were joined with spaces: "Telecom mu ni ca tion in…".
    expect(warnings).toEqual([
      `the paragraph "${words.slice(0, 39)}…" cannot be justified evenly at this width; some lines are loose`,
    ]);
    expect(abouts).toEqual([words]);
  });

  // Each piece fits the line, but nothing may break between them: before, the line ran past
  // the margin (off the page) with no warning.
  it.each([
    [
      "a web address whose slash touches a digit",
      [{ text: `at ${"7".repeat(30)}/${"d".repeat(30)} now` }],
      "7".repeat(30),
    ],
    [
      "a word in two runs",
      [{ text: `at ${"x".repeat(30)}`, bold: true }, { text: `${"y".repeat(30)} now` }],
      "x".repeat(30),
    ],
    [
      "words joined by no-break spaces",
      [{ text: `at ${Array(12).fill("tie").join("\u00a0")} now` }],
      "tie tie tie tie tie tie tie tie tie tie tie tie",
    ],
  ])("breaks %s that together is wider than the line", (_, runs, start) => {
    warnings.length = 0;
    const all = runs.map((r) => r.text).join("");
    for (const align of ["left", "justify"] as const) {
      const lines = setParagraph(runs, ctx({ align }), 200);
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(200.001);
      const drawn = text(lines)
        .join(" ")
        .replace(/[|\u00a0]/g, " ");
      expect(drawn.replace(/ +/g, "")).toBe(all.replace(/[ \u00a0]/g, ""));
    }
    expect(warnings[0]).toMatch(/ is wider than the line and was broken$/);
    expect(warnings[0]?.replace(/\u00a0/g, " ")).toContain(start.slice(0, 30));
  });

  // Before, an e-mail address or a web address was cut wherever the line ended:
  // "sachbearbeitung.buergeramt@st" / "adtverwaltung…".
  // Before, a senate letter's "…/2025/rail-safety-hearing-" ended a line: the address's own
  // hyphen or one added to break it? Now the hyphen starts the next line.
  it("breaks a web address before a hyphen it has, never after", () => {
    const url = "https://www.example.gov/records/2025/rail-safety-hearing-exhibits";
    for (const w of [150, 190, 230, 270]) {
      const lines = text(setParagraph([{ text: `See ${url} today.` }], ctx(), w));
      for (const l of lines.slice(0, -1)) expect(l, `${w}`).not.toMatch(/-\|?$/);
      expect(lines.join("").replaceAll("|", "")).toContain(url);
    }
  });

  it("cuts an address wider than the line after its punctuation, where there is some", () => {
    warnings.length = 0;
    const mail = "sachbearbeitung.buergeramt@stadtverwaltung.grossbottwar.example.de";
    const lines = text(setParagraph([{ text: mail }], ctx(), 160)).map((l) =>
      l.replaceAll("|", ""),
    );
    expect(lines.join("")).toBe(mail);
    // At its punctuation: after an @ or a dot where the address is cut, or before a dot,
    // where an address may break (as before a hyphen).
    lines.slice(0, -1).forEach((l, i) => {
      expect(`${l}|${lines[i + 1]}`).toMatch(/[.@]\||\|\./);
    });
    expect(lines.length).toBeLessThanOrEqual(4);
    // Without punctuation, where the line ends.
    const run = "x".repeat(60);
    expect(
      text(setParagraph([{ text: run }], ctx(), 160))
        .join("")
        .replaceAll("|", ""),
    ).toBe(run);
  });

  it("justifies every line but the last to the full width", () => {
    const words =
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
    const lines = setParagraph([{ text: words }], ctx({ align: "justify" }), 150);
    for (const l of lines.slice(0, -1)) {
      const last = l.segments[l.segments.length - 1];
      expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(150, 3);
    }
  });

  it("uses a soft hyphen as a break point and ends the line with it (the PDF draws a hyphen)", () => {
    // Text follows, so the word's tail is not alone on the last line (firstFit keeps it whole then).
    const lines = setParagraph([{ text: "aaaa bbbb cccc\u00ADdddd eeee ffff gggg" }], ctx(), 90);
    expect(text(lines).some((t) => t.endsWith("cccc\u00AD"))).toBe(true);
  });

  it("gives an empty line to text with nothing printable", () => {
    expect(setParagraph([{ text: "\u00AD" }], ctx(), 100)).toEqual([
      { segments: [], width: 0, ink: { above: 0, below: 0 } },
    ]);
  });

  it("draws characters the main font lacks with the fallback font", () => {
    const lines = setParagraph([{ text: "Ω ≠ ∞ ⌘" }], ctx(), 300);
    const fonts = new Set(
      lines.flatMap((l) => l.segments.map((s) => s.look.face.font.postscriptName)),
    );
    expect(fonts.has("DejaVuSerif")).toBe(true);
  });

  it("draws a combining mark the main font lacks together with its base", () => {
    // Source Serif 4 lacks U+0311 (inverted breve) and U+0330 (tilde below); Noto Serif, the
    // packs' first fallback, has both, and places them on their base only when both are
    // shaped in it.
    const lines = setParagraph([{ text: "aq\u0311x \u03b1\u0330\u0301 e\u0301" }], ctx(), 300);
    const runs = lines
      .flatMap((l) => l.segments)
      .map((s) => [s.text, s.look.face.font.postscriptName]);
    expect(runs).toEqual([
      ["a", "SourceSerif4-Regular"],
      ["q\u0311", "NotoSerif-Regular"],
      ["x", "SourceSerif4-Regular"],
      ["\u03b1\u0330\u0301", "NotoSerif-Regular"],
      ["e\u0301", "SourceSerif4-Regular"],
    ]);
    // The mark sits on its base: no advance of its own. The q, a Latin letter, is drawn at
    // Source Serif's x-height (font-book.ts), the α at the text's size.
    const breve = lines[0]?.segments[1];
    const face = breve?.look.face;
    const q = (face?.font.layout("q").advanceWidth ?? 0) / (face?.font.unitsPerEm ?? 1);
    expect(face?.scale).toBeCloseTo(492 / 536, 3);
    expect(breve?.width).toBeCloseTo(q * BASE_STYLE.size * (face?.scale ?? 0), 2);
    expect(lines[0]?.segments[3]?.look.face.scale).toBeUndefined();
  });

  it("keeps an invisible character with its neighbour's face, which need not have it", () => {
    // Source Serif 4 has neither the variation selectors nor the joiner; no fallback font here.
    const alone = new FontBook(pack.fonts, [], res.fonts);
    const lines = setParagraph(
      [{ text: "Trade\u2122\ufe0f and A\ufe00 and a\u200db" }],
      {
        ...ctx(),
        book: alone,
      },
      300,
    );
    const segments = lines.flatMap((l) => l.segments);
    expect(new Set(segments.map((s) => s.look.face.font.postscriptName))).toEqual(
      new Set(["SourceSerif4-Regular"]),
    );
    expect(segments.map((s) => s.text).join(" ")).toContain("Trade\u2122\ufe0f");
  });

  it("still refuses a Hangul filler no font has: it is drawn, not invisible", async () => {
    const e = await caught(() => setParagraph([{ text: "Name\u3164Here" }], ctx(), 300));
    expect(e.problems[0]?.message).toBe('no font can draw the character U+3164 "\u3164"');
  });

  it("refuses a character no font can draw, naming it and the fonts tried", async () => {
    const e = await caught(() => setParagraph([{ text: "東" }], ctx(), 300));
    expect(e.problems[0]).toEqual({
      message: 'no font can draw the character U+6771 "東"',
      hints: [
        "fonts tried: SourceSerif4-Regular, NotoSerif-Regular, DejaVuSerif, DejaVuSans",
        "add a font that covers it to the pack's fallbackFonts or to a fontChains entry for its script, or remove the character",
        "Chinese fonts: npm install @expo-google-fonts/noto-serif-sc (or -tc, -jp) in your project, then name its .ttf as pkg:<package>/<file> in a pack's fonts and fallbackFonts (docs/templates.md)",
      ],
      about: "東",
    });
  });

  // audit29: a pack's font without a PostScript name was listed as nothing ("fonts tried: , ").
  it("names a font without a PostScript name by its file", async () => {
    const nameless = (face: Face): Face => ({
      ...face,
      font: Object.create(face.font, { postscriptName: { value: null } }),
    });
    const base = ctx();
    const chain = base.book.chain.bind(base.book);
    const book = Object.assign(Object.create(base.book), {
      chain: (...args: Parameters<FontBook["chain"]>) => chain(...args).map(nameless),
    });
    const e = await caught(() => setParagraph([{ text: "東" }], { ...base, book }, 300));
    expect(e.problems[0]?.hints?.[0]).toBe(
      "fonts tried: SourceSerif4_400Regular.ttf, NotoSerif_400Regular.ttf, DejaVuSerif.ttf, DejaVuSans.ttf",
    );
  });

  // letters24: an Amharic letter stopped with the fonts tried and no package to install.
  it("names a font package for Thai, Ethiopic, Sinhala, Tibetan and Odia letters too", async () => {
    for (const [text, pkg] of [
      ["สวัสดี", "Thai fonts: npm install @expo-google-fonts/noto-sans-thai"],
      ["ሰላም", "Ethiopic fonts: npm install @expo-google-fonts/noto-sans-ethiopic"],
      // scripts36: Sinhala, Tibetan and the other scripts of the corpus stopped without one.
      ["ශ්‍රී", "Sinhala fonts: npm install @expo-google-fonts/noto-sans-sinhala"],
      ["བོད", "Tibetan fonts: npm install @expo-google-fonts/noto-serif-tibetan"],
      ["ଓଡ଼ିଆ", "Odia fonts: npm install @expo-google-fonts/noto-sans-oriya"],
    ]) {
      const e = await caught(() => setParagraph([{ text: text as string }], ctx(), 300));
      expect(e.problems[0]?.hints?.[2], text).toMatch(new RegExp(`^${pkg} in your project`));
    }
  });
});

// letters24: a senate-style letterhead line in Hindi, letter-spaced as its Latin one is, was
// drawn with gaps in its headline ("से वा भ व न"); Arabic's joins would break alike.
describe("letter-spacing", () => {
  const packBook = (name: string) => {
    const p = loadPack(findPack(`./data/templates/${name}`, { cwd: ROOT }), ROOT, res);
    return new FontBook(p.fonts, p.fallbackFonts, res.fonts, p.fontChains);
  };
  const trackings = (book: FontBook, line: string, font = "serif") =>
    setParagraph([{ text: line }], { ...ctx({ tracking: 1.2, font }), book }, 500).flatMap((l) =>
      l.segments.map((s) => s.look.tracking),
    );

  it("spaces Latin letters, but not a run of a script whose letters join or hang together", () => {
    const hindi = packBook("senate-devanagari");
    expect(new Set(trackings(hindi, "WASHINGTON, DC 20510"))).toEqual(new Set([1.2]));
    expect(new Set(trackings(hindi, "सेवा भवन, आर. के. पुरम, नई दिल्ली – 110066"))).toEqual(
      new Set([0]),
    );
    const arabic = packBook("personal-arabic");
    expect(new Set(trackings(arabic, "الرياض – 12345", "naskh"))).toEqual(new Set([0]));
    expect(new Set(trackings(arabic, "RIYADH 12345", "naskh"))).toEqual(new Set([1.2]));
  });
});

// wrap29: a letterhead line wrapped as "Tel. 030 1234 · Fax 030 5678 ·" / "info@x.de", or with
// the "·" starting the next line; the text output already dropped it there (display-width.ts).
describe("a field separator where the line breaks", () => {
  const LINE = "Tel. 030 1234 · Fax 030 5678 · info@x.de";
  const w = (s: string) => width(book.chain("serif", false, false)[0] as never, s, BASE_STYLE);

  for (const align of ["left", "justify"] as const)
    it(`is dropped, at the end of one line or the start of the next (${align})`, () => {
      for (const upTo of ["Tel. 030 1234 · Fax 030 5678 ·", "Tel. 030 1234 · Fax 030 5678"]) {
        const lines = text(setParagraph([{ text: LINE }], ctx({ align }), w(upTo) + 1));
        expect(lines, upTo).toEqual(["Tel. 030 1234 · Fax 030 5678", "info@x.de"]);
      }
    });

  it("never ends or starts a line, at any measure", () => {
    for (const align of ["left", "justify", "center", "right"] as const)
      for (let measure = 60; measure <= 260; measure += 5) {
        const lines = text(setParagraph([{ text: LINE }], ctx({ align }), measure));
        for (const l of lines) expect(l, `${align} ${measure}`).not.toMatch(/^·|·$/);
        expect(lines.join(" ").replace(/ · /g, " "), `${align} ${measure}`).toBe(
          LINE.replace(/ · /g, " "),
        );
      }
  });

  it("breaks a ragged line before a field that fits on the next line whole, not inside it", () => {
    const OFFICE = "Sacramento, CA 95814 · (916) 651-4012 · FAX (916) 323-5341";
    // Room for "FAX" after the second separator, not for the whole field.
    const measure = w("Sacramento, CA 95814 · (916) 651-4012 · FAX") + 2;
    for (const align of ["left", "right"] as const)
      expect(text(setParagraph([{ text: OFFICE }], ctx({ align }), measure)), align).toEqual([
        "Sacramento, CA 95814 · (916) 651-4012",
        "FAX (916) 323-5341",
      ]);
    // Centred lines are balanced (balanced-lines.ts), at a separator too.
    const centred = text(setParagraph([{ text: OFFICE }], ctx({ align: "center" }), measure));
    expect(centred.join(" · ")).toBe(OFFICE);
    // A field longer than a line flows on from where it is: it would break anyway.
    const long = "Tel. 030 1234 · Office hours Monday to Friday from nine to five";
    const lines = text(
      setParagraph([{ text: long }], ctx(), w("Tel. 030 1234 · Office hours") + 2),
    );
    expect(lines[0]).toBe("Tel. 030 1234 · Office hours");
  });

  // text31: short fields each started a line, 4 lines where filling makes 3.
  it("breaks a ragged line at a separator only where that costs no line", () => {
    const fields = "Amt · Straße 1 · 12345 Berlin · Tel. 030 123 · Fax 030 124";
    const lines = text(setParagraph([{ text: fields }], ctx(), w("Amt · Straße 1 · 12345") + 2));
    expect(lines, lines.join(" / ")).toHaveLength(3);
    // At any measure, no more lines than filling the same words makes.
    for (let measure = 40; measure <= 300; measure += 4) {
      const set = (t: string) => text(setParagraph([{ text: t }], ctx(), measure)).length;
      expect(set(fields), `${measure}`).toBeLessThanOrEqual(set(fields.replaceAll("·", "x")));
    }
  });

  it("is drawn within a line, and kept where it is not alone between two words", () => {
    expect(text(setParagraph([{ text: LINE }], ctx(), 500))).toEqual([LINE]);
    const tied = `Fax 030 5678${TIE}· info@x.de`;
    const lines = text(setParagraph([{ text: tied }], ctx(), w("Fax 030 5678 ·") + 1));
    expect(lines).toEqual(["Fax 030 5678 ·", "info@x.de"]);
  });
});

// letters33: German nouns were never hyphenated (a capital kept a word whole), so a justified
// German line of long compounds could only stretch.
describe("capitalised words", () => {
  const GERMAN =
    "Die Gebäudeversicherung verlangt für die Heizungsmodernisierung eine Bestätigung der Bauaufsichtsbehörde und eine Wirtschaftlichkeitsberechnung des Energieberaters, bevor die Förderungszusage der Landesbank erteilt wird.";
  const broken = (lang: string, align: "justify" | "left") =>
    text(
      setParagraph(
        [{ text: GERMAN }],
        { ...ctx({ align, hyphenate: true, expansion: 2 }), lang, hyphenate: hyphenatorFor(lang) },
        170,
      ),
    )
      .slice(0, -1)
      .map((l) => l.split(" ").at(-1) ?? "")
      // An added hyphen is drawn, and copied as a soft hyphen.
      .filter((w) => w.endsWith("\u00AD"));
  it("hyphenates German nouns in justified text, not names elsewhere nor ragged text", () => {
    expect(broken("de-DE", "justify").some((w) => /^\p{Lu}/u.test(w))).toBe(true);
    expect(broken("en-US", "justify").filter((w) => /^\p{Lu}/u.test(w))).toEqual([]);
    expect(broken("de-DE", "left").filter((w) => /^\p{Lu}/u.test(w))).toEqual([]);
  });
});
