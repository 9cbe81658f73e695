import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose } from "../../src/compose/compose.js";
import { syntaxProblem } from "../../src/compose/template-syntax.js";
import { loadLetter } from "../../src/load/load-letter.js";
import { forgetPacks } from "../../src/resources.js";
import { caught } from "../helpers/errors.js";
import { senateLetter } from "../helpers/letters.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempPack } from "../helpers/temp-pack.js";

const letter = (extra = "", template?: string) =>
  loadLetter(senateLetter(1, 2, extra), { cwd: ROOT, template }, res);

/** Composing with `call` in a pack's template is a template error at the call, saying `message`. */
async function expectTemplateError(call: string, message: string): Promise<void> {
  const dir = tempPack({ "letter.hbs": `<letter>\n<date>${call}</date></letter>` });
  const e = await caught(() => compose(letter("", dir), res));
  expect([e.kind, e.problems[0]?.message, e.problems[0]?.location], call).toEqual([
    "template",
    message,
    { file: `${dir}/letter.hbs`, line: 2, col: 7 },
  ]);
}

describe("compose", () => {
  it("escapes data so it cannot inject markup", () => {
    const markup = compose(letter('title: "<b>x</b> & \\"y\\""'), res);
    expect(markup).toContain('title="&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"');
  });

  it("keeps a data value's unclosed bidi override out of the pack's text around it", () => {
    // Handlebars' own escaping, as a pack prints a field beside its text.
    const dir = tempPack({ "letter.hbs": "<letter>\n<date>{{ps}} Page 2</date></letter>" });
    const markup = compose(letter('ps: "Jane\\u202e Roe"', dir), res);
    expect(markup).toContain("<date>Jane\u202e Roe\u202c Page 2</date>");
  });

  it("turns Markdown in the body into paragraphs and inline markup, escaping text", () => {
    const l = letter();
    l.data.body =
      "One **bold** and *it* <tag> & [a link](https://example.org/?a=1&b=2).\n\n- one\n- two";
    const markup = compose(l, res);
    expect(markup).toContain(
      '<p>One <b>bold</b> and <i>it</i> &lt;tag&gt; &amp; <a href="https://example.org/?a=1&amp;b=2">a link</a>.</p>',
    );
    expect(markup).toContain("<list><item>one</item><item>two</item></list>");
  });

  it("formats ISO dates for the letter's language", () => {
    const l = letter();
    l.data.lang = "de-DE";
    expect(compose(l, res)).toContain("<date>1. Juni 2021</date>");
  });

  it("reports a field the data lacks at its place in the template", async () => {
    // `subject` is in the senate schema but optional, with no default.
    const dir = tempPack({ "letter.hbs": "<letter>\n  <date>{{subject}}</date>\n</letter>\n" });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.kind).toBe("template");
    expect(e.problems[0]).toMatchObject({
      message: "subject is not set in the data",
      location: { file: `${dir}/letter.hbs`, line: 2, col: 9 },
    });
  });

  it("reports a field the schema does not declare before any letter is composed", async () => {
    const dir = tempPack({ "letter.hbs": "<letter>\n  <date>{{nosuchfield}}</date>\n</letter>\n" });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.kind).toBe("template");
    expect(e.problems[0]).toMatchObject({
      message: "the template reads `nosuchfield`, which the pack's schema does not declare",
      location: { file: `${dir}/letter.hbs`, line: 2, col: 11 },
    });
  });

  it("refuses to print a mapping or a list as text", async () => {
    const dir = tempPack({ "letter.hbs": "<letter><date>{{letterhead}}</date></letter>" });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems[0]?.message).toBe("letterhead is a mapping, not text");
    expect(e.problems[0]?.hints?.[0]).toBe("print one of its fields, e.g. {{letterhead.name}}");
  });

  it("refuses {{#each}} over text, which would repeat its block per character", async () => {
    const dir = tempPack({
      "letter.hbs":
        "<letter>\n<date>{{#each letterhead.lines}}{{this}}{{/each}}</date>\n" +
        "<p>{{#each salutation}}<b>{{this}}</b>{{/each}}</p></letter>",
    });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.kind).toBe("template");
    expect(e.problems).toEqual([
      {
        message: 'each: salutation is "Dear Secretary Doe,", not a list or a mapping',
        location: { file: `${dir}/letter.hbs`, line: 3, col: 4 },
        hints: ["e.g. {{#each items}}{{this}}{{/each}}"],
      },
    ]);
    // In a partial, at the partial's file; a value not set repeats nothing, as before.
    const partial = tempPack({
      "letter.hbs": "<letter>{{#each subject}}y{{/each}}{{> x}}</letter>",
      "partials/x.hbs": "<p>\n {{#each title}}{{this}}{{/each}}</p>",
    });
    const p = await caught(() => compose(letter('title: "Hi"', partial), res));
    expect(p.problems[0]).toMatchObject({
      message: 'each: title is "Hi", not a list or a mapping',
      location: { file: `${partial}/partials/x.hbs`, line: 2, col: 2 },
    });
  });

  it("reports unknown helpers and partials before rendering, all at once", async () => {
    const dir = tempPack({
      "letter.hbs": "<letter>\n{{shout salutation}}\n{{> nosuch}}\n</letter>",
    });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems.map((p) => [p.message, p.location?.line, p.location?.col])).toEqual([
      ["unknown helper shout", 2, 1],
      ["unknown partial nosuch", 3, 1],
    ]);
  });

  // A date the template itself writes is the template's mistake (exit 5), not the data's (4).
  it("blames the template for a date it writes that is no date, and the data for its own", async () => {
    const dir = tempPack({
      "letter.hbs": '<letter>\n  <date>{{date "2024-02-30"}}</date>\n</letter>',
    });
    const e = await caught(() => compose(letter("", dir), res));
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location?.line]).toEqual([
      "template",
      "2024-02-30 is not a real date",
      2,
    ]);
    const own = tempPack({ "letter.hbs": "<letter>\n  <date>{{date title}}</date>\n</letter>" });
    const d = await caught(() => compose(letter('title: "2024-02-30"', own), res));
    expect([d.kind, d.problems[0]?.message]).toEqual(["data", "2024-02-30 is not a real date"]);
  });

  // Before, each was a data error (exit 4): `{{lines this}}` at letter.yaml:1:1, `{{markdown
  // signers}}` at the data's signers (which the schema had accepted), `{{lines 42}}` at the
  // template's line; `{{lines signers}}` printed "[object Object]" for each signer.
  it.each([
    ["{{lines this}}", "lines: the value is a mapping, not text"],
    ["{{lines signers}}", "lines: item 1 is a mapping, not text"],
    ["{{lines 42}}", "expected a list of lines or multi-line text"],
    ["{{markdown this}}", "markdown: the value is a mapping, not text"],
    ["{{markdown signers}}", "markdown: the value is a list, not text"],
    ["{{markdown 42}}", "expected Markdown text"],
    ["{{date this}}", "date: the value is a mapping, not text"],
    // Before, these printed "[object Object]" and "[object Object],…" into the letter, exit 0.
    ["{{lookup signers 0}}", "lookup: the value is a mapping, not text"],
    ['{{lookup this "signers"}}', "lookup: the value is a list, not text"],
    // Before, these printed nothing, silently, whatever the data held.
    [
      "{{{{raw}}}}x{{y}}{{{{/raw}}}}",
      "{{{{raw}}}} opens a raw block, which missive's templates do not have",
    ],
    ["{{#title}}x{{/title}}", "unknown helper title"],
    ["{{^title}}x{{/title}}", "unknown helper title"],
  ])("blames %s on the template, at the call", async (call, message) => {
    await expectTemplateError(call, message);
  });

  // A written-out key is checked as the path it reads (audit39): "ps" is declared, unset here.
  it("prints what lookup finds when it is text, and nothing when it is not set", () => {
    const dir = tempPack({
      "letter.hbs":
        '<letter><date>[{{lookup this "title"}}|{{lookup this "ps"}}|{{lookup (lookup signers 0) "name"}}]</date></letter>',
    });
    expect(compose(letter('title: "A & B"', dir), res)).toContain(
      "<date>[A &amp; B||Signer Number 1]</date>",
    );
  });

  // Before, "eq has no option file": an option missive had added to the call itself.
  it("prints what eq and among give when a template prints them", () => {
    const dir = tempPack({
      "letter.hbs": '<letter><date>{{eq 1 1}} {{among "a" "a|b"}}</date></letter>',
    });
    expect(compose(letter("", dir), res)).toContain("<date>true true</date>");
  });

  // Before: "The partial undefined could not be found", at no line, once the letter rendered.
  it("refuses a partial whose name is computed, at its line", async () => {
    const dir = tempPack({ "letter.hbs": '<letter>\n  {{> (lookup . "which")}}\n</letter>' });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems.map((p) => [p.message, p.location?.line, p.location?.col])).toEqual([
      ["a partial's name is computed here; missive needs it written out", 2, 3],
    ]);
  });

  it("reports Handlebars syntax errors with the template file and line", async () => {
    const dir = tempPack({ "letter.hbs": "<letter>\n{{title}\n</letter>" });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems[0]).toMatchObject({
      message: "Handlebars syntax error: {{title} is never closed with }}",
      location: { file: `${dir}/letter.hbs`, line: 2, col: 1 },
    });
  });

  // Before, a thousand nested blocks (20 kB) ended in exit 70, "Maximum call stack size
  // exceeded", as the template was checked; a few thousand overflowed the parser, whose error
  // then took minutes to explain (below).
  it("refuses blocks or subexpressions nested more than 100 deep, at the first too deep", async () => {
    const blocks = `${"{{#with this}}".repeat(1000)}x${"{{/with}}".repeat(1000)}`;
    const nested = tempPack({ "letter.hbs": `<letter>\n<date>${blocks}</date></letter>` });
    const e = await caught(() => compose(letter("", nested), res));
    expect(e.kind).toBe("template");
    expect(e.problems[0]).toMatchObject({
      message: "{{#with this}} is nested more than 100 levels deep",
      location: { file: `${nested}/letter.hbs`, line: 2, col: 7 + 14 * 100 },
    });
    const calls = `{{lookup ${"(lookup ".repeat(150)}this "a"${")".repeat(150)} "b"}}`;
    const deep = tempPack({ "letter.hbs": `<letter><date>${calls}</date></letter>` });
    const d = await caught(() => compose(letter("", deep), res));
    expect(d.problems[0]?.message).toMatch(
      /^\{\{lookup \(lookup .* is nested more than 100 levels deep$/,
    );
  });

  // Before, each tag's line was counted from the start of the template: a template of a
  // hundred thousand lines with a mistake in its last took minutes to say where.
  it("finds the wrong tag of a template of a hundred thousand lines at once", () => {
    const long = `${"<p>{{salutation}}</p>\n".repeat(100_000)}{{foo (}}`;
    const error = new Error("Parse error on line 100001:\n...{{foo (}}\n-----^\nExpecting 'ID'");
    expect(syntaxProblem(error, long)).toMatchObject({
      message: "{{foo (}} cannot be read",
      line: 100_001,
      col: 0,
    });
  });

  // Before, "{{#if title}} is outside a block" at line 1: the first tag of the template, as an
  // {{else}} reads well alone and none on its line was found to blame.
  it.each([
    ["{{else}}", 3],
    ["<p>x</p>  {{else if title}}", 13],
    ["{{^}}", 3],
  ])("names a stray %s as outside a block, at it", async (stray, col) => {
    const hbs = `<letter>{{#if title}}<date>{{title}}</date>{{/if}}\n<p>y</p>\n  ${stray}\n</letter>`;
    const dir = tempPack({ "letter.hbs": hbs });
    const e = await caught(() => compose(letter("", dir), res));
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "template",
      `Handlebars syntax error: ${stray.replace("<p>x</p>  ", "")} is outside a block`,
      { file: `${dir}/letter.hbs`, line: 3, col },
    ]);
  });

  it("names an unclosed block and the line it opened on", async () => {
    const dir = tempPack({ "letter.hbs": "<letter>\n{{#if title}}\n</letter>" });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems[0]?.message).toBe("{{#if}} is never closed");
    expect(e.problems[0]?.location).toMatchObject({ file: `${dir}/letter.hbs`, line: 2, col: 1 });
  });

  it("refuses triple braces that would let data inject markup", async () => {
    const dir = tempPack({ "letter.hbs": "<letter>{{{salutation}}}</letter>" });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems[0]?.message).toBe("{{{salutation}}} would let data inject markup");
  });

  it("refuses paths into prototype properties at load time", async () => {
    const dir = tempPack({
      "letter.hbs": "<letter><date>{{salutation.constructor}}</date></letter>",
    });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems[0]?.message).toBe(
      "salutation.constructor reaches into JavaScript internals, not data",
    );
  });
});

