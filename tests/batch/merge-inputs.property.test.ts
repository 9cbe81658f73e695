import { writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlayRecord } from "../../src/batch/merge-record.js";
import { compileNamePattern } from "../../src/batch/name-pattern.js";
import { namePlanner } from "../../src/batch/plan-names.js";
import { type RecordFormat, readRecords } from "../../src/batch/read-records.js";
import { isMissiveError } from "../../src/errors.js";
import { fuzzTick } from "../helpers/fuzz-progress.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * Properties of the merge's inputs from strangers: whatever the records file holds and
 * whatever a name pattern says over whatever data, reading and naming end either in records
 * and names or in a missive error (never a crash, never a hang), and every name lies inside
 * the output folder with nothing invisible or unprintable in it. In-process and fast, so
 * `npm run fuzz` (FUZZ_RUNS=100000) runs each a hundred thousand times.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const OUT = join(tempDir("names"), "out");
// biome-ignore lint/suspicious/noControlCharactersInRegex: what no name may hold
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*\\\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "..",
    "../..",
    "/etc/passwd",
    "CON",
    ".hidden",
    "a\u202Efdp.exe",
    "\uFEFF",
    " . ",
  ),
);
const patternPiece = fc.oneof(
  nasty,
  fc.constantFrom("{{", "}}", "{{name}}", "{{slug name}}", "{{pad @number}}", "{{upper x}}"),
  fc.constantFrom("{{lookup . 'constructor'}}", "{{#each list}}{{this}}{{/each}}", "/", ".pdf"),
);
const pattern = fc.array(patternPiece, { maxLength: 6 }).map((p) => p.join(""));
const data = fc.record({ name: nasty, x: nasty, list: fc.array(nasty, { maxLength: 3 }) });

describe("merge inputs never fail uncleanly", () => {
  it("for any --name pattern over any data", () => {
    fc.assert(
      fc.property(pattern, data, (p, d) => {
        fuzzTick();
        let names: string[] = [];
        try {
          const planner = namePlanner({
            pattern: compileNamePattern(p),
            outDir: OUT,
            formats: ["pdf", "txt"],
            total: 1,
            recordsLabel: "r.csv",
            reserved: {},
            cwd: OUT,
          });
          names = Object.values(planner.add({ index: 0, line: 2, data: d }, overlayRecord({}, d)));
        } catch (e) {
          if (!isMissiveError(e)) throw e;
          return;
        }
        for (const name of names) {
          const rel = relative(OUT, name);
          expect(rel.startsWith(`..${sep}`) || rel === "" || rel.startsWith(sep)).toBe(false);
          expect(rel).not.toMatch(UNSAFE);
          for (const part of rel.split(sep)) expect(Buffer.byteLength(part)).toBeLessThan(256);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each(["csv", "jsonl", "yaml", "json"] as RecordFormat[])(
    "for any text as a %s records file",
    async (format) => {
      const dir = tempDir(`records-${format}`);
      const file = join(dir, `r.${format}`);
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => {
          fuzzTick();
          writeFileSync(file, text);
          try {
            for await (const rec of readRecords({ file, label: `r.${format}`, format }))
              expect(rec.data).toBeTypeOf("object");
          } catch (e) {
            if (!isMissiveError(e)) throw e;
          }
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    },
  );
});
