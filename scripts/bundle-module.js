// Bundles one of dist/'s modules and everything it imports into one CommonJS file, with
// esbuild: the startup snapshot's entry (scripts/build-snapshot.js) and the plain entry's
// command and worker thread (scripts/build-bundles.js). Why one file: Node loads and compiles
// one file in well under half the time it takes to resolve and link missive's few hundred
// modules (docs/benchmarks.md, "Bundled plain entry").
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";
import { leaveOut } from "./snapshot-leave-out.js";

const ICC = "sRGB_IEC61966_2_1.icc";

/**
 * `outfile` must sit two folders below the root, as every dist/<stage>/<file>.js does, so
 * paths made from import.meta.url (templates/, node_modules/) come out the same. Returns the
 * absolute paths of the files the bundle holds.
 */
export async function bundleModule(entry, outfile) {
  const { metafile } = await build({
    metafile: true,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    minifyWhitespace: true,
    minifySyntax: true,
    define: { "import.meta.url": "__missiveModuleUrl" },
    banner: { js: 'var __missiveModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [leaveOut],
  });
  // pdfkit reads its sRGB profile (the PDF/A output intent) from data/ beside its own file,
  // which in a bundle is the bundle's.
  const pdfkit = dirname(createRequire(import.meta.url).resolve("pdfkit"));
  mkdirSync(join(dirname(outfile), "data"), { recursive: true });
  copyFileSync(join(pdfkit, "data", ICC), join(dirname(outfile), "data", ICC));
  // esbuild names its inputs from its working folder, the current one; some are not files
  // ("later:…", "empty:…", made by the leave-out plugin).
  return Object.keys(metafile.inputs)
    .filter((input) => !input.includes(":"))
    .map((input) => resolve(input));
}