describe("helper calls in a template", () => {
  it("are checked when the pack loads: values, block or not, options; never a crash", async () => {
    const cases: [string, string][] = [
      ["{{date date 1 2}}", "date takes 1 value, not 3"],
      ['{{date date style="tiny"}}', 'date: style="tiny" is not one of full, long, medium, short'],
      ["{{#date date}}x{{/date}}", "date is not a block"],
      ["{{#if}}x{{/if}}", "if takes 1 value, not 0"],
      ["{{#each}}x{{/each}}", "each takes 1 value, not 0"],
      ["{{markdown body 1}}", "markdown takes 1 value, not 2"],
    ];
    for (const [call, message] of cases) await expectTemplateError(call, message);
  });
});

describe("labelled and join given what is not text", () => {
  it("refuse a list or a mapping at the call; join prints one text as it is", async () => {
    const cases: [string, string][] = [
      ['{{labelled "ps" recipient}}', "labelled: the value is a list, not text"],
      ["{{join letterhead}}", "join: the value is a mapping, not text"],
    ];
    for (const [call, message] of cases) await expectTemplateError(call, message);
    const items = tempPack({
      "letter.hbs": '<letter>\n<date>{{join signers " / "}}</date></letter>',
    });
    const listed = await caught(() => compose(letter("", items), res));
    expect(listed.problems[0]?.message).toBe("join: item 1 is a mapping, not text");
    // What another helper printed is text, and is not escaped a second time.
    const nested = tempPack({
      "letter.hbs": '<letter><date>{{labelled "ps" (join recipient " & ")}}</date></letter>',
    });
    expect(compose(letter("", nested), res)).toMatch(/<date>P\.S\. [^<&]+ &amp; [^<]+<\/date>/);
    const one = tempPack({
      "letter.hbs": '<letter><date>{{join salutation " / "}}</date></letter>',
    });
    expect(compose(letter("", one), res)).toMatch(/<date>Dear [^<]+<\/date>/);
    // letters36: one text of several lines is its lines (a company's name over two, named on
    // one line in a running header).
    const lines = tempPack({ "letter.hbs": '<letter><date>{{join ps " / "}}</date></letter>' });
    expect(compose(letter('ps: "Muster GmbH\\nNiederlassung Köln\\n"', lines), res)).toMatch(
      /<date>Muster GmbH \/ Niederlassung Köln<\/date>/,
    );
  });
});

