import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createResources, defaultResources } from "../src/resources.js";
import { ROOT } from "./helpers/render.js";

/**
 * What holds state from one call to the next at the top level of a module: a `let` or `var`;
 * a Map, Set, WeakMap or WeakSet not typed read-only (ReadonlyMap, ReadonlySet: a lookup
 * table); an empty array or object, which exists only to be filled.
 */
function moduleState(source: string): string[] {
  const found: string[] = [];
  for (const line of source.split("\n")) {
    const variable = /^(?:export )?(let|var) +([\w$]+)/.exec(line);
    if (variable) found.push(`${variable[1]} ${variable[2]}`);
    const decl = /^(?:export )?const +([\w$]+) *(?::([^=]+))?= *(.*?);?$/.exec(line);
    if (!decl) continue;
    const [, name, type = "", value = ""] = decl;
    const collection = /^new (Map|Set|WeakMap|WeakSet)\b/.exec(value)?.[1];
    if (collection && (collection.startsWith("Weak") || !/^\s*Readonly/.test(type)))
      found.push(`${name} = new ${collection}`);
    else if (value === "[]" || value === "{}") found.push(`${name} = ${value}`);
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name));
}

describe("the resources object", () => {
  it("is the only module-level state in src/", () => {
    const src = join(ROOT, "src");
    const offenders = sources(src)
      .filter((file) => file !== join(src, "resources.ts"))
      .flatMap((file) =>
        moduleState(readFileSync(file, "utf8")).map((s) => `${relative(ROOT, file)}: ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it("reaches fonts and shaped words from write/ only through it, not layout/'s modules", () => {
    const write = join(ROOT, "src/write");
    const fromLayout = sources(write).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => /from "\.\.\/layout\//.test(l) && !/^import type /.test(l))
        .map((l) => `${relative(ROOT, file)}: ${l}`),
    );
    expect(fromLayout).toEqual([]);
  });

  it.each([
    ["let count = 0;", ["let count"]],
    ["export let loader: Loader | undefined;", ["let loader"]],
    ["const cache = new Map<string, Pack>();", ["cache = new Map"]],
    ["const seen: Set<string> = new Set();", ["seen = new Set"]],
    ["const byFont = new WeakMap<Font, Glyph>();", ["byFont = new WeakMap"]],
    ["const HEX: string[] = [];", ["HEX = []"]],
    ["const memo: Record<string, number> = {};", ["memo = {}"]],
    ['const NAMES: ReadonlySet<string> = new Set(["a"]);', []],
    ["const UNITS = { pt: 1, in: 72 };", []],
    ["  let local = 0;", []],
  ])("finds module state in %j", (line, expected) => {
    expect(moduleState(line)).toEqual(expected);
  });

  it("is made afresh by createResources, and once per process by defaultResources", () => {
    const a = createResources();
    expect(createResources().fonts).not.toBe(a.fonts);
    expect(defaultResources()).toBe(defaultResources());
  });

  it("keeps what it is given to keep, with the shaper its fonts were made with", () => {
    const warm = createResources({ fontkit: true });
    const kept = createResources({ keep: { compiled: warm.compiled, shaper: warm.shaper } });
    expect(kept.compiled).toBe(warm.compiled);
    expect(kept.shaper).toBe(warm.shaper);
    expect(kept.files.packs).not.toBe(warm.files.packs);
  });
});
