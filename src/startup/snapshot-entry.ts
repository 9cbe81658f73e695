import { startupSnapshot } from "node:v8";
import hyphenDe from "hyphen/de/index.js";
import hyphenEnGb from "hyphen/en-gb/index.js";
import hyphenEnUs from "hyphen/en-us/index.js";
import { startCli } from "../cli/start.js";
import { forgetDateFormatters } from "../compose/format-date.js";
import { forgetChangedFonts } from "../layout/font-book.js";
import { preloadHyphenation } from "../layout/hyphenator.js";
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
preloadHyphenation("en-us", hyphenEnUs);
preloadHyphenation("en-gb", hyphenEnGb);
preloadHyphenation("de", hyphenDe);

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
  void startCli(argv, { fromSnapshot: true });
});

/**
 * Drops what the snapshot must not keep: a user may edit a built-in pack or its images after
 * the build (packs and images are cheap to read again; compiled schemas stay, keyed by their
 * text), and V8 cannot serialise ICU date formatters.
 */
function forgetWhatMayChange(): void {
  forgetPacks();
  forgetImages();
  forgetDateFormatters();
}
