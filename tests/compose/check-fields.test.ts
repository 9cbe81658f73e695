import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareTemplates } from "../../src/compose/compose.js";
import type { MissiveError } from "../../src/errors.js";
import { loadPack } from "../../src/load/load-pack.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

function packWith(letter: string, partial?: string, manifest = "") {
  const dir = tempDir("fields");
  mkdirSync(join(dir, "partials"));
  writeFileSync(
    join(dir, "template.yaml"),
    `name: t\nschema: schema.json\nfonts:\n  serif: { regular: pkg:dejavu-fonts-ttf/ttf/DejaVuSerif.ttf }\n${manifest}`,
  );
  writeFileSync(
    join(dir, "schema.json"),
    JSON.stringify({
      type: "object",
      properties: {
        recipient: { type: "array", items: { type: "string" } },
        sender: { type: "object", properties: { name: { type: "string" } } },
        signers: {
          type: "array",
          items: { type: "object", properties: { name: { type: "string" } } },
        },
      },
    }),
  );
  writeFileSync(join(dir, "letter.hbs"), letter);
  if (partial) writeFileSync(join(dir, "partials", "p.hbs"), partial);
  return loadPack(dir, dir, res);
}

function problems(letter: string, partial?: string, manifest?: string): string[] {
  const pack = packWith(letter, partial, manifest);
  try {
    prepareTemplates(pack, res);
    return [];
  } catch (e) {
    return (e as MissiveError).problems.map((p) => {
      const l = p.location;
      return `${l?.file?.split("/").pop()}:${l?.line}:${l?.col}: ${p.message} (${p.hints?.[0]})`;
    });
  }
}

