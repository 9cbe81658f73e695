import { readdirSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { expect, it, vi } from "vitest";
import { res } from "../helpers/resources.js";

const reads = vi.hoisted(() => new Set<string>());

// Every file missive reads as input goes through readRegular: record each one.
vi.mock("../../src/load/read-regular.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load/read-regular.js")>();
  return {
    ...real,
    readRegular: (path: string, max: number) => {
      reads.add(path);
      return real.readRegular(path, max);
    },
  };
});

const { ROOT, render } = await import("../helpers/render.js");
const { loadLetter } = await import("../../src/load/load-letter.js");
const { readText } = await import("../../src/load/read-text.js");
const { packFiles } = await import("../../src/load/pack-files.js");
const { forgetPacks } = await import("../../src/resources.js");

const examples = readdirSync(join(ROOT, "data"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join(ROOT, "data", f));

const within = (dir: string, path: string) => {
  const rel = relative(realpathSync(dir), realpathSync(path));
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== "..";
};

it.each(examples)(
  "every file the example %s and its pack read lies inside its root",
  async (file) => {
    reads.clear();
    // Several examples share a pack: read each one's pack afresh, as a single render does.
    forgetPacks(res);
    await render(file);
    const letter = loadLetter(readText(file), { cwd: ROOT }, res);
    const npmFonts = packFiles(letter.pack).filter((p) => p.includes(`${sep}node_modules${sep}`));
    const outside = [...reads].filter(
      (path) =>
        !within(dirname(file), path) &&
        !letter.pack.dirs.some((d) => within(d, path)) &&
        !npmFonts.includes(path),
    );
    expect(reads.size).toBeGreaterThan(1);
    expect(outside).toEqual([]);
    // A font from npm lies inside its own package folder.
    for (const font of npmFonts)
      expect(realpathSync(font)).toMatch(/[\\/]node_modules[\\/](@[^\\/]+[\\/])?[^\\/]+[\\/]/);
  },
);
