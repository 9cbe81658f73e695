import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forgetPacks, loadPack } from "../../src/load/load-pack.js";
import { tempPack } from "../helpers/temp-pack.js";

describe("loadPack after forgetPacks (as in every start from the snapshot)", () => {
  it("reads a manifest that changed as it is now", () => {
    const dir = tempPack({});
    expect(loadPack(dir, dir).lang).toBe("en-US");
    const manifest = join(dir, "template.yaml");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/^lang: .*$/m, "lang: de-DE"));
    forgetPacks();
    expect(loadPack(dir, dir).lang).toBe("de-DE");
  });

  it("gives each load its own data, so one pack's changes cannot reach the next", () => {
    const dir = tempPack({});
    // A schema written in the manifest is the manifest's own data.
    const manifest = join(dir, "template.yaml");
    const schema = readFileSync(join(dir, "schema.json"), "utf8").replaceAll("\n", " ");
    writeFileSync(
      manifest,
      readFileSync(manifest, "utf8").replace(/^schema: .*$/m, `schema: ${schema}`),
    );
    const first = loadPack(dir, dir);
    expect(first.schemaFile).toBe(manifest);
    (first.schema as { title?: string }).title = "changed";
    forgetPacks();
    const second = loadPack(dir, dir);
    expect(second.schema).toEqual(JSON.parse(schema));
  });
});