describe("checkFields", () => {
  // Before, only `sender` was checked: the text's length was printed, a typo printed nothing.
  it("checks what lookup reads when its key is written out", () => {
    expect(
      problems(
        '<letter>{{lookup sender "name"}}{{lookup recipient 0}}{{lookup sender.name "length"}}{{lookup sender "nmae"}}</letter>',
      ),
    ).toEqual([
      "letter.hbs:1:64: the template reads `sender.name.length`, but `sender.name` is text, which has no fields (read `sender.name` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:1:95: the template reads `sender.nmae`, which the pack's schema does not declare (did you mean `name`?)",
    ]);
  });

  // Before, a partial included by a string (`{{> "p"}}`, as Handlebars allows) was not
  // walked: the fields it read went unchecked.
  it("checks a partial included by a name written as a string", () => {
    expect(problems('<letter>{{> "p"}}</letter>', "{{recipeint}}")).toEqual([
      "p.hbs:1:3: the template reads `recipeint`, which the pack's schema does not declare (did you mean `recipient`?)",
    ]);
  });

  // Before, `{{sender.name.length}}` printed the text's length and `{{sender.name.[0]}}` its
  // first letter: JavaScript's properties of a string, not fields the schema declares. A
  // list's length and items stay: the built-in packs test `recipient.length`.
  it("reads no property of text, and a list's length and items only of a list", () => {
    expect(
      problems(
        "<letter>{{recipient.length}}{{recipient.[0]}}{{signers.[0].name}}\n{{sender.name.length}}{{signers.[0].name.[0]}}{{@root.recipient.[0].length}}</letter>",
      ),
    ).toEqual([
      "letter.hbs:2:3: the template reads `sender.name.length`, but `sender.name` is text, which has no fields (read `sender.name` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:2:25: the template reads `signers.0.name.0`, but `signers.0.name` is text, which has no fields (read `signers.0.name` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:2:49: the template reads `recipient.0.length`, but `recipient.0` is text, which has no fields (read `recipient.0` itself; a list's `length` and items (`.[0]`) are a list's only)",
    ]);
  });

  // merge41: `{{#each recipient}}{{this.length}}{{/each}}` printed each line's length, and
  // `{{lookup sender.name key}}` a property of a text named by the data: only paths from the
  // top level were checked.
  it("reads no property of text in a loop's or a with's body, nor by a lookup's data key", () => {
    expect(
      problems(
        [
          "<letter>{{#each recipient}}{{this}}{{this.length}}{{./[0]}}{{length}}{{/each}}",
          "{{#each signers}}{{name}}{{name.length}}{{../recipient.length}}{{#with name}}{{length}}{{/with}}{{/each}}",
          "{{#with sender}}{{name.length}}{{/with}}{{#each @root.recipient}}{{this.length}}{{/each}}",
          "{{lookup sender.name lang}}{{lookup sender lang}}{{lookup recipient lang}}{{#each recipient}}{{lookup this ../lang}}{{/each}}</letter>",
        ].join("\n"),
      ),
    ).toEqual([
      "letter.hbs:1:38: the template reads `this.length`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:1:53: the template reads `./0`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:1:62: the template reads `length`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:2:28: the template reads `name.length`, but `name` is text, which has no fields (read `name` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:2:80: the template reads `length`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:3:19: the template reads `name.length`, but `name` is text, which has no fields (read `name` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:3:68: the template reads `this.length`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:4:10: the template reads `sender.name.[lang]`, but `sender.name` is text, which has no fields (read `sender.name` itself; a list's `length` and items (`.[0]`) are a list's only)",
      "letter.hbs:4:103: the template reads `this.[../lang]`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
    ]);
  });

  // review41: a block param was read as a path of the loop's item: `{{line}}` in a loop over
  // the address's lines was refused as reading a property of text.
  it("passes over what a block's params name", () => {
    expect(
      problems(
        [
          "<letter>{{#each recipient as |line i|}}{{line}}{{i}}{{lookup line 0}}{{lookup ../recipient i}}{{/each}}",
          "{{#with sender.name as |n|}}{{n}}{{#each ../recipient as |r|}}{{r}}{{n}}{{/each}}{{/with}}",
          "{{#each recipient as |line|}}{{this.length}}{{/each}}</letter>",
        ].join("\n"),
      ),
    ).toEqual([
      "letter.hbs:3:32: the template reads `this.length`, but `this` is text, which has no fields (read `this` itself; a list's `length` and items (`.[0]`) are a list's only)",
    ]);
  });

  it("takes a partial given a context as reading what it is given", () => {
    expect(
      problems("<letter>{{#each recipient}}{{/each}}{{> p sender}}</letter>", "{{name}}{{length}}"),
    ).toEqual([]);
  });

  // Before: `{{#each @pack.partnrs}}` printed no partners on any letter, without a word.
  it("reports a @pack value the manifest's values do not hold, in partials too", () => {
    const values = "values:\n  partners: [A, B]\n  top: { A: 8mm }\n";
    expect(
      problems(
        "<letter>{{#each @pack.partners}}{{this}}{{/each}}{{@pack.partners.length}}{{lookup @pack.top recipient.[0]}}{{@pack.top.A}}{{> p}}</letter>",
        "{{#each @pack.partnrs}}{{this}}{{/each}}\n{{@pack.top.B}}{{@pack.office}}",
        values,
      ),
    ).toEqual([
      "p.hbs:1:9: the template reads `@pack.partnrs`, which the pack's `values` do not hold (did you mean `@pack.partners`?)",
      "p.hbs:2:3: the template reads `@pack.top.B`, which the pack's `values` do not hold (the values here: A)",
      "p.hbs:2:18: the template reads `@pack.office`, which the pack's `values` do not hold (the values here: partners, top)",
    ]);
  });

  // Before: exit 70, "Cannot read properties of undefined (reading 'file')" with a stack
  // trace: the check looked a partial up among the pack's by a plain index, which finds what
  // every object inherits.
  it("tells a partial named as an object's own property (toString, constructor) is unknown", () => {
    for (const name of ["toString", "constructor", "__proto__", "valueOf"])
      expect(problems(`{{> ${name}}}`, "x")).toEqual([
        `letter.hbs:1:1: unknown partial ${name} (known partials: p)`,
      ]);
  });

  it("accepts fields the schema declares, list lengths and items, and loop bodies", () => {
    expect(
      problems(
        "<letter>{{recipient.[0]}}{{recipient.length}}{{sender.name}}{{lang}}{{#each signers}}{{name}}{{@index}}{{/each}}</letter>",
      ),
    ).toEqual([]);
  });

  it("reports each unknown field with its place and a guess", () => {
    expect(
      problems(
        "<letter>\n  {{recipeint.[0]}}\n  {{#if sender.nmae}}x{{/if}}{{@root.foo}}</letter>",
      ),
    ).toEqual([
      "letter.hbs:2:5: the template reads `recipeint`, which the pack's schema does not declare (did you mean `recipient`?)",
      "letter.hbs:3:9: the template reads `sender.nmae`, which the pack's schema does not declare (did you mean `name`?)",
      "letter.hbs:3:32: the template reads `foo`, which the pack's schema does not declare (add foo to the schema's properties)",
    ]);
  });

  it("checks partials used at the top level, and parent paths inside loops", () => {
    expect(
      problems(
        "<letter>{{> p}}{{#each signers}}{{../sendr.name}}{{/each}}</letter>",
        "{{subject}}",
      ),
    ).toEqual([
      "p.hbs:1:3: the template reads `subject`, which the pack's schema does not declare (add subject to the schema's properties)",
      "letter.hbs:1:35: the template reads `sendr`, which the pack's schema does not declare (did you mean `sender`?)",
    ]);
  });

  // Before, exit 70, "Maximum call stack size exceeded": the partial was checked one context
  // deeper each time it included itself, without end, though it renders (each ends it).
  it("checks a partial that includes itself inside a loop, at every depth a path climbs", () => {
    const partial = "{{#each signers}}{{> p}}{{> p}}{{../../sendr}}{{/each}}{{@root.recipent}}";
    const told = [
      "p.hbs:1:58: the template reads `recipent`, which the pack's schema does not declare (did you mean `recipient`?)",
      "p.hbs:1:34: the template reads `sendr`, which the pack's schema does not declare (did you mean `sender`?)",
    ];
    expect(problems("<letter>{{> p}}</letter>", partial)).toEqual(told);
    expect(problems("<letter>{{#with sender}}{{> p}}{{/with}}</letter>", partial)).toEqual(told);
  });
});
