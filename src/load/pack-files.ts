import { join } from "node:path";
import { MANIFEST } from "./find-pack.js";
import type { TemplatePack } from "./pack-types.js";

/**
 * Every file a loaded pack was read from: the manifests of it and the packs it extends, the
 * template, partials, schema and fonts (its `pack:` images are listed as the letter uses them).
 * Why: no output of a run may be one of them (output/refuse-inputs.ts).
 */
export function packFiles(pack: TemplatePack): string[] {
  const fonts = Object.values(pack.fonts).flatMap((family) => Object.values(family));
  return [
    ...pack.dirs.map((d) => join(d, MANIFEST)),
    pack.template.file,
    ...Object.values(pack.partials).map((p) => p.file),
    ...(pack.schemaFile ? [pack.schemaFile] : []),
    ...fonts,
  ];
}
