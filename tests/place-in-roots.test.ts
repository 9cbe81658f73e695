import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { letterOptions, renderLetter } from "../src/pipeline.js";
import { caught } from "./helpers/errors.js";
import { tempDir } from "./helpers/temp-dir.js";

/** The first problem of checking a letter whose signer's image is `image`. */
async function imageProblem(dir: string, image: string) {
  const text = `template: senate\nrecipient: [Bob]\nbody: hi\nsigners:\n  - name: A\n    image: "${image}"\n`;
  const e = await caught(() =>
    renderLetter({ file: join(dir, "letter.yaml"), text }, { ...letterOptions({}), cwd: dir }),
  );
  return { kind: e.kind, message: e.problems[0]?.message };
}

// Before, a file outside the root that exists was "outside the root" (exit 4) and one that does
// not was "image not found" (exit 6): a letter from a pull request could learn, by the exit
// code, which files exist on the runner outside its folder. Now both are outside.
it("says a path outside the root is outside whether or not a file is there", async () => {
  const base = tempDir("roots");
  const dir = join(base, "letters");
  mkdirSync(dir);
  writeFileSync(join(base, "there.png"), "x");
  symlinkSync(join(base, "gone"), join(dir, "dangling.png"));
  symlinkSync(base, join(dir, "up"));
  const outside = (shown: string, real: string) => ({
    kind: "data",
    message: `image ${shown} is outside the root ${dir}${real ? ` (it resolves to ${real})` : ""}`,
  });
  expect(await imageProblem(dir, "../there.png")).toEqual(outside("../there.png", ""));
  expect(await imageProblem(dir, "../not-there.png")).toEqual(outside("../not-there.png", ""));
  expect(await imageProblem(dir, join(base, "nope", "x.png"))).toEqual(
    outside(join(base, "nope", "x.png"), ""),
  );
  expect(await imageProblem(dir, "up/not-there.png")).toEqual(
    outside("up/not-there.png", join(base, "not-there.png")),
  );
  expect(await imageProblem(dir, "dangling.png")).toEqual(
    outside("dangling.png", join(base, "gone")),
  );
  // Inside the root, a missing file is still reported as missing.
  expect(await imageProblem(dir, "missing.png")).toEqual({
    kind: "asset",
    message: `image not found: ${join(dir, "missing.png")}`,
  });
});
