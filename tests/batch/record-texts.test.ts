import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { markdownFields } from "../../src/batch/markdown-fields.js";
import { markdownLiteral } from "../../src/batch/markdown-literal.js";
import { compileRecordTexts } from "../../src/batch/record-texts.js";
import { usedFields } from "../../src/batch/used-fields.js";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { isMissiveError } from "../../src/errors.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { res } from "../helpers/resources.js";

function texts(yaml: string, lang = "en-US") {
  return compileRecordTexts(
    parseYaml({ file: "letter.yaml", text: yaml }),
    {
      lang,
      markdown: ["body"],
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

  it("names the missing field at its line in the base letter", () => {
    const t = texts("template: personal\nbody: |\n  Hello.\n  Your note: {{note}}\n");
    expect(problemOf(() => t.personalise(rec({})))).toEqual({
      kind: "data",
      message: "note is not set in the record",
      location: { file: "letter.yaml", line: 4, col: 14, path: "body" },
      hints: ["add a note column, or wrap it in {{#if note}}…{{/if}}"],
    });
    expect(problemOf(() => t.personalise(rec({ note: ["a"] }))).message).toBe(
      "note is a list, not text",
    );
  });

  it("refuses a value that is not a number, and a template that does not parse", () => {
    const t = texts('subject: "{{currency amount \\"EUR\\"}}"');
    expect(problemOf(() => t.personalise(rec({ amount: "12,50" }))).message).toBe(
      'amount is "12,50", not a number',
    );
    expect(problemOf(() => texts('subject: "{{#if x}}open"')).message).toMatch(
      /^subject is not a valid text template/,
    );
  });

  it("has no helpers of the pack and no partials", () => {
    const t = texts('subject: "{{markdown x}}"');
    expect(problemOf(() => t.personalise(rec({ x: "a" }))).message).toBe(
      'Missing helper: "markdown"',
    );
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
});
