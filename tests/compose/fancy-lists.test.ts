import { describe, expect, it } from "vitest";
import { datesAsLines, fancyLists } from "../../src/compose/fancy-lists.js";
import { markdownToMarkup } from "../../src/compose/markdown.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// Before, every one of these ran into the paragraph above as text: CommonMark numbers only
// with `1.` and `1)`.
describe("lists numbered with letters and roman numerals", () => {
  it("take the numbering of their first item, nested as written", () => {
    expect(md("We found:\n(a) the batch records;\n(b) the cleaning logs.")).toBe(
      '<p>We found:</p><list ordered="true" numbering="(a)"><item>the batch records;</item><item>the cleaning logs.</item></list>',
    );
    expect(md("a. sign\nb. return:\n   i. one copy\n   ii. another\nc. keep")).toBe(
      '<list ordered="true" numbering="a."><item>sign</item><item>return:<list ordered="true" numbering="i."><item>one copy</item><item>another</item></list></item><item>keep</item></list>',
    );
    expect(md("A.  What you did\nB.  What you will do")).toContain('numbering="A."');
    expect(md("(1) one\n(2) two")).toContain('numbering="(1)"');
    expect(md("IV) four\nV) five")).toContain('numbering="I)" start="4"');
  });

  it("start where their first item does, after an empty line", () => {
    expect(md("Intro.\n\n(viii) eight\n(ix) nine")).toBe(
      '<p>Intro.</p><list ordered="true" numbering="(i)" start="8"><item>eight</item><item>nine</item></list>',
    );
    expect(md("(c) third")).toBe(
      '<list ordered="true" numbering="(a)" start="3"><item>third</item></list>',
    );
  });

  it("read `i.` after `h.` as the ninth letter", () => {
    expect(md("g. seven\nh. eight\ni. nine\nj. ten")).toBe(
      '<list ordered="true" numbering="a." start="7"><item>seven</item><item>eight</item><item>nine</item><item>ten</item></list>',
    );
  });

  // A hard-wrapped line that starts with a reference is not the next item.
  it("leave a marker that neither follows the one before nor starts a block as text", () => {
    expect(md("(a) as paragraph\n(c) of section 4 says;\n(b) more.")).toBe(
      '<list ordered="true" numbering="(a)"><item>as paragraph\n(c) of section 4 says;</item><item>more.</item></list>',
    );
    expect(md("See clause\n(c) of the act.")).toBe("<p>See clause\n(c) of the act.</p>");
    expect(md("He said (a) is fine.")).toBe("<p>He said (a) is fine.</p>");
  });

  // From the review: each of these changed what the letter says ("(a) of the Act" printed as
  // "(b) of the Regulations"; "(a) pay rent" as item (2) of the tenant's list). Since
  // corpus25 the tenant's list is nested under the item that introduces it, numbered as written.
  it("keep a wrapped reference as text, and an item of another numbering as written", () => {
    expect(md("set out in section 12\n(a) of the Act, and to subsection\n(1) of the Rules.")).toBe(
      "<p>set out in section 12\n(a) of the Act, and to subsection\n(1) of the Rules.</p>",
    );
    expect(
      md(
        "(1) The tenant shall:\n(a) pay rent;\n(b) keep it clean.\n(2) The landlord shall repair.",
      ),
    ).toBe(
      '<list ordered="true" numbering="(1)"><item>The tenant shall:<list ordered="true" numbering="(a)"><item>pay rent;</item><item>keep it clean.</item></list></item><item>The landlord shall repair.</item></list>',
    );
    // Not after an item that does not introduce them: text, as before.
    expect(md("(1) The tenant pays.\n(a) rent;\n(2) The landlord repairs.")).toBe(
      '<list ordered="true" numbering="(1)"><item>The tenant pays.\n(a) rent;</item><item>The landlord repairs.</item></list>',
    );
  });

  // corpus25: a solicitor's letter's "(b) … including:⏎⏎(i) the report …⏎⏎(ii) …⏎⏎(c) remedy",
  // written flush, printed (i) and (ii) as plain paragraphs and began a new list at (c).
  it("nest a run of another numbering under the item that introduces it, written flush", () => {
    const letter =
      "(a) maintain the fleet;\n\n(b) provide the reports, including:\n\n(i) the report for December; and\n\n(ii) the report for January;\n\n(c) remedy the breaches.";
    expect(md(letter)).toBe(
      '<list ordered="true" numbering="(a)" loose="true"><item>maintain the fleet;</item><item>provide the reports, including:<list ordered="true" numbering="(i)" loose="true"><item>the report for December; and</item><item>the report for January;</item></list></item><item>remedy the breaches.</item></list>',
    );
    // Three levels, as a contract numbers them: (a), then (i), then (A).
    expect(md("(a) one:\n(i) two:\n(A) three\n(B) four\n(ii) five\n(b) six")).toBe(
      '<list ordered="true" numbering="(a)"><item>one:<list ordered="true" numbering="(i)"><item>two:<list ordered="true" numbering="(A)"><item>three</item><item>four</item></list></item><item>five</item></list></item><item>six</item></list>',
    );
  });

  // A point skipped ("(a)", "(c)") or a line after the list that starts with "(c)" printed as
  // the next in turn ("(b)", "(d)"): a letter that says "see (c) above" must print "(c)".
  it("print every marker as written, where counting on would print another", () => {
    expect(md("(a) rent;\n\n(c) deposit;\n\n(d) keys.")).toBe(
      '<list ordered="true" numbering="(a)" loose="true"><item>rent;</item><item value="3">deposit;</item><item>keys.</item></list>',
    );
    expect(md("(a) rent.\n\n(c) 2024 Acme Corp.")).toContain(
      '<item value="3">2024 Acme Corp.</item>',
    );
    expect(md("(a) the reports:\n\n(i) one\n\n(iii) three\n\n(b) rent")).toBe(
      '<list ordered="true" numbering="(a)" loose="true"><item>the reports:<list ordered="true" numbering="(i)" loose="true"><item>one</item><item value="3">three</item></list></item><item>rent</item></list>',
    );
  });

  // clauses27: in a list with no empty lines between its items, a marker past the next one
  // ran into the item above ("1.2 …⏎1.10 …", "(a) …⏎(c) …"). It is an item, printed as
  // typed, unless its line reads as a wrapped line of the sentence above.
  it("read a marker past the next one as an item unless it continues the sentence above", () => {
    expect(md("1.1 One.\n1.2 Two.\n1.10 Ten.")).toBe(
      '<list ordered="true" numbering="1.1"><item>One.</item><item>Two.</item><item value="10">Ten.</item></list>',
    );
    expect(md("(a) Rent;\n(c) deposit;\n(d) keys.")).toBe(
      '<list ordered="true" numbering="(a)"><item>Rent;</item><item value="3">deposit;</item><item>keys.</item></list>',
    );
    expect(md("(a) rent\n(c) Deposit")).toContain('<item value="3">Deposit</item>');
    expect(md("(a) the reports:\n(i) one;\n(iii) three;\n(b) rent")).toContain(
      '<list ordered="true" numbering="(i)"><item>one;</item><item value="3">three;</item></list>',
    );
    // A line above that goes on (it ends in no . ; : ! ? ,) and one in small letters below it,
    // or a line above ending in a noun that names a numbered part: a wrapped line, text.
    expect(md("(a) the rent;\n(b) the reports as set out in\n(d) of the Act;\n(c) keys.")).toBe(
      '<list ordered="true" numbering="(a)"><item>the rent;</item><item>the reports as set out in\n(d) of the Act;</item><item>keys.</item></list>',
    );
    expect(md("(a) one\n(c) three")).toBe(
      '<list ordered="true" numbering="(a)"><item>one\n(c) three</item></list>',
    );
    expect(md("1.1 Rent.\n1.2 As set out in clause\n1.10 Schedule 2 applies.")).toBe(
      '<list ordered="true" numbering="1.1"><item>Rent.</item><item>As set out in clause\n1.10 Schedule 2 applies.</item></list>',
    );
    // Nor is a marker that may count from one the ninth letter after (a).
    expect(md("We found:\n(a) Rent.\n(i) Deposit.")).toContain("<item>Rent.\n(i) Deposit.</item>");
    // Nor one when the next marker line below is the one next in turn: "(c) 5 days." was an
    // item and "(b) Express." ran into it.
    expect(md("(a) Delivery within\n(c) 5 days.\n(b) Express.")).toBe(
      '<list ordered="true" numbering="(a)"><item>Delivery within\n(c) 5 days.</item><item>Express.</item></list>',
    );
    expect(md("1.1 Rent.\n1.2 The fee rises to\n1.4 EUR a unit.\n1.3 Keys.")).toBe(
      '<list ordered="true" numbering="1.1"><item>Rent.</item><item>The fee rises to\n1.4 EUR a unit.</item><item>Keys.</item></list>',
    );
    expect(md("(a) Rent;\n(c) deposit;\n(d) keys.")).toContain('<item value="3">deposit;</item>');
    // structure28: with no marker in turn below, "(c) 5 days." was a point left out. A number
    // after a word a point cannot end with ("within", "to") goes on that line's sentence; the
    // clause number is such a number itself. After any other word it is a point left out.
    expect(md("(a) Standard delivery within\n(c) 5 days.")).toBe(
      '<list ordered="true" numbering="(a)"><item>Standard delivery within\n(c) 5 days.</item></list>',
    );
    expect(md("1.1 Rent.\n1.2 The fee rises to\n1.4 EUR a unit.")).toBe(
      '<list ordered="true" numbering="1.1"><item>Rent.</item><item>The fee rises to\n1.4 EUR a unit.</item></list>',
    );
    expect(md("(a) Passport\n(c) 2 photos")).toContain('<item value="3">2 photos</item>');
    expect(md("1.1 Rent.\n1.2 Keys\n1.4 Deposit.")).toContain('<item value="4">Deposit.</item>');
  });

  // corpus25: a solicitor's "1.1 Under clause 8.2 …⏎⏎1.2 In particular, … failed to:⏎⏎(a) …"
  // printed each clause as a paragraph with its number run into the text, and (a) as a list
  // of its own; Word and LaTeX hang the number, the lettered points under the clause.
  it("read clause numbers as a list of their own, with the points under a clause nested", () => {
    expect(
      md(
        "1.1 Under clause 8.2, it must.\n\n1.2 It failed to:\n\n(a) deliver;\n\n(b) report.\n\n1.3 So.",
      ),
    ).toBe(
      '<list ordered="true" numbering="1.1" loose="true"><item>Under clause 8.2, it must.</item><item>It failed to:<list ordered="true" numbering="(a)" loose="true"><item>deliver;</item><item>report.</item></list></item><item>So.</item></list>',
    );
    // Under a heading of its own each section counts again; a lone clause of a letter that
    // numbers its clauses is one too.
    expect(md("1.1 One.\n1.2 Two.\n\n**3. Rights**\n\n3.1 Reserved.")).toBe(
      '<list ordered="true" numbering="1.1"><item>One.</item><item>Two.</item></list><p><b>3. Rights</b></p><list ordered="true" numbering="3.1"><item>Reserved.</item></list>',
    );
    expect(md("2.1.1 a\n2.1.2 b")).toContain('numbering="2.1.1"');
  });

  // structure28: "1.1 …⏎1.2 …⏎⏎2.1 …⏎2.2 …" printed 2.1 and 2.2 as a paragraph with their
  // numbers run in: Markdown read the two runs as one list, which numbers only 1.x.
  it("start another section's clauses, an empty line apart, as a list of its own", () => {
    const two = (loose: string) =>
      `<list ordered="true" numbering="1.1"${loose}><item>One.</item><item>Two.</item></list><list ordered="true" numbering="2.1"${loose}><item>Three.</item><item>Four.</item></list>`;
    expect(md("1.1 One.\n1.2 Two.\n\n2.1 Three.\n2.2 Four.")).toBe(two(""));
    expect(md("1.1 One.\n\n1.2 Two.\n\n2.1 Three.\n\n2.2 Four.")).toBe(two(' loose="true"'));
    expect(md("> 1.1 One.\n> 1.2 Two.\n>\n> 2.1 Three.\n> 2.2 Four.")).toBe(
      `<quote>${two("")}</quote>`,
    );
    // A section's parts stay under their clause; a third section starts a third list.
    expect(md("1.1 A\n1.1.1 x\n1.1.2 y\n1.2 B\n\n2.1 C\n2.2 D\n\n3.1 E")).toBe(
      '<list ordered="true" numbering="1.1"><item>A<list ordered="true" numbering="1.1.1"><item>x</item><item>y</item></list></item><item>B</item></list><list ordered="true" numbering="2.1"><item>C</item><item>D</item></list><list ordered="true" numbering="3.1"><item>E</item></list>',
    );
    expect(md("1.1. A.\n1.2. B.\n\n2.1. C.\n2.2. D.")).toContain(
      '</list><list ordered="true" numbering="2.1.">',
    );
  });

  // review29: with no empty line between, the next section's clauses ran into the last
  // clause's text ("Term 2.1 Prices 2.2 Payment").
  it("start the next section's clauses right under the last clause as a list of their own", () => {
    const two =
      '<list ordered="true" numbering="1.1"><item>Scope</item><item>Term</item></list><list ordered="true" numbering="2.1"><item>Prices</item><item>Payment</item></list>';
    expect(md("1.1 Scope\n1.2 Term\n2.1 Prices\n2.2 Payment")).toBe(two);
    expect(md("1.1. A\n1.2. B\n2.1. C\n2.2. D")).toContain(
      '</list><list ordered="true" numbering="2.1.">',
    );
    // A number wrapped onto the line stays the clause's text.
    expect(md("1.1 Scope\n1.2 The population grew by\n2.1 million people.")).toContain(
      "<item>The population grew by\n2.1 million people.</item>",
    );
  });

  // wrap30: a section skipped to ("Term 3.1 Prices") and the next section's first clause after
  // a clause wrapped onto a second line ("for two years. 2.1 Prices") ran into the clause.
  it("start a later section's clauses where the line reads as a new clause", () => {
    const two = (term: string, section: string) =>
      `<list ordered="true" numbering="1.1"><item>Scope</item><item>${term}</item></list><list ordered="true" numbering="${section}.1"><item>Prices</item><item>Payment</item></list>`;
    expect(md("1.1 Scope\n1.2 Term\n3.1 Prices\n3.2 Payment")).toBe(two("Term", "3"));
    const wrapped = "Term of the lease runs\nfor two years.";
    expect(md(`1.1 Scope\n1.2 ${wrapped}\n2.1 Prices\n2.2 Payment`)).toBe(two(wrapped, "2"));
    expect(md(`1.1 Scope\n1.2 ${wrapped}\n4.1 Prices\n4.2 Payment`)).toBe(two(wrapped, "4"));
    // Not a number wrapped onto the line: after a line that goes on, or in small letters.
    for (const text of [
      "1.1 Scope\n1.2 The population grew by\n3.1 million people.",
      "1.1 Scope\n1.2 The population grew. It rose by\n2.1 million people.",
      "1.1 Scope\n1.2 Growth was strong.\nIn all it was\n2.1 Million.",
      "1.1 Scope\n1.2 Growth was strong.\n3.1 million people moved.",
      "1.1 Scope\n1.2 Prices rise by\n3.1 per cent.",
    ])
      expect(md(text)).toBe(
        `<list ordered="true" numbering="1.1"><item>Scope</item><item>${text.slice(14)}</item></list>`,
      );
  });

  // review32: every ISO 4217 code became a unit (ALL, TOP, CUP among them), so a clause whose
  // text starts with a word in capitals read as a number wrapped onto the line above.
  it("start a clause whose text opens with a word in capitals that is also a currency code", () => {
    expect(md("1.1 Scope\n1.2 Term\n3.1 TOP priority goes to safety.\n3.2 Payment")).toContain(
      '<list ordered="true" numbering="3.1"><item>TOP priority goes to safety.</item>',
    );
    expect(md("Intro.\n\n1.1 ALL staff must attend.\n\n1.2 CUP holders too.")).toContain(
      "<item>ALL staff must attend.</item><item>CUP holders too.</item>",
    );
    // A listed code after a number is still an amount wrapped onto the line.
    expect(md("1. Use\n   1.1 A.\n   1.2 B.\n2. The fee is\n   2.1 EUR per file.")).toContain(
      "<item>The fee is\n2.1 EUR per file.</item>",
    );
  });

  // clauses27: "2.2 The Supplier shall⏎2.2.1 deliver …⏎2.2.2 install …" ran 2.2.1 and 2.2.2
  // into clause 2.2's text (and, an empty line apart, printed them as paragraphs): only a
  // clause ending in ":" took its parts. A number that extends its parent's is its part.
  it("nest a clause's parts under it by their numbers, whatever ends its line", () => {
    const parts =
      '<list ordered="true" numbering="2.1"><item>Terms.</item><item>The Supplier shall<list ordered="true" numbering="2.2.1"><item>deliver the goods;</item><item>install them.</item></list></item><item>Payment.</item></list>';
    expect(
      md(
        "2.1 Terms.\n2.2 The Supplier shall\n2.2.1 deliver the goods;\n2.2.2 install them.\n2.3 Payment.",
      ),
    ).toBe(parts);
    expect(
      md(
        "2.1 Terms.\n\n2.2 The Supplier shall\n\n2.2.1 deliver the goods;\n\n2.2.2 install them.\n\n2.3 Payment.",
      ),
    ).toBe(
      parts.replaceAll('"2.1"', '"2.1" loose="true"').replaceAll('"2.2.1"', '"2.2.1" loose="true"'),
    );
    expect(md("2.1. A.\n2.2. B\n2.2.1. c;\n2.2.2. d:\n2.2.2.1 e;\n2.2.2.2 f.\n2.3. G.")).toBe(
      '<list ordered="true" numbering="2.1."><item>A.</item><item>B<list ordered="true" numbering="2.2.1."><item>c;</item><item>d:<list ordered="true" numbering="2.2.2.1"><item>e;</item><item>f.</item></list></item></list></item><item>G.</item></list>',
    );
    // A wrapped reference stays text: alone in its paragraph, or after a noun that names a
    // numbered part ("clause"), and a number that is not the clause's own is not its part.
    for (const text of [
      "2.1 Terms.\n2.2 The Supplier shall comply with\n2.2.1 of the Schedule.\n2.3 Payment.",
      "2.1 Terms.\n2.2 The Supplier shall comply with clause\n2.2.1 of the Schedule, and\n2.2.2 of the Annex.\n2.3 Payment.",
      "2.1 Terms.\n2.2 The Supplier shall\n2.3.1 deliver;\n2.3.2 install.\n2.3 Payment.",
    ])
      expect(md(text)).toBe(
        `<list ordered="true" numbering="2.1"><item>Terms.</item><item>${text.slice(15, text.lastIndexOf("\n"))}</item><item>Payment.</item></list>`,
      );
  });

  // structure28: "… invoice for each item⏎2.2.1 in full, and⏎2.2.2 in writing." stayed text:
  // item, page, unit, step and table are part nouns too ("see table 4"), so the guard against
  // a wrapped "clause⏎2.2.1" fired. A part noun after "each", "per", "the" is a common noun.
  it("nest a first part under a line ending in a part noun that a word makes common", () => {
    for (const [end, nested] of [
      ["invoice for each item", true],
      ["be billed per page", true],
      ["complete the step", true],
      ["comply with clause", false],
      ["as shown in table", false],
    ] as const)
      expect(
        md(`2.1 Terms.\n2.2 The Supplier shall ${end}\n2.2.1 in full, and\n2.2.2 in writing.`),
      ).toBe(
        nested
          ? `<list ordered="true" numbering="2.1"><item>Terms.</item><item>The Supplier shall ${end}<list ordered="true" numbering="2.2.1"><item>in full, and</item><item>in writing.</item></list></item></list>`
          : `<list ordered="true" numbering="2.1"><item>Terms.</item><item>The Supplier shall ${end}\n2.2.1 in full, and\n2.2.2 in writing.</item></list>`,
      );
    // A number skipped to after such a line is still its text: "per unit⏎1.4 EUR" is a price.
    expect(md("1.1 Rent.\n1.2 We charge per unit\n1.4 EUR.")).toBe(
      '<list ordered="true" numbering="1.1"><item>Rent.</item><item>We charge per unit\n1.4 EUR.</item></list>',
    );
  });

  // clauses27: clauses indented under a Markdown item ran into its text, one paragraph.
  it("nest clauses written inside a Markdown item that they number the parts of", () => {
    expect(
      md(
        '1. Definitions\n   1.1 "Agreement" means this.\n   1.2 "Goods" means those.\n2. Term\n   2.1 One year.\n   2.2 Renewal.',
      ),
    ).toBe(
      '<list ordered="true"><item>Definitions<list ordered="true" numbering="1.1"><item>&quot;Agreement&quot; means this.</item><item>&quot;Goods&quot; means those.</item></list></item><item>Term<list ordered="true" numbering="2.1"><item>One year.</item><item>Renewal.</item></list></item></list>',
    );
    // Written flush with it, a list of their own after the item, as typed.
    expect(md("1. Definitions\n1.1 A.\n1.2 B.\n2. Term")).toBe(
      '<list ordered="true"><item>Definitions</item></list><list ordered="true" numbering="1.1"><item>A.</item><item>B.</item></list><list ordered="true" start="2"><item>Term</item></list>',
    );
    // Not another item's numbers, nor a wrapped reference.
    for (const text of [
      "2. Term\n   1.1 One year.\n   1.2 Renewal.",
      "1. We rely on clause\n   1.1 of the Agreement and\n   1.2 of the Annex.",
    ])
      expect(md(text)).toBe(
        `<list ordered="true"${text.startsWith("2") ? ' start="2"' : ""}><item>${text.slice(3).replaceAll("   ", "")}</item></list>`,
      );
  });

  // letters28: a grant's conditions, each part under a title, ran a part's single clause into
  // its title ("3. Safeguarding 3.1 The Grantee shall …"): a clause nested only with a sibling.
  it("nest a single clause right under its item's title", () => {
    const lone = "1. Term\n   1.1 Two years.\n2. Payment\n   2.1 In four instalments.";
    expect(md(lone)).toBe(
      '<list ordered="true"><item>Term<list ordered="true" numbering="1.1"><item>Two years.</item></list></item><item>Payment<list ordered="true" numbering="2.1"><item>In four instalments.</item></list></item></list>',
    );
    // Beside a part with two clauses too.
    expect(md("1. Use\n   1.1 A.\n   1.2 B.\n2. Term\n   2.1 Two years.")).toContain(
      '<item>Term<list ordered="true" numbering="2.1"><item>Two years.</item></list></item>',
    );
    // Not under a sentence wrapped after a short word or a long line, nor a number at a line's
    // start ("2.1 million"), whose text goes on in small letters.
    for (const [above, below] of [
      ["See the tables in", "2.1 Annex B."],
      ["Our figures for this year came from the Office for National", "2.1 Statistics."],
      ["Results", "2.1 million people signed."],
      // A unit or a magnitude, which German capitalises (review28).
      ["Ergebnis", "2.1 Millionen Menschen haben teilgenommen."],
      ["Maximum upload size per file", "2.1 GB."],
    ])
      expect(md(`1. Use\n   1.1 A.\n   1.2 B.\n2. ${above}\n   ${below}`)).toContain(
        `<item>${above}\n${below}</item>`,
      );
  });

  // text31: the title was read on the line above a quote's first line, outside the quote, so a
  // lone clause opening a quote became a list, where one after an empty line stays text.
  it("read no title for a clause above the quote it opens", () => {
    expect(md("2. Payment\n> 2.1 The Grantee shall pay.")).toBe(
      '<list ordered="true" start="2"><item>Payment</item></list><quote><p>2.1 The Grantee shall pay.</p></quote>',
    );
  });

  // In a list whose items stand an empty line apart, a marker right under a line of an item
  // is that line wrapped: "clause⏎1.3 of the Agreement" had become clause 1.3.
  it("read a marker with no empty line before it in a list whose items have one as text", () => {
    expect(md("1.1 Rent.\n\n1.2 We rely on clause\n1.3 of the Agreement.\n\n1.3 Repairs.")).toBe(
      '<list ordered="true" numbering="1.1" loose="true"><item>Rent.</item><item>We rely on clause\n1.3 of the Agreement.</item><item>Repairs.</item></list>',
    );
    // So does the first item's, when the marker is typed again after an empty line: "1.2 of
    // the Agreement." had become clause 1.2, and the clause 1.2 below it a paragraph.
    expect(md("1.1 Rent, as in clause\n1.2 of the Agreement.\n\n1.2 Repairs.")).toBe(
      '<list ordered="true" numbering="1.1" loose="true"><item>Rent, as in clause\n1.2 of the Agreement.</item><item>Repairs.</item></list>',
    );
    expect(
      md("We found:\n\n(a) a breach of paragraph\n(b) of the Schedule;\n\n(b) no reports."),
    ).toBe(
      '<p>We found:</p><list ordered="true" numbering="(a)" loose="true"><item>a breach of paragraph\n(b) of the Schedule;</item><item>no reports.</item></list>',
    );
    // A list with no empty lines between its items reads them line by line.
    expect(md("(a) one\n(b) two\n\n(a) again\n\n(b) and again")).toContain(
      "<item>one</item><item>two</item>",
    );
    expect(md("We found:\n(a) one;\n(b) two.\n\n(b) above is the key point.")).toContain(
      "<item>one;</item><item>two.</item>",
    );
    expect(md("(a) one\n(b) two\n(c) three")).toBe(
      '<list ordered="true" numbering="(a)"><item>one</item><item>two</item><item>three</item></list>',
    );
  });

  // clauses27: a contract's clauses quoted in a letter ("> 1.1 …⏎>⏎> 1.2 …") were one
  // paragraph of the quote, their numbers run into the text.
  it("read markers in a block quote as outside it, under the same rules", () => {
    expect(
      md("> 1.1 Rent.\n>\n> 1.2 The Tenant shall:\n>\n> (a) pay;\n>\n> (b) clean.\n>\n> 1.3 End."),
    ).toBe(
      '<quote><list ordered="true" numbering="1.1" loose="true"><item>Rent.</item><item>The Tenant shall:<list ordered="true" numbering="(a)" loose="true"><item>pay;</item><item>clean.</item></list></item><item>End.</item></list></quote>',
    );
    expect(md("Clause 2 reads:\n\n> We found:\n> (a) one;\n> > (i) two")).toBe(
      '<p>Clause 2 reads:</p><quote><p>We found:</p><list ordered="true" numbering="(a)"><item>one;</item></list><quote><list ordered="true" numbering="(i)"><item>two</item></list></quote></quote>',
    );
    expect(md("> 2.1 A.\n> 2.2 B\n> 2.2.1 c;\n> 2.2.2 d.\n> 2.3 E.")).toContain(
      '<item>B<list ordered="true" numbering="2.2.1"><item>c;</item><item>d.</item></list></item>',
    );
    // Its guards hold there too: a wrapped reference, a restated marker.
    expect(md("> set out in section 12\n> (a) of the Act.")).toBe(
      "<quote><p>set out in section 12\n(a) of the Act.</p></quote>",
    );
    expect(md("> 1.1 Rent, as in clause\n> 1.2 of the Agreement.\n>\n> 1.2 Repairs.")).toBe(
      '<quote><list ordered="true" numbering="1.1" loose="true"><item>Rent, as in clause\n1.2 of the Agreement.</item><item>Repairs.</item></list></quote>',
    );
  });

  it("leave a decimal number or a date at a paragraph's start as text", () => {
    expect(md("15.01. Abgabe\n15.02. Prüfung")).toBe("<p>15.01. Abgabe\n15.02. Prüfung</p>");
    // review26: a letter's clauses written "1.1" make no clause of a date written "1.1.".
    expect(
      md("1.1 Miete.\n\n1.2 Reparaturen.\n\nDas Büro:\n\n1.1. bis 6.1. geschlossen."),
    ).toContain("<p>1.1. bis 6.1. geschlossen.</p>");
    expect(md("2.1 million people signed.")).toBe("<p>2.1 million people signed.</p>");
    expect(md("Intro.\n\n1.5 kg of it arrived.\n\n1.6 kg did not.")).toBe(
      "<p>Intro.</p><p>1.5 kg of it arrived.</p><p>1.6 kg did not.</p>",
    );
  });

  // wrap29: a holiday list was read as clauses 1.1., 1.5. with the other dates in their text.
  it("leave a list of day-and-month dates, one a line, as lines of text", () => {
    const holidays =
      "1.1. Neujahr\n6.1. Heilige Drei Könige\n1.5. Tag der Arbeit\n3.10. Tag der Deutschen Einheit";
    // review29: left as text, they ran into one line ("Termine: 3.4. Anreise 5.4. Abreise");
    // each stays a line, after a line of text too.
    expect(md(holidays)).toBe(`<p>${holidays.replaceAll("\n", "<br/>")}</p>`);
    expect(md(`Feiertage:\n\n${holidays.replaceAll("\n", "\n\n")}`)).not.toContain("<list");
    expect(md("Termine:\n3.4. Anreise\n5.4. Abreise")).toBe(
      "<p>Termine:<br/>3.4. Anreise<br/>5.4. Abreise</p>",
    );
    // A heading, a table or a line already broken keeps its line as written.
    expect(md("## Termine\n3.4. Anreise\n5.4. Abreise")).toBe(
      '<heading level="2">Termine</heading><p>3.4. Anreise<br/>5.4. Abreise</p>',
    );
    expect(md("Termine:\\\n3.4. Anreise\n5.4. Abreise")).toBe(
      "<p>Termine:<br/>3.4. Anreise<br/>5.4. Abreise</p>",
    );
    expect(md("1.1 Neujahr\n6.1 Heilige Drei Könige\n1.5 Tag der Arbeit")).not.toContain("<list");
    // wrap30: Czech and Slovak write a date with a space ("6. 1."), which Markdown read as a
    // list in a list: "1." holding "1. Nový rok".
    const svatky = "1. 1. Nový rok\n6. 1. Tři králové\n24. 12. Štědrý den";
    expect(md(svatky)).toBe(`<p>${svatky.replaceAll("\n", "<br/>")}</p>`);
    expect(md(`Svátky:\n${svatky}`)).toBe(`<p>Svátky:<br/>${svatky.replaceAll("\n", "<br/>")}</p>`);
    expect(md(`> ${svatky.replaceAll("\n", "\n> ")}`)).toBe(
      `<quote><p>${svatky.replaceAll("\n", "<br/>")}</p></quote>`,
    );
    // text31: one date with a space alone was still a list in a list.
    expect(md("6. 1. Tři králové")).toBe("<p>6. 1. Tři králové</p>");
    expect(md("Zavřeno:\n6. 1. Tři králové")).toBe("<p>Zavřeno:<br/>6. 1. Tři králové</p>");
    expect(md("Text.\n\n6. 1. Tři králové\n\nMore.")).toBe(
      "<p>Text.</p><p>6. 1. Tři králové</p><p>More.</p>",
    );
    // review30: a list running into the next year, once (December, then January).
    const winter = "24. 12. Štědrý den\n31. 12. Silvestr\n1. 1. Nový rok";
    expect(md(`Zavřeno:\n${winter}`)).toBe(
      `<p>Zavřeno:<br/>${winter.replaceAll("\n", "<br/>")}</p>`,
    );
    expect(md("geschlossen:\n24.12. Heiligabend\n31.12. Silvester\n1.1. Neujahr")).toBe(
      "<p>geschlossen:<br/>24.12. Heiligabend<br/>31.12. Silvester<br/>1.1. Neujahr</p>",
    );
    expect(md("30.12. A\n2.1. B\n31.12. C\n3.1. D")).not.toContain("<br/>");
    // Not a list numbered so, nor dates out of time.
    expect(md("1. 1 apple\n2. 1 pear")).toContain("<list");
    expect(md("6. 1. Tři králové\n1. 1. Nový rok")).toContain("<list");
    // Clauses in their order stay clauses, with a full stop after them or not.
    expect(md("1.1 Scope\n1.2 Term")).toContain('<list ordered="true" numbering="1.1">');
    expect(md("1.1. Scope\n1.2. Term")).toContain('<list ordered="true" numbering="1.1.">');
    expect(md("1.1 One.\n1.2 Two.\n1.10 Ten.")).toContain('<item value="10">Ten.</item>');
  });

  // text31: a number of two parts under a colon, or in turn under a clause, opened a list
  // where its text starts with a magnitude ("3.1 Million people.").
  it("read a clause number whose text starts with a unit or a magnitude as a number", () => {
    for (const n of ["2.1", "3.1"]) {
      expect(md(`1.1 Costs.\n1.2 The total is:\n${n} Million people.`)).toBe(
        `<list ordered="true" numbering="1.1"><item>Costs.</item><item>The total is:\n${n} Million people.</item></list>`,
      );
      expect(md(`Intro.\n\n1.2 The total is:\n${n} Million people.`)).not.toContain("<list");
    }
    // A clause's points in small letters are still its list.
    expect(md("1.1 Costs.\n1.2 The Supplier shall:\n1.2.1 deliver;\n1.2.2 install.")).toContain(
      'numbering="1.2.1"',
    );
    expect(md("1.1 Costs.\n1.2 Prices:\n2.1 Per item.")).toContain('numbering="2.1"');
  });

  it("read a lower-case letter and a full stop as an abbreviation unless a list follows", () => {
    expect(md("z. B. wenn Sie zahlen.")).toBe("<p>z. B. wenn Sie zahlen.</p>");
    expect(md("i. e. the rest")).toBe("<p>i. e. the rest</p>");
    expect(md("i. first\nii. second")).toContain('numbering="i."');
  });

  // letters34: a Nepali grant letter's १., २., ३. (and a Persian letter's ۱., ۲.) ran into one
  // line of text, with a warning that the lines were joined.
  it("read numbers in another script's digits as a list, numbered in those digits", () => {
    expect(md("किस्ता:\n१. पहिलो;\n२. दोस्रो;\n३. अन्तिम।")).toBe(
      '<p>किस्ता:</p><list ordered="true" numbering="१."><item>पहिलो;</item><item>दोस्रो;</item><item>अन्तिम।</item></list>',
    );
    expect(md("موارد:\n\n۱. اول؛\n۲. دوم.")).toContain('numbering="۱."');
    expect(md("(๓) สาม\n(๔) สี่")).toContain('numbering="(๑)" start="3"');
    expect(md("१०) दस\n११) एघार")).toContain('numbering="१)" start="10"');
    expect(md("ক. one\n১২. বারো")).not.toContain('numbering="১."');
  });

  // corpus26: a Korean public document's 가., 나., 다. under item 3 were paragraphs of it,
  // with no hanging marker.
  it("read Korean syllable markers as a list, nested where indented", () => {
    expect(
      md(
        "3. 다음과 같이 조치하여 주시기 바랍니다.\n\n   가. 작업시간을 준수할 것\n\n   나. 방음벽을 보강할 것\n\n4. 끝.",
      ),
    ).toBe(
      '<list ordered="true" start="3" loose="true"><item>다음과 같이 조치하여 주시기 바랍니다.<list ordered="true" numbering="가." loose="true"><item>작업시간을 준수할 것</item><item>방음벽을 보강할 것</item></list></item><item>끝.</item></list>',
    );
    expect(md("(가) 첫째\n(나) 둘째")).toContain('numbering="(가)"');
  });

  // As in pandoc: an initial is not a list.
  it("need two spaces after a capital letter and a full stop", () => {
    expect(md("B. Russell wrote it.")).toBe("<p>B. Russell wrote it.</p>");
    expect(md("I. Kant wrote it.")).toBe("<p>I. Kant wrote it.</p>");
  });

  it("keep the body's length and every item's column, so nesting and error places hold", () => {
    const text = "(a) one\n\n    (iii) three\n\n(viii) eight\n";
    const written = fancyLists(datesAsLines(text))?.text ?? "";
    expect(written.length).toBe(text.length);
    expect(written).toBe("1)  one\n\n    2)    three\n\n 2)    eight\n");
  });
});
