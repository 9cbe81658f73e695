import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { expect, it, vi } from "vitest";

const reads = vi.hoisted(() => new Set<string>());

// Every input file goes through readRegular: record what a run read.
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

const { ROOT } = await import("../helpers/render.js");
const { tempDir } = await import("../helpers/temp-dir.js");
const { fuzzTick } = await import("../helpers/fuzz-progress.js");
const { runCli } = await import("../helpers/run-cli.js");

/**
 * Property: a pack whose partials, letter.hbs, assets, fonts and schema are named with `..`,
 * absolute paths and symbolic links (to files, to folders, in chains) never makes missive read
 * a file outside the pack, the pack it extends, the data file, or an npm font; and a secret
 * outside never shows in what it prints. `FUZZ_RUNS` sets the number of packs.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SECRET = "SECRET-7f3a";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010800000000" +
    "3a7e9b550000000a49444154789c6360000000020001e221bc330000000049454e44ae426082",
  "hex",
);

const segment = fc.constantFrom("..", ".", "assets", "ok.png", "partials", "secret", "s.png", "x");
const relPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join("/"));
const anyPath = fc.oneof(
  relPath,
  relPath.map((p) => `/${p}`),
  fc.constantFrom("/etc/passwd", "/proc/self/environ", "/dev/zero", "SECRET_DIR/s.png"),
);
const pack = fc.record({
  asset: anyPath,
  partial: fc.option(anyPath, { nil: undefined }),
  letterLink: fc.option(anyPath, { nil: undefined }),
  font: fc.option(anyPath, { nil: undefined }),
  schema: fc.option(anyPath, { nil: undefined }),
  links: fc.array(fc.tuple(fc.constantFrom("assets/l", "l", "partials/l"), anyPath), {
    maxLength: 3,
  }),
});

type Pack = typeof pack extends fc.Arbitrary<infer T> ? T : never;

const LETTER = `template: senate
date: 2020-03-11
letterhead: { org: O, lines: [L] }
recipient: [R]
salutation: Dear R,
body: Hello.
closing: Sincerely,
signers: [{ name: N, title: T }]
`;

function within(dir: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return true; // nothing there, so nothing read
  }
  const rel = relative(realpathSync(dir), real);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

it("finds no pack that reads or prints a file outside its roots", async () => {
  await fc.assert(
    fc.asyncProperty(pack, async (p) => {
      fuzzTick();
      // Its own folder under one made for the test, removed after each pack: a hundred
      // thousand packs would otherwise wait for the end of the file to be removed.
      const dir = mkdtempSync(join(base, "p-"));
      try {
        await checkPack(p, dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    { numRuns: RUNS },
  );
});

const base = tempDir("escape");

async function checkPack(p: Pack, dir: string): Promise<void> {
  const secretDir = join(dir, "secret");
  const fill = (s: string) => s.replace("SECRET_DIR", secretDir);
  mkdirSync(secretDir);
  writeFileSync(join(secretDir, "s.png"), PNG);
  writeFileSync(join(secretDir, "secret"), `${SECRET}\n`);
  const packDir = join(dir, "pack");
  mkdirSync(join(packDir, "assets"), { recursive: true });
  mkdirSync(join(packDir, "partials"));
  writeFileSync(join(packDir, "assets", "ok.png"), PNG);
  writeFileSync(join(dir, "letter.yaml"), LETTER);
  const manifest = ["extends: senate", "name: fuzzed"];
  if (p.font !== undefined) manifest.push(`fonts:\n  serif:\n    regular: "${fill(p.font)}"`);
  if (p.schema !== undefined) manifest.push(`schema: "${fill(p.schema)}"`);
  writeFileSync(join(packDir, "template.yaml"), `${manifest.join("\n")}\n`);
  const hbs = `<letter><letterhead><image src="{{asset "${fill(p.asset)}"}}" width="1in"/></letterhead><body><p>{{> part}}</p></body></letter>\n`;
  if (p.letterLink === undefined) writeFileSync(join(packDir, "letter.hbs"), hbs);
  else symlinkSync(fill(p.letterLink), join(packDir, "letter.hbs"));
  if (p.partial === undefined) writeFileSync(join(packDir, "partials", "part.hbs"), "Hi");
  else symlinkSync(fill(p.partial), join(packDir, "partials", "part.hbs"));
  for (const [name, target] of p.links) {
    try {
      symlinkSync(fill(target), join(packDir, name));
    } catch {
      // the same name twice: one link is enough
    }
  }
  reads.clear();
  const r = await runCli(["render", "letter.yaml", "-t", "./pack", "-f", "txt", "-o", "-"], {
    cwd: dir,
  });
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stderr + r.stdout).not.toContain(SECRET);
  const senate = join(ROOT, "templates", "senate");
  const outside = [...reads].filter(
    (f) =>
      !within(packDir, f) &&
      !within(senate, f) &&
      !within(join(ROOT, "node_modules"), f) &&
      f !== join(dir, "letter.yaml"),
  );
  expect(outside).toEqual([]);
}
