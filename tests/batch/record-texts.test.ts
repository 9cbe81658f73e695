import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { markdownFields } from "../../src/batch/markdown-fields.js";
import { markdownLiteral } from "../../src/batch/markdown-literal.js";
import { compileRecordTexts, type TextOptions } from "../../src/batch/record-texts.js";
import { usedFields } from "../../src/batch/used-fields.js";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { isMissiveError } from "../../src/errors.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { res } from "../helpers/resources.js";

function texts(
  yaml: string,
  lang = "en-US",
  labels: TextOptions["labels"] = {},
  recordsLang?: string,
) {
  return compileRecordTexts(
    parseYaml({ file: "letter.yaml", text: yaml }),
    {
      lang,
      labels,
      markdown: ["body"],
      ...(recordsLang ? { recordsLang } : {}),
    },
    res.formats,
  );
}

const rec = (data: Record<string, unknown>) => ({ index: 0, line: 2, data });

function problemOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isMissiveError(e)) return { kind: e.kind, ...e.problems[0] };
    throw e;
  }
  throw new Error("no error");
}

describe("record texts", () => {
  it("keeps a value's unclosed bidi override to the value", () => {
    const t = texts("body: We owe {{name}} $100 and will pay it on Friday.");
    const out = t.personalise(rec({ name: "Bob\u202e Smith" }));
    // Unclosed, the override would draw the rest of the sentence backwards in the PDF.
    expect(out.body).toBe("We owe Bob\u202e Smith\u202c $100 and will pay it on Friday.");
  });

  it("fills record values, nested paths, conditions and lists", () => {
    const t = texts(
      [
        'salutation: "Dear {{first_name}},"',
        "body: |",
        "  {{#if vip}}Welcome back.{{/if}} Your town: {{address.town}}.",
        "  {{#each items}}{{this}}; {{/each}}",
        "closing: Yours",
      ].join("\n"),
    );
    const out = t.personalise(
      rec({ first_name: "Ann", vip: "yes", address: { town: "St. Pölten" }, items: ["a", "b"] }),
    );
    expect(out).toEqual({
      salutation: "Dear Ann,",
      body: "Welcome back. Your town: St\\. Pölten.\na; b; \n",
    });
    expect([...t.used].sort()).toEqual(["address", "first_name", "items", "vip"]);
  });

  it("locates a broken {{…}} where it is written, when the same text comes before it", () => {
    const twice = ["body: |", "  Dear {{first_name}},", "", "  Thanks again, {{first_name}"];
    expect(problemOf(() => texts(twice.join("\n"))).location).toEqual({
      file: "letter.yaml",
      line: 4,
      col: 17,
      path: "body",
    });
    // A value only the second of two same lines meets (the first is in the other branch).
    const t = texts(
      [
        "body: |",
        "  {{#if short}}",
        "  Total: {{number amount}}",
        "  {{else}}",
        "  Dear customer,",
        "  Total: {{number amount}}",
        "  {{/if}}",
      ].join("\n"),
    );
    expect(problemOf(() => t.personalise(rec({ short: false, amount: "abc" })))).toMatchObject({
      message: 'amount is "abc", not a number',
      location: { file: "letter.yaml", line: 6, col: 10, path: "body" },
    });
  });

  // Before, a merge ran for minutes on such a body over 3,000 signers.
  it("stops a loop inside a loop over the same list, at the text's line", () => {
    const t = texts(
      'body: "{{#each signers}}{{#each @root.signers}}x{{/each}}{{/each}}"\nsigners: []\n',
    );
    const signers = Array.from({ length: 3000 }, (_, i) => ({ name: `S${i}` }));
    expect(problemOf(() => t.personalise(rec({ signers })))).toMatchObject({
      kind: "data",
      message:
        "each: this loop would repeat its block more than 2,000,000 times in all; missive stops a template there",
      location: { file: "letter.yaml", line: 1 },
    });
    const some = Array.from({ length: 1000 }, (_, i) => ({ name: `S${i}` }));
    for (let i = 0; i < 3; i++)
      expect(t.personalise(rec({ signers: some })).body).toHaveLength(1e6);
  });

  // merge41: `{{#each recipient}}{{this.length}}{{/each}}` printed each line's length, and
  // `{{name.[0]}}`, `{{lookup name key}}` (key "length") a text's letter or length: a text
  // template read JavaScript's properties of a string, where it may read only fields.
  it.each([
    ["{{name.length}}", "name.length", "name"],
    ["{{name.[0]}}", "name.0", "name"],
    ["{{#each lines}}{{this.length}}{{/each}}", "this.length", "this"],
    ["{{#each lines}}{{./length}}{{/each}}", "./length", "this"],
    ["{{#each lines}}{{length}}{{/each}}", "length", "this"],
    ["{{#with name}}{{length}}{{/with}}", "length", "this"],
    ["{{#each lines as |line|}}{{line.length}}{{/each}}", "line.length", "line"],
    ["{{#each lines}}{{../name.length}}{{/each}}", "../name.length", "../name"],
    ["{{#each lines}}{{@root.name.length}}{{/each}}", "@root.name.length", "@root.name"],
    ["{{#if (eq name.length 7)}}y{{/if}}", "name.length", "name"],
    ["{{lookup name key}}", "name.[length]", "name"],
    ["{{#each lines}}{{lookup this ../key}}{{/each}}", "this.[length]", "this"],
    ["{{n.length}}", "n.length", "n", "a number"],
    ["{{vip.length}}", "vip.length", "vip", "true or false"],
  ])(
    "refuses %s: a template reads no property of a text",
    (body, written, field, kind = "text") => {
      const t = texts(`body: "${body.replaceAll('"', '\\"')}"`);
      const data = {
        name: "Ann Lee",
        lines: ["Ann Lee", "Elm St"],
        key: "length",
        n: 7,
        vip: true,
      };
      expect(problemOf(() => t.personalise(rec(data)))).toMatchObject({
        kind: "data",
        message: `the template reads \`${written}\`, but \`${field}\` is ${kind}, which has no fields`,
        hints: [
          `read \`${field}\` itself; a list's \`length\` and items (\`.[0]\`) are a list's only`,
        ],
      });
    },
  );

  it("reads fields, a list's length and items, and lookups of them", () => {
    const t = texts(
      'body: "{{lines.length}} {{lines.[1]}} {{[First Name]}} {{lookup lines 0}} {{lookup m key}} {{#each lines as |l|}}{{l}}{{@index}}{{../m.length}}{{/each}} {{#with m}}{{length}}{{/with}}"',
    );
    const data = { lines: ["Ann", "Elm"], "First Name": "Ann", key: "length", m: { length: "L" } };
    expect(t.personalise(rec(data)).body).toBe("2 Elm Ann Ann L Ann0LElm1L L");
  });

  // merge41: a text reading another text that is a template printed its source:
  // `subject: "Invoice for {{recipient.[0]}}"` gave "Invoice for {{first_name}} {{last_name}}".
  it.each([
    ["{{recipient.[0]}}", "recipient.0"],
    ["{{#each recipient}}{{this}}{{/each}}", "this"],
    ["{{lookup recipient 0}}", "recipient.[0]"],
  ])("refuses %s, where the base letter's recipient is itself a template", (subject, written) => {
    const t = texts(
      `recipient: ["{{first} {{last}}", "{{street}}"]\nsubject: "${subject}"`.replace(
        "{{first}",
        "{{first}}",
      ),
    );
    expect(
      problemOf(() => t.personalise(rec({ first: "Ann", last: "Lee", street: "Elm St" }))),
    ).toMatchObject({
      kind: "data",
      message: `the template reads \`${written}\`, which is itself a template of the base letter (recipient.0: "{{first}} {{last}}"): a text cannot read another text's result`,
      location: { path: "subject" },
      hints: ["read the values it is made of instead: {{first}}, {{last}}"],
    });
    // A record that sets the field gives its own text, which a template reads as any.
    expect(
      t.personalise(rec({ recipient: ["Bo Kim"], first: "A", last: "B", street: "C" })).subject,
    ).toBe("Bo Kim");
  });

  it("keeps a text the record sets itself, as text", () => {
    const t = texts('salutation: "Dear {{first_name}},"');
    expect(t.personalise(rec({ salutation: "Hi {{first_name}}" }))).toEqual({});
    // Even when it reads like the template: a record's {{ never becomes a template.
    expect(t.personalise(rec({ salutation: "Dear {{first_name}}," }))).toEqual({});
  });

  it("inserts values as literal Markdown in the body and as they are elsewhere", () => {
    const t = texts('salutation: "Dear {{name}},"\nbody: "Note: {{name}}"');
    const name = "*a* _b_ <i>c</i> {{x}} [x](http://e.com) www.e.com a@b.com &amp; # 1.";
    const out = t.personalise(rec({ name }));
    expect(out.salutation).toBe(`Dear ${name},`);
    // The Markdown stage gives back exactly the value, escaped for XML, and no element.
    const markup = markdownToMarkup(out.body as string, () => ({}));
    expect(markup).toBe(
      "<p>Note: *a* _b_ &lt;i&gt;c&lt;/i&gt; {{x}} [x](http://e.com) www.e.com a@b.com &amp;amp; # 1.</p>",
    );
  });

  it("collapses line breaks of a Markdown value, so it cannot start a block", () => {
    expect(markdownLiteral("a\n\n    code\n# h")).toBe("a code \\# h");
    expect(markdownLiteral("a\r\n\t\f\vb\u2028c\u2029d")).toBe("a b c d");
  });

  it("keeps a value's no-break and other Unicode spaces in a Markdown field", () => {
    const t = texts('body: "Total: {{n}} for {{who}}"');
    const out = t.personalise(rec({ n: "10\u00a0000\u202f€", who: "Mr\u00a0Lee\u3000X" }));
    expect(markdownToMarkup(out.body as string, () => ({}))).toBe(
      "<p>Total: 10\u00a0000\u202f€ for Mr\u00a0Lee\u3000X</p>",
    );
  });

  it("formats numbers, currency, plurals and dates by the letter's language", () => {
    const yaml =
      'salutation: "{{number n decimals=2}} | {{currency n \\"EUR\\"}} | {{plural c one=\\"# Brief\\" other=\\"# Briefe\\"}} | {{date d}}"';
    const r = rec({ n: "1234.5", c: "1", d: "2024-05-01" });
    expect(texts(yaml, "de-DE").personalise(r).salutation).toBe(
      "1.234,50 | 1.234,50\u00a0€ | 1 Brief | 1. Mai 2024",
    );
    expect(
      texts(`lang: en-GB\n${yaml}`, "de-DE").personalise({ ...r, data: { ...r.data, c: "3" } })
        .salutation,
    ).toBe("1,234.50 | €1,234.50 | 3 Briefe | 1 May 2024");
  });

  it("writes a record's date as the language's letters do (missive's date labels)", () => {
    const r = rec({ d: "2024-05-01" });
    expect(texts('salutation: "{{date d}}"', "fr").personalise(r).salutation).toBe("1er mai 2024");
    expect(texts('salutation: "{{date d}}"', "vi").personalise(r).salutation).toBe(
      "ngày 01 tháng 5 năm 2024",
    );
  });

  it("writes a record's date as the letter's date line does: the pack's and the letter's longDate", () => {
    const r = rec({ d: "2024-05-01" });
    const pack = {
      en: { longDate: "{month} {day}, {year}" },
      "en-GB": { longDate: "{day} {month} {year}" },
    };
    expect(texts('salutation: "{{date d}}"', "en-US", pack).personalise(r).salutation).toBe(
      "May 1, 2024",
    );
    expect(
      texts('lang: en-GB\nsalutation: "{{date d}}"', "en-US", pack).personalise(r).salutation,
    ).toBe("1 May 2024");
    const own = 'labels: { longDate: "the {day} of {month}, {year}" }\nsalutation: "{{date d}}"';
    expect(texts(own, "en-US", pack).personalise(r).salutation).toBe("the 1 of May, 2024");
    // A record's own labels, as the letter it makes reads them; a label that is not text is
    // left to the letter's schema, which refuses it.
    const byRecord = { ...r, data: { ...r.data, labels: { longDate: "{year}/{day}", ps: 3 } } };
    expect(texts(own, "en-US", pack).personalise(byRecord).salutation).toBe("2024/1");
    // The other styles are CLDR's, as the letter's own date helper writes them.
    expect(
      texts('salutation: "{{date d style=\\"short\\"}}"', "en-US", pack).personalise(r).salutation,
    ).toBe("5/1/24");
  });

  it("writes zero= for 0 in a language whose rules have no zero form", () => {
    const plural =
      'salutation: "{{plural n zero=\\"no orders\\" one=\\"# order\\" other=\\"# orders\\"}}"';
    const of = (n: string, lang = "en-US") =>
      texts(plural, lang).personalise(rec({ n })).salutation;
    expect([of("0"), of("1"), of("2"), of("0.0")]).toEqual([
      "no orders",
      "1 order",
      "2 orders",
      "no orders",
    ]);
    // Latvian's zero form (10, 11, 20, …) is still the language's own.
    expect([of("0", "lv"), of("10", "lv"), of("21", "lv")]).toEqual([
      "no orders",
      "no orders",
      "21 order",
    ]);
    const noZero = 'salutation: "{{plural n one=\\"# order\\" other=\\"# orders\\"}}"';
    expect(texts(noZero).personalise(rec({ n: "0" })).salutation).toBe("0 orders");
  });

  it("takes a CSV's FALSE (a spreadsheet's checkbox) for false in #if and #unless", () => {
    const t = texts(
      'salutation: "{{#if vip}}VIP{{else}}regular{{/if}}, {{#unless vip}}no discount{{/unless}}"',
    );
    const of = (vip: unknown) => t.personalise(rec({ vip })).salutation;
    expect([of("TRUE"), of("FALSE"), of("false"), of(false), of("yes")]).toEqual([
      "VIP, ",
      "regular, no discount",
      "regular, no discount",
      "regular, no discount",
      "VIP, ",
    ]);
  });

  // A CSV's count of 0 was text, and set: "This year you have given 0 times."
  it("takes a CSV's number 0 for false in #if and #unless, as a JSON record's 0", () => {
    const yaml = 'salutation: "{{#if n}}given {{n}}{{else}}none{{/if}}"';
    const of = (n: unknown, recordsLang?: string) =>
      texts(yaml, "en-US", {}, recordsLang).personalise(rec({ n })).salutation;
    expect([of("0"), of(" 0.00 "), of("-0"), of(0), of("0e3")]).toEqual(Array(5).fill("none"));
    expect([of("10"), of("0.5"), of("00"), of("007"), of("0 items")]).toEqual([
      "given 10",
      "given 0.5",
      "given 00",
      "given 007",
      "given 0 items",
    ]);
    expect([of("0,00", "de-DE"), of("0,01", "de-DE")]).toEqual(["none", "given 0,01"]);
  });

  // includeZero=true printed a JSON record's 0 ("given 0") and hid a CSV's "0" ("none").
  it("takes a CSV's number 0 as set under includeZero=true, as a JSON record's 0", () => {
    const yaml = 'salutation: "{{#if n includeZero=true}}given {{n}}{{else}}none{{/if}}"';
    const of = (n: unknown) => texts(yaml, "en-US", {}).personalise(rec({ n })).salutation;
    expect([of(0), of("0"), of("0.00"), of("FALSE")]).toEqual([
      "given 0",
      "given 0",
      "given 0.00",
      "none",
    ]);
  });

  // Before, a record's amount of 100,000 spaces and a letter (or 300,000 digits and a letter)
  // ran past 30 s: the patterns that read numbers take time growing with the square, or with
  // --records-lang the cube, of such a run, and so did the guess at what such a text meant
  // (300,000 digits: 36 s). Quadratic again, this runs for minutes.
  it("refuses a number or a date written in more than 100 characters, at once", () => {
    const yaml = 'salutation: "{{currency n \\"EUR\\"}} {{date d}}"';
    const of = (data: Record<string, unknown>, recordsLang?: string) =>
      texts(yaml, "de-DE", {}, recordsLang).personalise(rec(data)).salutation;
    for (const lang of [undefined, "de-DE"]) {
      for (const n of [`${" ".repeat(100_000)}x`, `${"1".repeat(1_000_000)}x`])
        expect(problemOf(() => of({ n, d: "2024-03-15" }, lang)).message).toMatch(/not a number$/);
      const d = `${" ".repeat(100_000)}x`;
      expect(problemOf(() => of({ n: "1", d }, lang)).message).toMatch(/not a date$/);
    }
    expect(of({ n: `${" ".repeat(90)}5`, d: "2024-03-15" })).toBe("5,00\u00a0€ 15. März 2024");
  });

  it("reads numbers and dates as the records' language writes them, with --records-lang", () => {
    const yaml =
      'salutation: "{{currency n \\"EUR\\"}} {{plural c one=\\"# x\\" other=\\"# xs\\"}} {{date d}}"';
    const of = (data: Record<string, unknown>, recordsLang?: string) =>
      texts(yaml, "de-DE", {}, recordsLang).personalise(rec(data)).salutation;
    const german = { n: "1.234,50 €", c: "1.000", d: "15.03.2024" };
    expect(of(german, "de-DE")).toBe("1.234,50\u00a0€ 1.000 xs 15. März 2024");
    expect(of({ n: "1234,5", c: "2", d: "2024-03-15 10:00" }, "de-DE")).toBe(
      "1.234,50\u00a0€ 2 xs 15. März 2024",
    );
    expect(of({ n: "$1,234.50", c: "-1", d: "3/5/2024" }, "en-US")).toBe(
      "1.234,50\u00a0€ -1 x 5. März 2024",
    );
    expect(of({ n: "1\u202f234,5", c: 1, d: "15/03/2024" }, "fr-FR")).toBe(
      "1.234,50\u00a0€ 1 x 15. März 2024",
    );
    // Without it, a decimal comma and a sheet's date are refused, and the hint names the option.
    expect(problemOf(() => of(german)).hints).toEqual([
      "write numbers with a dot for decimals and no thousands separator: 1234.5",
      "to read numbers as the sheet's language writes them (1.234,50), name it: --records-lang de-DE",
    ]);
    expect(problemOf(() => of({ ...german, n: "1" })).hints).toEqual([
      "write dates as YYYY-MM-DD: 2024-05-01",
      "to read dates as the sheet's language writes them, name it: --records-lang de-DE reads 15.03.2024, en-US 3/15/2024, en-GB 15/03/2024",
    ]);
    // With it, a dot for decimals is a German thousands separator, never a decimal point.
    expect(problemOf(() => of({ ...german, n: "12.5" }, "de-DE"))).toMatchObject({
      message: 'n is "12.5", not a number',
      hints: ["with --records-lang de-DE, write numbers as that language does: 1.234,5"],
    });
    expect(problemOf(() => of({ ...german, d: "03/15/2024" }, "de-DE"))).toMatchObject({
      message: 'd is "03/15/2024", not a date',
      hints: ["with --records-lang de-DE, write dates as 15.03.2024 or 2024-03-15"],
    });
    expect(problemOf(() => of({ ...german, d: "31.02.2024" }, "de-DE")).message).toBe(
      "d: 2024-02-31 is not a real date",
    );
  });

  it("takes FALSE in the records' language (a German Excel's FALSCH) for false, with --records-lang", () => {
    const yaml = 'salutation: "{{#if vip}}VIP{{else}}regular{{/if}}"';
    const of = (vip: string, recordsLang?: string) =>
      texts(yaml, "en-US", {}, recordsLang).personalise(rec({ vip })).salutation;
    expect([
      of("WAHR", "de-DE"),
      of("FALSCH", "de-DE"),
      of("falsch", "de-AT"),
      of("FALSE", "de-DE"),
    ]).toEqual(["VIP", "regular", "regular", "regular"]);
    expect([of("FAUX", "fr-FR"), of("YANLIŞ", "tr-TR"), of("FAŁSZ", "pl")]).toEqual([
      "regular",
      "regular",
      "regular",
    ]);
    // Without the option a word is text like any other, and counts as set.
    expect([of("FALSCH"), of("FAUX", "de-DE")]).toEqual(["VIP", "VIP"]);
  });

  it("chooses a passage by a value with (eq …), a missing value comparing unequal", () => {
    const t = texts(
      'salutation: "{{#if (eq title \\"Frau\\")}}Sehr geehrte Frau{{else}}Sehr geehrter Herr{{/if}} {{#if (eq n 1)}}one{{/if}}"',
    );
    const of = (data: Record<string, unknown>) => t.personalise(rec(data)).salutation;
    expect(of({ title: "Frau", n: "1" })).toBe("Sehr geehrte Frau one");
    expect(of({ title: " Frau ", n: 1 })).toBe("Sehr geehrte Frau one");
    expect(of({ title: "Herr", n: "2" })).toBe("Sehr geehrter Herr ");
    expect(of({})).toBe("Sehr geehrter Herr ");
    expect(problemOf(() => texts('salutation: "{{#if (eq title)}}x{{/if}}"'))).toMatchObject({
      message: "eq takes 2 values, not 1",
      hints: ['e.g. {{#if (eq title "Dr.")}}…{{/if}}'],
    });
  });

  it("chooses a passage by comparing numbers, read as the number helpers read them", () => {
    const t = texts(
      'salutation: "{{#if (gt amount 1000)}}Patron{{else if (gte amount limit)}}Friend{{else}}Donor{{/if}}{{#if (lt 5 amount)}}, over 5{{/if}}{{#if (lte amount 0)}}, none{{/if}}"',
    );
    const of = (data: Record<string, unknown>) => t.personalise(rec(data)).salutation;
    expect(of({ amount: "1250.50", limit: "100" })).toBe("Patron, over 5");
    expect(of({ amount: 1000, limit: 1000 })).toBe("Friend, over 5");
    expect(of({ amount: "99", limit: "100" })).toBe("Donor, over 5");
    expect(of({ amount: "0", limit: "1" })).toBe("Donor, none");
    // Each side named: the one that is not a number, or not in the record.
    expect(problemOf(() => of({ amount: "1.250,50", limit: "1" }))).toMatchObject({
      message: 'amount is "1.250,50", not a number',
    });
    expect(problemOf(() => of({ amount: "10", limit: "ten" }))).toMatchObject({
      message: 'limit is "ten", not a number',
    });
    expect(problemOf(() => of({ limit: "1" }))).toMatchObject({
      message: "amount is not set in the record",
      hints: [
        "set amount in every record (an empty cell sets nothing), or wrap it in {{#if amount}}…{{/if}}",
      ],
    });
    // With --records-lang, as the sheet writes them.
    const de = texts(
      'subject: "{{#if (gt amount 1000)}}big{{else}}small{{/if}}"',
      "de-DE",
      {},
      "de-DE",
    );
    expect(de.personalise(rec({ amount: "1.250,50" })).subject).toBe("big");
    expect(problemOf(() => texts('salutation: "{{#if (gt amount)}}x{{/if}}"'))).toMatchObject({
      message: "gt takes 2 values, not 1",
      hints: ["e.g. {{#if (gt amount 1000)}}…{{/if}}"],
    });
  });

  it("joins conditions with and, or and not, which read a value as if does", () => {
    const t = texts(
      'subject: "{{#if (and member (not lapsed))}}M{{/if}}{{#if (or member (gt gifts 2) donor)}}+{{/if}}"',
    );
    const of = (data: Record<string, unknown>, lang?: string) =>
      (lang
        ? texts('subject: "{{#if (and member (not lapsed))}}M{{/if}}"', "en-US", {}, lang)
        : t
      ).personalise(rec(data)).subject;
    expect(of({ member: "yes", lapsed: "", gifts: "0" })).toBe("M+");
    // A CSV's FALSE and 0 are false, as for if; a missing value too.
    expect(of({ member: "FALSE", lapsed: "0", gifts: "3" })).toBe("+");
    expect(of({ member: "1", lapsed: "TRUE", gifts: "1" })).toBe("+");
    expect(of({ gifts: "1" })).toBe("");
    expect(of({ member: "ja", lapsed: "FALSCH" }, "de-DE")).toBe("M");
    expect(problemOf(() => texts('subject: "{{#if (and member)}}x{{/if}}"'))).toMatchObject({
      message: "and takes 2 to 8 values, not 1",
    });
  });

  it("names the missing field at its line in the base letter", () => {
    const t = texts("template: personal\nbody: |\n  Hello.\n  Your note: {{note}}\n");
    expect(problemOf(() => t.personalise(rec({})))).toEqual({
      kind: "data",
      message: "note is not set in the record",
      location: { file: "letter.yaml", line: 4, col: 14, path: "body" },
      hints: [
        "set note in every record (an empty cell sets nothing), or wrap it in {{#if note}}…{{/if}}",
      ],
    });
    expect(problemOf(() => t.personalise(rec({ note: ["a"] }))).message).toBe(
      "note is a list, not text",
    );
  });

  it("writes the hint's {{#if}} as a template reads it, for a CRM column with a space", () => {
    const t = texts('salutation: "Dear {{[First Name]}}, {{number address.[Zip Code]}}"');
    expect(problemOf(() => t.personalise(rec({}))).hints).toEqual([
      "set First Name in every record (an empty cell sets nothing), or wrap it in {{#if [First Name]}}…{{/if}}",
    ]);
    expect(problemOf(() => t.personalise(rec({ "First Name": "Ann" }))).hints).toEqual([
      "set address.Zip Code in every record (an empty cell sets nothing), or wrap it in {{#if address.[Zip Code]}}…{{/if}}",
    ]);
    // audit34: a path to the context outside was bracketed piece by piece, `{{#if [].[].[/name]}}`.
    const outer = texts('salutation: "Dear {{#with title}}{{number ../[Zip Code]}}{{/with}}"');
    expect(problemOf(() => outer.personalise(rec({ title: "Dr" }))).hints).toEqual([
      "set ../Zip Code in every record (an empty cell sets nothing), or wrap it in {{#if ../[Zip Code]}}…{{/if}}",
    ]);
  });

  it("refuses a value that is not a number, and a template that does not parse", () => {
    const t = texts('subject: "{{currency amount \\"EUR\\"}}"');
    for (const amount of ["12,50", "0x10", "0b11", "0o17", " ", "1e", "."])
      expect(problemOf(() => t.personalise(rec({ amount }))).message).toBe(
        `amount is ${JSON.stringify(amount)}, not a number`,
      );
    const amounts = ["-5", "+5", " 5 ", ".5", "5.", "1e+21", "1234.5", "007"];
    for (const amount of amounts) expect(() => t.personalise(rec({ amount }))).not.toThrow();
    expect(problemOf(() => texts('subject: "{{#if x}}open"')).message).toMatch(
      /^subject is not a valid text template/,
    );
  });

  it("has no helpers of the pack, no log and no partials, and says so before any record", () => {
    const helpers =
      "number, currency, plural, date, eq, gt, gte, lt, lte, and, or, not, if, unless, each, with, lookup";
    expect(problemOf(() => texts('subject: "{{markdown x}}"'))).toEqual({
      kind: "data",
      message: "markdown is not a helper",
      location: { file: "letter.yaml", line: 1, col: 11, path: "subject" },
      hints: [`the helpers are ${helpers}`],
    });
    // log would write to standard output (which may carry --json), in any of its forms.
    for (const call of ["{{log x}}", "{{log}}", "{{#log}}a{{/log}}", "{{lookup (log x) 0}}"])
      expect(problemOf(() => texts(`subject: "a ${call}"`)).hints, call).toEqual([
        `the helpers are ${helpers}`,
        "log is left out: it would write to the terminal or to --json",
      ]);
    for (const call of ["{{helperMissing x}}", "{{#blockHelperMissing}}{{/blockHelperMissing}}"])
      expect(problemOf(() => texts(`subject: "${call}"`)).message).toMatch(/is not a helper$/);
    expect(problemOf(() => texts('subject: "{{> letter}}"')).message).toBe(
      "{{> …}} and {{* …}} are not available here",
    );
  });

  // Before, each printed nothing: the raw block's text went to a helper of its name.
  it.each([
    ["{{{{raw}}}}x{{y}}{{{{/raw}}}}", "raw"],
    ["{{{{if x}}}}y{{{{/if}}}}", "if"],
  ])("refuses the raw block %s, at it, before any record", (raw, name) => {
    expect(problemOf(() => texts(`subject: "a ${raw}"`))).toEqual({
      kind: "data",
      message: `{{{{${name}}}}} opens a raw block, which missive's templates do not have`,
      location: { file: "letter.yaml", line: 1, col: 13, path: "subject" },
      hints: ["to print {{ as it is, write \\{{"],
    });
  });

  // Before, `{{First Name}}` (a spreadsheet's column) said only "First is not a helper".
  it("says how to write a field whose name has spaces, when one of its words is capitalised", () => {
    expect(problemOf(() => texts('subject: "Hi {{First Name}}"')).hints).toEqual([
      "a field whose name has spaces is written in brackets: {{[First Name]}}",
      "the helpers are number, currency, plural, date, eq, gt, gte, lt, lte, and, or, not, if, unless, each, with, lookup",
    ]);
    expect(problemOf(() => texts('subject: "Hi {{Straße und Nr}}"')).hints?.[0]).toBe(
      "a field whose name has spaces is written in brackets: {{[Straße und Nr]}}",
    );
    for (const call of ["{{markdown body}}", '{{First "Name"}}', "{{First (x)}}", "{{First a=b}}"])
      expect(problemOf(() => texts(`subject: '${call}'`)).hints, call).toHaveLength(1);
  });

  it("checks every helper call's values, block and options before any record", () => {
    const cases: [string, string, string][] = [
      ["{{currency amount}}", "currency takes 2 values, not 1", 'e.g. {{currency amount "EUR"}}'],
      ["{{number}}", "number takes 1 value, not 0", "e.g. {{number amount decimals=2}}"],
      ["{{date}}", "date takes 1 value, not 0", 'e.g. {{date when style="short"}}'],
      [
        "{{plural n}}",
        'plural needs other="…"',
        'e.g. {{plural count one="# letter" other="# letters"}}',
      ],
      ["{{lookup}}", "lookup takes 2 values, not 0", "e.g. {{lookup recipient 0}}"],
      [
        "{{number n decimals=99}}",
        "number: decimals=99 is not a whole number from 0 to 20",
        "e.g. {{number amount decimals=2}}",
      ],
      [
        '{{number n decimals="2"}}',
        'number: decimals="2" is not a whole number from 0 to 20',
        "e.g. {{number amount decimals=2}}",
      ],
      [
        '{{currency n "XXXX"}}',
        'currency: "XXXX" is not a currency code',
        'e.g. {{currency amount "EUR"}}',
      ],
      [
        '{{date d style="tiny"}}',
        'date: style="tiny" is not one of full, long, medium, short',
        'e.g. {{date when style="short"}}',
      ],
      ["{{number n places=2}}", "number has no option places", "its options are decimals"],
      ["{{#if a b}}x{{/if}}", "if takes 1 value, not 2", "e.g. {{#if vip}}…{{else}}…{{/if}}"],
      [
        "{{#if a includeZero=1}}x{{/if}}",
        "if: includeZero=1 is not true or false",
        "e.g. {{#if vip}}…{{else}}…{{/if}}",
      ],
      ["{{#each}}x{{/each}}", "each takes 1 value, not 0", "e.g. {{#each items}}{{this}}{{/each}}"],
      [
        '{{#each "abc"}}x{{/each}}',
        'each: "abc" is not a list or a mapping',
        "e.g. {{#each items}}{{this}}{{/each}}",
      ],
      [
        "{{#with}}x{{/with}}",
        "with takes 1 value, not 0",
        "e.g. {{#with address}}{{street}}{{/with}}",
      ],
      [
        "{{#with a x=1}}x{{/with}}",
        "with has no option x",
        "e.g. {{#with address}}{{street}}{{/with}}",
      ],
      ["{{if a}}", "if opens a block", "write {{#if vip}}…{{else}}…{{/if}}"],
      ["{{#number n}}x{{/number}}", "number is not a block", "write {{number amount decimals=2}}"],
      [
        "{{a.b c}}",
        "a.b is not a helper",
        "the helpers are number, currency, plural, date, eq, gt, gte, lt, lte, and, or, not, if, unless, each, with, lookup",
      ],
    ];
    for (const [call, message, hint] of cases)
      expect(
        problemOf(() => texts(`body: |\n  Hello\n  Sum: ${call}\n`)),
        call,
      ).toEqual({
        kind: "data",
        message,
        location: { file: "letter.yaml", line: 3, col: 8, path: "body" },
        hints: /^\{\{(number|date|lookup)\}\}$/.test(call)
          ? [hint, `to print a field named ${call.slice(2, -2)}, write {{./${call.slice(2, -2)}}}`]
          : [hint],
      });
  });

  it("makes a value a helper cannot take the record's located error, never a crash", () => {
    const t = texts(
      "body: |\n  {{number n decimals=d}} {{#each xs}}{{this}}{{/each}} {{date when}}\n",
    );
    const ok = { n: "1", d: 2, xs: ["a"], when: "2024-05-01" };
    expect(t.personalise(rec(ok)).body).toBe("1\\.00 a May 1\\, 2024\n");
    expect(problemOf(() => t.personalise(rec({ ...ok, d: 99 })))).toEqual({
      kind: "data",
      message: "number: decimals=99 is not a whole number from 0 to 20",
      location: { file: "letter.yaml", line: 2, col: 3, path: "body" },
      hints: ["e.g. {{number amount decimals=2}}"],
    });
    expect(problemOf(() => t.personalise(rec({ ...ok, xs: "a" }))).message).toBe(
      'each: xs is "a", not a list or a mapping',
    );
    // One-digit months and days are a date, as in the letter's own date (format-date.ts).
    expect(t.personalise(rec({ ...ok, when: "2024-5-1" })).body).toBe("1\\.00 a May 1\\, 2024\n");
    for (const when of ["yesterday", "01.05.2024", "2024-05-01T25:00", "2024-05-01 10"])
      expect(problemOf(() => t.personalise(rec({ ...ok, when })))).toEqual({
        kind: "data",
        message: `when is ${JSON.stringify(when)}, not a date`,
        location: { file: "letter.yaml", line: 2, col: 57, path: "body" },
        hints: [
          "write dates as YYYY-MM-DD: 2024-05-01",
          ...(when === "01.05.2024"
            ? [
                "to read dates as the sheet's language writes them, name it: --records-lang de-DE reads 15.03.2024, en-US 3/15/2024, en-GB 15/03/2024",
              ]
            : []),
        ],
      });
    // merge38: a date column formatted as General or Number saves as its serial number.
    for (const when of ["45352", 45352])
      expect(problemOf(() => t.personalise(rec({ ...ok, when }))).hints).toEqual([
        "write dates as YYYY-MM-DD: 2024-05-01",
        "45352 looks like a spreadsheet's date serial number (2024-03-01): format the column as a date (yyyy-mm-dd) before saving it as CSV, or merge the workbook itself (.xlsx, .ods), which reads a date as YYYY-MM-DD",
      ]);
    expect(problemOf(() => t.personalise(rec({ ...ok, when: "4535" }))).hints).toHaveLength(1);
    expect(problemOf(() => t.personalise(rec({ ...ok, when: "2024-13-45" }))).message).toBe(
      "when: 2024-13-45 is not a real date",
    );
    // A CRM export's date with a time, and an .xlsx date-time cell: the date as written.
    for (const when of [
      "2024-03-01 10:22:11",
      "2024-03-01T23:30:00.000Z",
      "2024-03-01T09:15+02:00",
    ])
      expect(t.personalise(rec({ ...ok, when })).body, when).toBe("1\\.00 a March 1\\, 2024\n");
    expect(problemOf(() => t.personalise(rec({ ...ok, when: "2024-02-30 10:00" }))).message).toBe(
      "when: 2024-02-30 is not a real date",
    );
    const more = texts('subject: "{{lookup xs 5}} {{plural n one=\\"# x\\" other=word}}"');
    expect(problemOf(() => more.personalise(rec({ xs: ["a"], n: "1" }))).message).toBe(
      "xs.[5] is not set in the record",
    );
    expect(
      problemOf(() => more.personalise(rec({ xs: ["a", 2, 3, 4, 5, "f"], n: "2" }))).message,
    ).toBe("plural: the value of other= is not set in the record");
    // A missing value in #each repeats nothing, as #if shows nothing.
    expect(t.personalise(rec({ ...ok, xs: undefined })).body).toBe("1\\.00  May 1\\, 2024\n");
  });

  it("says in one line what is wrong with a text that does not parse, at its line", () => {
    const cases: [string, string, number, number, string][] = [
      ["Hi\n  {{#if name}}open", "{{#if name}} is never closed", 4, 3, "end it with {{/if}}"],
      [
        "Hi\n  {{#if a}}{{#each b}}x{{/each}}",
        "{{#if a}} is never closed",
        4,
        3,
        "end it with {{/if}}",
      ],
      [
        "Hi\n  x {{#if a}}y{{/each}}",
        "{{#if a}} is closed by {{/each}}",
        4,
        15,
        "close it with {{/if}}",
      ],
      [
        "Hi\n  a {{name} b",
        "{{name} b is never closed with }}",
        4,
        5,
        "record values are written {{field}}; a literal {{ is written \\{{",
      ],
      [
        "Hi\n  a {{ }} b",
        "{{ }} cannot be read",
        4,
        5,
        "record values are written {{field}}; a literal {{ is written \\{{",
      ],
      [
        "Hi\n  {{else}} b",
        "{{else}} is outside a block",
        4,
        3,
        "record values are written {{field}}; a literal {{ is written \\{{",
      ],
      [
        "Hi {{a}}\n  b {{x y=}} c",
        "{{x y=}} cannot be read",
        4,
        5,
        "record values are written {{field}}; a literal {{ is written \\{{",
      ],
    ];
    for (const [text, reason, line, col, hint] of cases)
      expect(
        problemOf(() => texts(`date: 2024-05-01\nbody: |\n  ${text}\n`)),
        text,
      ).toEqual({
        kind: "data",
        message: `body is not a valid text template: ${reason}`,
        location: { file: "letter.yaml", line, col, path: "body" },
        hints: [hint],
      });
  });
});

describe("usedFields", () => {
  it("finds top-level fields, not helpers or item-relative paths", () => {
    const ast = Handlebars.parse(
      "{{slug recipient.[0]}}-{{id}}{{#if vip}}{{@root.team}}{{/if}}{{#each xs}}{{this.y}}{{/each}}{{@index}}",
    );
    expect([...usedFields(ast)].sort()).toEqual(["id", "recipient", "team", "vip", "xs"]);
  });
});

describe("markdownFields", () => {
  it("reads which data paths a pack renders as Markdown", () => {
    expect(markdownFields(['<body>{{markdown body path="body"}}</body>{{~ markdown ps}}'])).toEqual(
      ["body", "ps"],
    );
  });

  it("reads a Markdown field inside another call: a postscript after its label", () => {
    expect(
      markdownFields(['<ps>{{labelled "ps" (markdown ps path="ps" as="inline")}}</ps>']),
    ).toEqual(["ps"]);
  });
});
