import { expect, it } from "vitest";
import { unclosedBlock } from "../../src/compose/unclosed-block.js";

it("finds the innermost block left open, where it opened", () => {
  expect(unclosedBlock("<a>\n  {{#if x}}\n  {{#each y}}{{this}}\n")).toEqual({
    name: "each",
    line: 3,
    col: 3,
  });
  expect(unclosedBlock("{{#with a}}\n{{#each b}}{{/each}}\n")).toEqual({
    name: "with",
    line: 1,
    col: 1,
  });
});

it("ignores closed blocks, else, comments and inverse sections that are closed", () => {
  expect(unclosedBlock("{{#if a}}x{{else}}y{{/if}}{{^b}}z{{/b}}")).toBeUndefined();
  expect(unclosedBlock("{{!-- {{#each x}} --}}{{! {{#if y}} }}")).toBeUndefined();
  expect(unclosedBlock("{{~#each x~}}{{/each}}")).toBeUndefined();
});
