#!/usr/bin/env node
// Writes dist/schemas/<pack>.json for each built-in pack (part of `npm run build`, after tsc):
// the schema `missive schema <pack>` prints, as a file that ships in the package, so the
// `$schema` line `missive init` writes resolves after a local or a global install
// (src/scaffold/schema-ref.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { editorSchema } from "../dist/load/editor-schema.js";
import { BUILTIN_TEMPLATES, listBuiltinPacks } from "../dist/load/find-pack.js";
import { loadPack } from "../dist/load/load-pack.js";
import { createResources } from "../dist/resources.js";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "../dist/schemas");
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const res = createResources();
for (const name of listBuiltinPacks()) {
  const pack = loadPack(join(BUILTIN_TEMPLATES, name), BUILTIN_TEMPLATES, res);
  if (!pack.schema) continue;
  writeFileSync(
    join(OUT, `${name}.json`),
    `${JSON.stringify(editorSchema(pack.schema), null, 2)}\n`,
  );
}
