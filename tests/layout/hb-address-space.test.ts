import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT, SEED } from "../helpers/render.js";

// Under an address-space limit too small for WebAssembly's reservation, the message says so
// (not "harfbuzz.wasm is not the build expected", which sends people to reinstall).
it.runIf(process.platform === "linux")("says when ulimit -v leaves WebAssembly no room", () => {
  const entry = join(ROOT, "bin", "missive.js");
  const r = spawnSync(
    "sh",
    [
      "-c",
      `ulimit -v 2000000 && exec "${process.execPath}" "${entry}" render "${SEED}" -f pdf -o -`,
    ],
    {
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      encoding: "utf8",
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  // A machine whose V8 reserves less may render; then there is nothing to say.
  if (r.status === 0) return;
  expect(r.status).toBe(70);
  expect(r.stderr).toContain("may not reserve the memory WebAssembly needs");
  expect(r.stderr).toContain("hint: raise the address-space limit (ulimit -v unlimited)");
});