describe("lookup in a template", () => {
  it("works with an object and a key, and is a located template error with any other count", async () => {
    const ok = tempPack({
      "letter.hbs": '<letter><date>{{lookup letterhead "org"}}</date></letter>',
    });
    expect(compose(letter("", ok), res)).toMatch(/<date>[^<]+<\/date>/);
    const dir = tempPack({
      "letter.hbs": '<letter>\n<date>{{lookup . "x" "y" "z"}}</date></letter>',
    });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.kind).toBe("template");
    expect(e.problems[0]).toMatchObject({
      message: "lookup takes two arguments, an object and a key, not 4",
      location: { file: `${dir}/letter.hbs`, line: 2, col: 7 },
    });
  });
});

describe("compose after the pack is read again (as in every start from the snapshot)", () => {
  const again = (dir: string, edit: Record<string, string>) => {
    for (const [name, text] of Object.entries(edit)) writeFileSync(join(dir, name), text);
    forgetPacks(res);
    return letter("", dir);
  };

  it("uses the templates as they are now, once their text changed", () => {
    const dir = tempPack({ "letter.hbs": "<letter><date>first</date></letter>" });
    expect(compose(letter("", dir), res)).toContain("first");
    expect(
      compose(again(dir, { "letter.hbs": "<letter><date>second</date></letter>" }), res),
    ).toContain("second");
    mkdirSync(join(dir, "partials"), { recursive: true });
    const withPartial = again(dir, {
      "letter.hbs": "<letter><date>{{> stamp}}</date></letter>",
      "partials/stamp.hbs": "third",
    });
    expect(compose(withPartial, res)).toContain("third");
    expect(compose(again(dir, { "partials/stamp.hbs": "fourth" }), res)).toContain("fourth");
  });

  it("checks the templates again against a schema that changed", async () => {
    const dir = tempPack({ "letter.hbs": "<letter><date>{{subject}}</date></letter>" });
    expect(compose(letter('subject: "Re"', dir), res)).toContain("Re");
    const schema = JSON.parse(readFileSync(join(dir, "schema.json"), "utf8"));
    delete schema.properties.subject;
    again(dir, { "schema.json": JSON.stringify(schema) });
    const e = await caught(() => compose(letter("", dir), res));
    expect(e.problems[0]?.message).toMatch(/reads `subject`, which the pack's schema does not/);
  });
});

describe("data fields named like helpers", () => {
  it("print the data, inside {{#each}} and at the root", () => {
    const names = ["label", "date", "lines", "markdown", "asset", "join", "eq", "lookup", "log"];
    const schema = JSON.parse(readFileSync(join(ROOT, "templates/senate/schema.json"), "utf8"));
    schema.properties.rows = {
      type: "array",
      items: {
        type: "object",
        properties: Object.fromEntries(names.map((n) => [n, { type: "string" }])),
      },
    };
    const fields = names.map((n) => `{{${n}}}`).join(" ");
    const dir = tempPack({
      "schema.json": JSON.stringify(schema),
      "letter.hbs": `<letter><p>{{#each rows}}{{#if label}}<b>${fields}</b>{{/if}}{{/each}}</p><date>{{date}}</date></letter>`,
    });
    const row = names.map((n) => `${n}: ${n.toUpperCase()}`).join(", ");
    const markup = compose(letter(`rows:\n  - { ${row} }`, dir), res);
    expect(markup).toContain(`<b>${names.map((n) => n.toUpperCase()).join(" ")}</b>`);
    expect(markup).toContain("<date>2021-06-01</date>");
  });
});

describe("line breaks written in the data", () => {
  it("reach the markup as U+2028 in text and attributes, trailing ones dropped", () => {
    const dir = tempPack({
      "letter.hbs":
        '<letter title="{{subject}}"><subject>{{subject}}</subject><address>{{lines recipient}}</address></letter>',
    });
    const l = letter("", dir);
    l.data.subject = "Re: one\ntwo\n";
    l.data.recipient = ["A\nB", "C"];
    expect(compose(l, res)).toBe(
      '<letter title="Re: one&#x2028;two"><subject>Re: one&#x2028;two</subject><address><line>A&#x2028;B</line><line>C</line></address></letter>',
    );
  });
});

// review36: `lines` read a text's lines by "\n" alone, `join` by textLines: a YAML `|` block's
// last line break made an empty last line of the address, and a U+2028 typed in the data none.
describe("a text of several lines given to lines and join", () => {
  it("is its lines as join reads them, without the line break that ends it", () => {
    const dir = tempPack({
      "letter.hbs":
        '<letter><address>{{lines subject}}</address><p>{{join subject " · "}}</p></letter>',
    });
    const l = letter("", dir);
    l.data.subject = "Acme Ltd\nWorks\u2028Dept\n";
    expect(compose(l, res)).toBe(
      "<letter><address><line>Acme Ltd</line><line>Works</line><line>Dept</line></address><p>Acme Ltd · Works · Dept</p></letter>",
    );
  });
});

// letters22: "Moncton NB  E1C 4X5" lost one of its two spaces (Canada Post asks for two).
describe("spaces written between the words of a line", () => {
  it("reach the markup kept, as no-break spaces; a single space stays one", () => {
    const dir = tempPack({
      "letter.hbs": "<letter><address>{{lines recipient}}</address></letter>",
    });
    const l = letter("", dir);
    l.data.recipient = ["140, rue Botsford", "Moncton NB  E1C 4X5", "  indented   "];
    expect(compose(l, res)).toBe(
      "<letter><address><line>140, rue Botsford</line><line>Moncton NB\u00a0\u00a0E1C 4X5</line><line>  indented   </line></address></letter>",
    );
  });

  // letterhead28: a subject of fields typed apart ("DY13 8QT    Tel: …") lost its spaces,
  // where an address line kept them.
  it('reach a subject kept (markdown spaces="kept"), as on an address line; a postscript\'s collapse', () => {
    const l = letter();
    l.data.subject = "Re: 4 Mill Lane, DY13 8QT    Tel: *07700 900123*";
    l.data.ps = "Call me.  Soon.";
    const markup = compose(l, res);
    expect(markup).toContain(
      "<subject>Re: 4 Mill Lane, DY13 8QT\u00a0\u00a0\u00a0\u00a0Tel: <i>07700 900123</i></subject>",
    );
    expect(markup).toContain("Call me.  Soon.");
  });
});

describe("Markdown list items", () => {
  it("keep every paragraph and nested lists inside the item", () => {
    const l = letter();
    l.data.body = "1. One.\n\n   Two (21 CFR 211.22).\n   - nested\n2. Three";
    expect(compose(l, res)).toContain(
      '<list ordered="true" loose="true"><item>One.<p>Two (21 CFR 211.22).</p><list><item>nested</item></list></item><item>Three</item></list>',
    );
  });
});

describe("markdown's list markers", () => {
  it("are checked where the template asks for them", async () => {
    const dir = tempPack({
      "letter.hbs": '<letter>\n<body>{{markdown body numbering="1. 1-1"}}</body></letter>',
    });
    const l = letter("", dir);
    l.data.body = "1. x";
    const e = await caught(() => compose(l, res));
    expect(e.problems[0]).toMatchObject({
      message: "numbering: 1-1 is not a numbering pattern",
      location: { file: `${dir}/letter.hbs`, line: 2 },
      hints: [
        'write e.g. numbering="1. a) (i)": a counter 1, a, A, i, I or 가 with punctuation around it, or after clause numbers (2.1)',
      ],
    });
  });
});

describe("the pack's values (@pack)", () => {
  const din = readFileSync(join(ROOT, "data", "din5008-angebot-2024.yaml"), "utf8");
  const markup = (form: string) =>
    compose(
      loadLetter(
        { file: join(ROOT, "data", "din.yaml"), text: din.replace(/^form: B$/m, `form: ${form}`) },
        { cwd: ROOT },
        res,
      ),
      res,
    );

  it("give the din5008 templates the places of the letter's form, from template.yaml", () => {
    const [a, b] = [markup("A"), markup("B")];
    expect(a).toContain('<letterhead height="60.46mm"/>');
    expect(b).toContain('<letterhead height="78.46mm"/>');
    expect(a).toMatch(/<place x="25mm" y="44.7mm" width="80mm" height="27.3mm"\s/);
    expect(b).toMatch(/<place x="25mm" y="62.7mm" width="80mm" height="27.3mm"\s/);
  });
});

// A Chinese or Japanese reference typed with its own label ("我方文号：") printed the pack's
// before it ("文号： 我方文号：HL-24"): only a colon and a space ended a label of its own.
describe("the business pack's reference line in Chinese and Japanese", () => {
  const reference = (lang: string, value: string) => {
    const text = `template: business\nlang: ${lang}\nbody: Text.\nreference: ${JSON.stringify(value)}\n`;
    const l = loadLetter({ file: `${ROOT}/data/inline-reference.yaml`, text }, { cwd: ROOT }, res);
    return compose(l, res).match(/<reference><line>(.*?)<\/line><\/reference>/)?.[1];
  };

  it("keeps a label ending in a full-width colon in place of the pack's", () => {
    expect(reference("zh-CN", "我方文号：HL-24")).toBe("我方文号：HL-24");
    expect(reference("ja", "弊社番号：HL-24")).toBe("弊社番号：HL-24");
  });

  // "附言： 请回复。": a space after the full-width colon, which has room of its own.
  it("sets the pack's label ending in a full-width colon with no space after it", () => {
    expect(reference("zh-CN", "HL-24")).toBe("文号：HL-24");
    expect(reference("ja", "HL-24")).toBe("文書番号：HL-24");
    expect(reference("en-US", "HL-24")).toBe("Reference: HL-24");
  });
});

describe("a postscript that starts with its own P.S.", () => {
  const ps = (text: string, lang = "en-US") =>
    compose(letter(`lang: ${lang}\nps: ${JSON.stringify(text)}`), res).match(/<ps>.*?<\/ps>/)?.[0];

  it("is printed as written, not after the pack's label a second time", () => {
    expect(ps("P.S. Call me on Friday.")).toBe("<ps>P.S. Call me on Friday.</ps>");
    expect(ps("PS: Call me.")).toBe("<ps>PS: Call me.</ps>");
    expect(ps("p. s. Call me.")).toBe("<ps>p. s. Call me.</ps>");
    expect(ps("PS: Bis bald.", "de-DE")).toBe("<ps>PS: Bis bald.</ps>");
  });

  it("gets the label otherwise, also when it begins with the label's letters", () => {
    expect(ps("Call me.")).toBe("<ps>P.S. Call me.</ps>");
    expect(ps("Psst: the gift is matched.")).toBe("<ps>P.S. Psst: the gift is matched.</ps>");
    expect(ps("Bis bald.", "de-DE")).toBe("<ps>PS: Bis bald.</ps>");
    // A label of its own replaces the pack's only where the pack asks (ownLabel=true).
    expect(ps("Note: we moved.")).toBe("<ps>P.S. Note: we moved.</ps>");
  });
});
