import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// The README's install instructions, run as written against a packed tarball (which stands
// in for the registry). About 10 s: npm pack, and npm installing the dependencies from its
// cache (filled by `npm ci`; --prefer-offline asks the registry only for what is missing).
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
};

function npm(args: string[], cwd: string) {
  const r = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  expect(r.status, `npm ${args.join(" ")}\n${r.stderr}`).toBe(0);
  return r;
}

let home: string;
let prefix: string;
let missive: string;
let installed: string;
beforeAll(() => {
  home = realpathSync(tempDir("package"));
  // dist/ is built by `npm test` (or `npm ci`); packing needs no second build.
  npm(["pack", "--ignore-scripts", "--pack-destination", home], ROOT);
  prefix = join(home, "global");
  const r = npm(["install", "-g", "--prefix", prefix, `./${pkg.name}-${pkg.version}.tgz`], home);
  installed = r.stdout + r.stderr;
  missive = join(prefix, "bin", "missive");
}, 120_000);

describe(`npm install -g ${pkg.name}`, () => {
  it("is a package name of its own, whose command is missive", () => {
    expect(pkg.name).toBe("missive-letters");
    const r = runBin(["--version"], { bin: missive, cwd: home });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("scaffolds and renders a letter from a fresh folder, from the startup snapshot", () => {
    expect(runBin(["init", "-q", "work"], { bin: missive, cwd: home }).code).toBe(0);
    // A global install's $schema line names the package's file on unpkg.com, which it holds.
    const unpkg = `https://unpkg.com/${pkg.name}@${pkg.version}/`;
    const ref = readFileSync(join(home, "work/letter.yaml"), "utf8").split("\n")[0] ?? "";
    expect(ref).toBe(`# yaml-language-server: $schema=${unpkg}dist/schemas/business.json`);
    const shipped = join(prefix, "lib/node_modules", pkg.name, "dist/schemas/business.json");
    expect(JSON.parse(readFileSync(shipped, "utf8")).properties.template).toBeDefined();
    const r = runBin(["--debug", "render", "work/letter.yaml", "-o", "out/"], {
      bin: missive,
      cwd: home,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^missive: started from the startup snapshot/m);
    expect(readFileSync(join(home, "out/letter.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("installs without a word from missive: npm's own notices only", () => {
    // npm's: EBADENGINE under Node 20 (engines asks for 22 on), and npm 11's note that install
    // scripts are "not yet covered by allowScripts". Nothing from missive's postinstall, the
    // hyphenation build, pdf.js or the canvas.
    const notices = installed
      .split("\n")
      .filter((l) => l.trim() !== "" && !/^added \d+ packages? in /u.test(l))
      .filter((l) => !/^npm warn (EBADENGINE|install-scripts)/u.test(l));
    expect(notices).toEqual([]);
  });

  it("draws page images and compares two renders, from a fresh folder", () => {
    const run = (args: string[]) => runBin(args, { bin: missive, cwd: home });
    expect(run(["init", "-q", "fresh"]).code).toBe(0);
    const png = run(["render", "fresh/letter.yaml", "-f", "png", "-o", "pages/"]);
    expect(png.code, png.stderr).toBe(0);
    expect(png.stderr).toBe(`wrote ${join(home, "pages/letter.png")}\n`);
    expect(readFileSync(join(home, "pages/letter.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(run(["render", "fresh/letter.yaml", "-f", "pdf", "-o", "old/"]).code).toBe(0);
    const letter = join(home, "fresh/letter.yaml");
    writeFileSync(letter, readFileSync(letter, "utf8").replace(/^date: .*$/mu, "date: 2024-01-02"));
    expect(run(["render", "fresh/letter.yaml", "-f", "pdf", "-o", "new/"]).code).toBe(0);
    expect(run(["diff", "old/letter.pdf", "old/letter.pdf"])).toMatchObject({
      code: 0,
      stderr: "old/letter.pdf: the same\n",
    });
    const d = run(["diff", "old", "new", "-o", "diffs"]);
    expect(d.code, d.stderr).toBe(1);
    expect(d.stderr).toMatch(/^new\/letter\.pdf: page 1: .* of the page changed, in 1 region/u);
    expect(d.stderr).toContain(`wrote ${join(home, "diffs/letter-1.diff.png")}`);
  });

  it("runs once, without installing, as npx -p <package> missive", () => {
    const empty = join(home, "empty");
    mkdirSync(empty);
    const tarball = `../${pkg.name}-${pkg.version}.tgz`;
    const r = spawnSync("npx", ["--prefer-offline", "-y", "-p", tarball, "missive", "--version"], {
      cwd: empty,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("makes its snapshot again with npm rebuild -g", () => {
    npm(["rebuild", "-g", "--prefix", prefix, pkg.name], home);
    const r = runBin(["--debug", "templates"], { bin: missive, cwd: home });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^missive: started from the startup snapshot/m);
  });
});

describe(`npm install ${pkg.name}, in a project`, () => {
  it("runs as npx missive, and init's $schema line names the installed package's schema", () => {
    const project = join(home, "project");
    mkdirSync(join(project, "letters"), { recursive: true });
    writeFileSync(join(project, "package.json"), '{ "name": "project", "private": true }\n');
    npm(["install", `../${pkg.name}-${pkg.version}.tgz`], project);
    const npx = spawnSync("npx", ["--offline", "missive", "init", "-q", "letters"], {
      cwd: project,
      encoding: "utf8",
    });
    expect(npx.status, npx.stderr).toBe(0);
    const letter = readFileSync(join(project, "letters/letter.yaml"), "utf8");
    const ref = `../node_modules/${pkg.name}/dist/schemas/business.json`;
    expect(letter.split("\n")[0]).toBe(`# yaml-language-server: $schema=${ref}`);
    const schema = JSON.parse(readFileSync(join(project, "letters", ref), "utf8"));
    expect(Object.keys(schema.properties)).toContain("template");
  });
});

describe("the TypeScript declarations", () => {
  it("type-check the README's library example against the installed package", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## From a script"));
    const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    expect(example).toContain('from "missive-letters"');
    const app = join(home, "app");
    mkdirSync(join(app, "node_modules/@types"), { recursive: true });
    symlinkSync(join(prefix, "lib/node_modules", pkg.name), join(app, "node_modules", pkg.name));
    symlinkSync(join(ROOT, "node_modules/@types/node"), join(app, "node_modules/@types/node"));
    writeFileSync(join(app, "package.json"), '{ "type": "module" }\n');
    writeFileSync(join(app, "example.ts"), example);
    const options = {
      strict: true,
      module: "NodeNext",
      target: "ES2022",
      noEmit: true,
      types: ["node"],
    };
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: options }));
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc")], {
      cwd: app,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
