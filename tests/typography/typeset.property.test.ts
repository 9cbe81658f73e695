import fc from "fast-check";
import { expect, it } from "vitest";
import type { Run } from "../../src/model/letter-doc.js";
import { typeset } from "../../src/typography/typeset.js";
import { ALL_OFF, ALL_ON } from "../../src/typography/typography-options.js";

// Text made of the characters the passes look at, and others, in runs of mixed formats.
const piece = fc.constantFrom(..."aé5 .,;:!?'\"«»-–§%", "Mr.", "km", "z. B.", "http://x.y/'a'");
const run = fc.record({
  text: fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
  italic: fc.boolean(),
  lang: fc.constantFrom("en", "de", "fr", "ru", "sv"),
});
const lines = fc.array(fc.array(run, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 3,
});
const numRuns = Number(process.env.FUZZ_RUNS ?? 200);

it("changes only quotes, one character for one, and keeps every run's format", () => {
  fc.assert(
    fc.property(lines, fc.constantFrom("en", "de", "fr"), (ls: Run[][], lang) => {
      const out = typeset(ls, lang, { ...ALL_OFF, quotes: true });
      expect(out.map((l) => l.map(({ text, ...f }) => f))).toEqual(
        ls.map((l) => l.map(({ text, ...f }) => f)),
      );
      out.flat().forEach((r, i) => {
        const before = ls.flat()[i]?.text ?? "";
        expect(r.text.length).toBe(before.length);
        for (let k = 0; k < before.length; k++)
          if (before[k] !== "'" && before[k] !== '"') expect(r.text[k]).toBe(before[k]);
      });
    }),
    { numRuns },
  );
});

it("adds nothing but spaces, and turns only spaces into others, for spacing and ties", () => {
  fc.assert(
    fc.property(lines, fc.constantFrom("en", "de", "fr", "ru"), (ls: Run[][], lang) => {
      const out = typeset(ls, lang, { ...ALL_ON, quotes: false, dashes: false });
      out.flat().forEach((r, i) => {
        const plain = r.text.replaceAll("\u202f", " ").replace(/[\u00a0\ufdd1\ufdd2]/g, " ");
        const before = ls.flat()[i]?.text ?? "";
        expect(plain.replaceAll(" ", "")).toBe(before.replaceAll(" ", ""));
      });
    }),
    { numRuns },
  );
});

it("never sets two spaces side by side where the text had one", () => {
  fc.assert(
    fc.property(lines, fc.constantFrom("fr", "en"), (ls: Run[][], lang) => {
      const text = (l: Run[]) => l.map((r) => r.text).join("");
      fc.pre(ls.every((l) => !/\s\s/.test(text(l))));
      for (const l of typeset(ls, lang, ALL_ON)) expect(text(l)).not.toMatch(/\s\s/);
    }),
    { numRuns },
  );
});
