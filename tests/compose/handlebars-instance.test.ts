import { afterEach, expect, it, vi } from "vitest";
import { compileNamePattern } from "../../src/batch/name-pattern.js";
import { compileRecordTexts } from "../../src/batch/record-texts.js";
import { compose } from "../../src/compose/compose.js";
import { loadLetter } from "../../src/load/load-letter.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { senateLetter } from "../helpers/letters.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempPack } from "../helpers/temp-pack.js";

// A template that reaches a property of a prototype prints nothing (Handlebars denies the
// access), and Handlebars then wrote three lines of its own to stderr, past --quiet and
// unescaped, about runtime options a pack cannot set. It logs each property once per process:
// each case reaches a property of its own.
const consoleCalls = () =>
  (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));

afterEach(() => {
  vi.restoreAllMocks();
});

it("writes nothing to the console when a pack's template reaches a prototype's property", () => {
  const spies = consoleCalls();
  const dir = tempPack({
    "letter.hbs": '<letter><date>{{lookup this "toLocaleString"}}</date></letter>',
  });
  const markup = compose(loadLetter(senateLetter(1, 2), { cwd: ROOT, template: dir }, res), res);
  expect(markup).toContain("<date></date>");
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
});

it("writes nothing to the console when a merge's text or --name reaches one", () => {
  const spies = consoleCalls();
  const t = compileRecordTexts(
    parseYaml({
      file: "letter.yaml",
      text: "body: 'x{{#with (lookup this \"valueOf\")}}y{{/with}}'",
    }),
    { lang: "en-US", labels: {}, markdown: ["body"] },
    res.formats,
  );
  expect(t.personalise({ index: 0, line: 2, data: { a: "1" } })).toEqual({ body: "x" });
  const name = compileNamePattern('{{#with (lookup this "hasOwnProperty")}}y{{/with}}n.pdf');
  expect(name({ a: "1" }, 0, 1)).toBe("n.pdf");
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
});
