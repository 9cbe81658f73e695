import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/render.js";
import { runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// A standard reader and validator, as an editor's YAML language server or a CI job has them:
// YAML 1.2 as the yaml package reads it by default, and ajv with the schema missive publishes.
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const UNPKG = `https://unpkg.com/${PACKAGE.name}@${PACKAGE.version}/`;
const printed = new Map<string, object>();

function missiveSchema(pack: string): object {
  const hit = printed.get(pack);
  if (hit) return hit;
  const r = runBin(["schema", pack]);
  expect(r.code, r.stderr).toBe(0);
  const schema = JSON.parse(r.stdout);
  printed.set(pack, schema);
  return schema;
}

function standardErrors(schema: object, yamlText: string): string[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validate(parse(yamlText))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The file a letter's `# yaml-language-server: $schema=…` line names (unpkg: this package's). */
function schemaOf(letter: string): { ref: string; file: string } {
  const ref = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(letter, "utf8"))?.[1];
  expect(ref).toBeDefined();
  const file = ref?.startsWith(UNPKG)
    ? join(ROOT, ref.slice(UNPKG.length))
    : resolve(dirname(letter), ref ?? "");
  return { ref: ref ?? "", file };
}

const check = (file: string, cwd = ROOT) => runBin(["check", "-q", file], { cwd }).code;
const examples = readdirSync(join(ROOT, "data")).filter((f) => f.endsWith(".yaml"));

describe("the schema missive publishes, under a standard validator", () => {
  it.each(examples)("accepts data/%s, as missive check does", (name) => {
    const text = readFileSync(join(ROOT, "data", name), "utf8");
    // A letter may carry its own pack in templates/ next to it, as the lookup finds it.
    const own = join("data", "templates", parse(text).template);
    const schema = missiveSchema(existsSync(join(ROOT, own)) ? own : parse(text).template);
    expect(standardErrors(schema, text)).toEqual([]);
    expect(check(join("data", name))).toBe(0);
  });

  it.each(["senate", "business", "din5008", "personal"])(
    "accepts the %s letter init writes, through the file its $schema line names",
    (pack) => {
      const dir = tempDir("schema-ref");
      expect(runBin(["init", "-q", "-t", pack], { cwd: dir }).code).toBe(0);
      const letter = join(dir, "letter.yaml");
      // Outside any project that installed missive: the package's file on unpkg.com.
      const { ref, file } = schemaOf(letter);
      expect(ref).toBe(`${UNPKG}dist/schemas/${pack}.json`);
      const schema = JSON.parse(readFileSync(file, "utf8"));
      expect(schema).toEqual(missiveSchema(pack));
      expect(standardErrors(schema, readFileSync(letter, "utf8"))).toEqual([]);
      expect(check(letter, dir)).toBe(0);
    },
  );

  it("agrees with check on a number kept as written, an unknown key and a missing field", () => {
    const dir = tempDir("schema-agree");
    // Without its logo, which lies beside the example, not in this folder.
    const base = readFileSync(join(ROOT, "data/business-northwind-2024.yaml"), "utf8").replace(
      /^ {2}logo: .*\n/m,
      "",
    );
    const schema = missiveSchema("business");
    const cases: [string, string, boolean][] = [
      ["reference: 0417", base.replace(/^reference: .*$/m, "reference: 0417"), true],
      ["recipent", base.replace(/^recipient:/m, "recipent:"), false],
      ["no body", base.replace(/^body:/m, "bodie:"), false],
    ];
    for (const [what, text, valid] of cases) {
      const file = join(dir, "letter.yaml");
      writeFileSync(file, text);
      expect(standardErrors(schema, text).length === 0, what).toBe(valid);
      expect(check(file, dir) === 0, what).toBe(valid);
    }
  });

  it("is the ejected pack's own schema after init --eject, which now declares template", () => {
    const dir = tempDir("schema-eject");
    expect(runBin(["init", "-q", "--eject"], { cwd: dir }).code).toBe(0);
    const letter = join(dir, "letter.yaml");
    const { ref, file } = schemaOf(letter);
    expect(ref).toBe("templates/business/schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8"));
    expect(Object.keys(schema.properties)).toContain("template");
    expect(standardErrors(schema, readFileSync(letter, "utf8"))).toEqual([]);
    expect(check(letter, dir)).toBe(0);
  });
});
