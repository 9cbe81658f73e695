import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { watchInputs } from "../../src/cli/watch-inputs.js";
import { createResources } from "../../src/resources.js";
import { caught } from "../helpers/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = `template: personal
sender:
  name: Ann Writer
recipient: [Bo Reader]
salutation: Dear Bo,
body: Hello.
closing: Yours,
`;

// audit23 found that watch, after render refused a data file that a link leads out of the
// current folder, still read and loaded it to choose what to watch.
it("refuses a data file that links out of its folder, as render does, unless --root allows it", async () => {
  const dir = tempDir("watch-inputs");
  const cwd = join(dir, "project");
  mkdirSync(cwd);
  writeFileSync(join(dir, "outside.yaml"), LETTER);
  symlinkSync("../outside.yaml", join(cwd, "letter.yaml"));
  const e = await caught(() => watchInputs("letter.yaml", { cwd, assets: [] }, createResources()));
  expect(e.message).toBe(
    `the letter data is outside the current folder ${cwd}: a symbolic link leads it to ${join(dir, "outside.yaml")}`,
  );
  const files = watchInputs("letter.yaml", { cwd, root: dir, assets: [] }, createResources());
  expect(files[0]).toBe(join(cwd, "letter.yaml"));
  expect(files.some((f) => f.endsWith(join("templates", "personal")))).toBe(true);
});
