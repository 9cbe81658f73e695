import { startupSnapshot } from "node:v8";
import Handlebars from "handlebars";
import { startCli } from "../cli/start.js";
import { IntlFormats } from "../compose/intl-formats.js";
import { createResources, type Resources } from "../resources.js";
import { warmUp } from "./warm-up.js";
// What `render` and `check` import lazily, so that it is in the snapshot too.
import "../cli/emit.js";
import "../output/plan-outputs.js";
import "../output/write-atomic.js";

/**
 * The entry of missive's V8 startup snapshot (built by scripts/build-snapshot.js, started by
 * bin/missive). Why: loading pdfkit and fontkit and rendering a first, cold letter cost most
 * of a start (docs/benchmarks.md, "Cold start"); a snapshot taken after a warm-up starts with
 * all of that done. The warm-up
 * renders with its own resources (src/resources.ts), and the snapshot keeps a second set made
 * deliberately of the parts that may outlive the files they came from.
 */
// The date tables the snapshot keeps are ICU's output, true for the ICU data they came from.
const icuAtBuild = icuData();
build();

/**
 * Warms up, then says how the snapshot starts. The warm-up's resources are held by nothing
 * afterwards: V8 cannot serialise the ICU objects among them.
 */
function build(): void {
  stacksFormatted();
  // A snapshot cannot hold WebAssembly: the warm-up shapes with fontkit.
  const warm = createResources({ fontkit: true });
  warmUp(warm).then(
    // `start` gets what is kept as data, not through a closure, which would hold `warm` too.
    () =>
      startupSnapshot.setDeserializeMainFunction(
        start as (data: unknown) => void,
        keptInSnapshot(warm),
      ),
    (e: unknown) => {
      // A snapshot without its warm-up would be wrong to ship; fail the build loudly.
      console.error(e);
      process.exit(1);
    },
  );
}

/**
 * Formats the stack of the Error a module makes as it loads (handlebars' `Exception.prototype
 * = new Error()`). Why: Node 22.23's snapshot writer aborts the build (std::length_error,
 * SIGABRT) on an Error whose stack was never formatted, so `npm ci` failed on Node 22; a
 * formatted one is plain text. CI builds the snapshot on Node 22 too (.ci/run).
 */
function stacksFormatted(): void {
  void Handlebars.Exception.prototype.stack;
}

/**
 * What the snapshot keeps of the warm-up's resources: the compiled schemas and templates and
 * the parsed manifests (kept by their text, so a changed file is simply read afresh), the
 * parsed fonts without their bytes (font-file.ts, releaseBytes: cheaper to read again than to
 * carry), the hyphenation patterns, and the date formatters as tables (V8 cannot serialise ICU
 * objects). Not kept: packs and images by path (a user may edit a built-in pack after the
 * build), and the words fontkit shaped, which must not stand in for HarfBuzz's.
 */
function keptInSnapshot(res: Resources): Resources {
  res.fonts.files.releaseBytes();
  return createResources({
    keep: {
      shaper: res.shaper,
      compiled: res.compiled,
      fonts: res.fonts.withoutWords(res.shaper),
      hyphenators: res.hyphenators,
      formats: res.formats.forSnapshot(),
    },
  });
}

/** A process started from the snapshot: checks what it kept against the disk, then runs. */
function start(kept: Resources): void {
  const argv = process.argv.slice(1);
  if (argv.includes("--debug"))
    process.stderr.write(
      `missive: started from the startup snapshot in ${performance.now().toFixed(0)} ms\n`,
    );
  kept.fonts.forgetChanged();
  // ICU data other than the snapshot's may write dates otherwise than its tables.
  const res =
    icuData() === icuAtBuild
      ? kept
      : createResources({ keep: { ...kept, formats: new IntlFormats() } });
  res.shaper.useLoader("wasm");
  // Started now for a render, so its WebAssembly compiles on other threads while the letter
  // is read and composed (other commands would only wait for it); a failure is reported where
  // the render awaits it. A false match only costs time.
  if (argv.includes("render")) res.shaper.load().catch(() => {});
  void startCli(argv, { fromSnapshot: true, resources: res });
}

function icuData(): string {
  return `${process.versions.icu} ${process.env.NODE_ICU_DATA ?? ""}`;
}
