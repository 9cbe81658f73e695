import { startupSnapshot } from "node:v8";
import { startCli } from "../cli/start.js";
import { forgetDateShapes, formattersToShapes } from "../compose/format-date.js";
import { forgetChangedFonts } from "../layout/font-book.js";
import { releaseFontBytes } from "../layout/font-file.js";
import { loadHarfBuzz, useHarfBuzzLoader } from "../layout/harfbuzz.js";
import { loadHarfBuzzWasm } from "../layout/hb-wasm.js";
import { forgetAllRuns } from "../layout/shaped-runs.js";
import { forgetImages } from "../load/image-info.js";
import { forgetPacks } from "../load/load-pack.js";
import { warmUp } from "./warm-up.js";
// What `render` and `check` import lazily, so that it is in the snapshot too.
import "../cli/emit.js";
import "../output/plan-outputs.js";
import "../output/write-atomic.js";

/**
 * The entry of missive's V8 startup snapshot (built by scripts/build-snapshot.js, started by
 * bin/missive). Why: loading pdfkit and fontkit and rendering a first, cold letter cost about
 * half a second; a snapshot taken after a warm-up starts with all of that done.
 */
// A snapshot cannot hold WebAssembly: the warm-up shapes with fontkit, and its words go.
useHarfBuzzLoader(undefined);
// The date tables the snapshot keeps are ICU's output, true for the ICU data they came from.
const icuAtBuild = icuData();
warmUp().then(forgetWhatMayChange, (e: unknown) => {
  // A snapshot without its warm-up would be wrong to ship; fail the build loudly.
  console.error(e);
  process.exit(1);
});

startupSnapshot.setDeserializeMainFunction(() => {
  const argv = process.argv.slice(1);
  if (argv.includes("--debug"))
    process.stderr.write(
      `missive: started from the startup snapshot in ${performance.now().toFixed(0)} ms\n`,
    );
  forgetChangedFonts();
  if (icuData() !== icuAtBuild) forgetDateShapes();
  useHarfBuzzLoader(loadHarfBuzzWasm);
  // Started now for a render, so its WebAssembly compiles on other threads while the letter
  // is read and composed (other commands would only wait for it); a failure is reported where
  // the render awaits it. A false match only costs time.
  if (argv.includes("render")) loadHarfBuzz().catch(() => {});
  void startCli(argv, { fromSnapshot: true });
});

/**
 * Drops what the snapshot must not keep: a user may edit a built-in pack or its images after
 * the build (packs and images are cheap to read again; compiled schemas, templates and parsed
 * manifests stay, keyed by their text), V8 cannot serialise ICU date formatters (tables of
 * what they write stay), words shaped by fontkit in the warm-up must not stand in for
 * HarfBuzz's, and the fonts' bytes are cheaper to read again than to carry (font-file.ts,
 * releaseFontBytes).
 */
function forgetWhatMayChange(): void {
  forgetPacks();
  forgetImages();
  formattersToShapes();
  forgetAllRuns();
  releaseFontBytes();
}

function icuData(): string {
  return `${process.versions.icu} ${process.env.NODE_ICU_DATA ?? ""}`;
}
