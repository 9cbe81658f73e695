import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import { SEED } from "../helpers/render.js";
import { BIN } from "../helpers/run-cli.js";

/** bin/missive rendering the seed letter to a PDF under `ulimit -v kb`. */
function underLimit(kb: number) {
  return spawnSync(
    "sh",
    ["-c", `ulimit -v ${kb} && exec "$0" render "$1" -f pdf -o -`, BIN, SEED],
    {
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      encoding: "utf8",
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
}

const linux = process.platform === "linux";

// Under an address-space limit too small for WebAssembly's reservation, the message says so
// (not "harfbuzz.wasm is not the build expected", which sends people to reinstall), with the
// exit code for the system's limits, not the one for a bug.
it.runIf(linux)("says when ulimit -v leaves WebAssembly no room", () => {
  const r = underLimit(2_000_000);
  // A machine whose V8 reserves less may render; then there is nothing to say.
  if (r.status === 0) return;
  // V8's own words, in the parentheses, vary with Node's version.
  expect(r.stderr).toMatch(
    /^error: cannot load HarfBuzz, the text shaper: the process may not reserve the memory WebAssembly needs \(.+\)\n {2}hint: raise the address-space limit \(ulimit -v unlimited\): WebAssembly reserves about 10 GB of it, though it uses little\n$/,
  );
  expect(r.status).toBe(71);
});

// Below what Node needs to start, V8 would abort with a trap (exit 133) and no word of why.
it.runIf(linux)("says when ulimit -v leaves Node no room to start", () => {
  const r = underLimit(500_000);
  expect(r.stderr).toBe(
    "error: the address-space limit (ulimit -v 500000 kB) is too small for Node to start: it needs about 1 GB, and a PDF about 12 GB, as WebAssembly reserves some 10 GB (though it uses little)\n" +
      "  hint: raise the address-space limit (ulimit -v unlimited)\n",
  );
  expect(r.status).toBe(71);
});
