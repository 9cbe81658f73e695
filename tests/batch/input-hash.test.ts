import { mkdirSync, mkdtempSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { assetHasher, sharedInputHash } from "../../src/batch/input-hash.js";
import {
  LETTER_DEFAULTS,
  type LetterOptions,
  letterOptions,
  letterOptionsText,
} from "../../src/letter-options.js";
import { loadPack } from "../../src/load/load-pack.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(join(ROOT, "templates", "business"), ROOT, res);
const hash = (letter: LetterOptions) =>
  sharedInputHash({ version: "test", baseText: "recipient: [A]\n", pack, letter });

/** Another value of the same kind: what a flag could set the option to. */
function another(value: unknown): unknown {
  if (value === null) return 0;
  if (typeof value === "number") return value + 1;
  if (typeof value === "string") return `${value}x`;
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) return value.slice(1);
  throw new Error(`no other value for ${JSON.stringify(value)}: extend another()`);
}

describe("the shared input hash", () => {
  // Enumerated from the defaults, which name every key of LetterOptions (none is optional):
  // an option added there is checked here without this test being touched.
  it.each(Object.keys(LETTER_DEFAULTS))("changes with the letter option %s", (key) => {
    const changed = {
      ...LETTER_DEFAULTS,
      [key]: another(LETTER_DEFAULTS[key as keyof LetterOptions]),
    };
    expect(hash(changed)).not.toBe(hash(letterOptions()));
  });

  it("does not depend on the order the options were given in", () => {
    const reversed = Object.fromEntries(
      Object.entries(LETTER_DEFAULTS).reverse(),
    ) as unknown as LetterOptions;
    expect(letterOptionsText(reversed)).toBe(letterOptionsText(letterOptions()));
    expect(hash(reversed)).toBe(hash(letterOptions()));
  });

  it("changes with missive's version and the base letter", () => {
    const base = { version: "test", baseText: "a", pack, letter: letterOptions() };
    expect(sharedInputHash(base)).not.toBe(sharedInputHash({ ...base, version: "other" }));
    expect(sharedInputHash(base)).not.toBe(sharedInputHash({ ...base, baseText: "b" }));
  });

  // Before, a file of 3 GB in the pack's folder (no letter reads it) made --skip-unchanged end
  // in exit 70, "File size (3221225472) is greater than 2 GiB", after trying to read it whole.
  it("takes a file too large for any letter to read by its size and time", () => {
    const dir = mkdtempSync(join(tmpdir(), "missive-hash-"));
    writeFileSync(join(dir, "huge.bin"), "");
    truncateSync(join(dir, "huge.bin"), 3 * 1024 ** 3);
    const big = { ...pack, dirs: [dir] };
    const base = { version: "test", baseText: "a", pack: big, letter: letterOptions() };
    const before = sharedInputHash(base);
    utimesSync(join(dir, "huge.bin"), 1, 1);
    expect(sharedInputHash(base)).not.toBe(before);
  });

  // Before, exit 70, "Maximum call stack size exceeded": a folder's files were appended with
  // push(...files), and a pack's folder may hold 200,000 (a pull request's). In a thread of a
  // small stack, as a test thread's large one hides the overflow at this size.
  it("lists a pack folder of a great many files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "missive-hash-many-"));
    mkdirSync(join(dir, "many"));
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, "many", `f${i}`), "");
    const code = `const { parentPort, workerData } = require("node:worker_threads");
import(workerData.module).then(({ sharedInputHash }) => {
  try {
    const pack = { dirs: [workerData.dir], fonts: {} };
    parentPort.postMessage(sharedInputHash({ version: "t", baseText: "", pack, letter: {} }).length);
  } catch (e) {
    parentPort.postMessage(String(e.message));
  }
});`;
    const module = new URL("../../dist/batch/input-hash.js", import.meta.url).href;
    const worker = new Worker(code, {
      eval: true,
      workerData: { dir, module },
      resourceLimits: { stackSizeMb: 0.3 },
    });
    const said = await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(said).toBe(64);
  }, 30_000);

  // Before, an asset listed in the manifest of an earlier run was read whole whatever it was:
  // a manifest in the output folder naming /dev/zero made --skip-unchanged read for ever.
  it("hashes only a regular file as an asset: a device is missing", () => {
    expect(assetHasher(["/"])("/dev/zero")).toBe("missing");
  });

  // Before, a manifest could name any file of the machine as an asset, and --skip-unchanged
  // read and hashed it: one from a pull request could test a guess at a file outside the roots.
  it("does not read an asset outside the roots: it is outside, inside ones are hashed", () => {
    const root = mkdtempSync(join(tmpdir(), "missive-root-"));
    const away = mkdtempSync(join(tmpdir(), "missive-away-"));
    writeFileSync(join(root, "logo.png"), "inside");
    writeFileSync(join(away, "secret.txt"), "inside");
    const hashOf = assetHasher([root]);
    expect(hashOf(join(root, "logo.png"))).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(join(away, "secret.txt"))).toBe("outside");
    expect(hashOf(join(root, "..", basename(away), "secret.txt"))).toBe("outside");
    expect(hashOf(join(root, "gone.png"))).toBe("missing");
  });
});
