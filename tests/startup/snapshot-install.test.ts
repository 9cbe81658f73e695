import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const STARTED = /^missive: started from the startup snapshot in \d+ ms$/m;
const SNAP = join(ROOT, "dist/snapshot");
const blobScript = (root: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, "scripts/snapshot-blob.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });

describe("the startup snapshot of an installed package", () => {
  it("ships the bundle and the script that snapshots it, not this machine's snapshot", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toContain("dist/snapshot/missive.cjs");
    expect(files).toContain("scripts/snapshot-blob.js");
    // The bundle, and pdfkit's sRGB profile beside it (the PDF/A output intent).
    expect(files.filter((f) => f.startsWith("dist/snapshot/"))).toEqual([
      "dist/snapshot/data/sRGB_IEC61966_2_1.icc",
      "dist/snapshot/missive.cjs",
    ]);
  });

  it("is made by postinstall where the package is installed, and used there", () => {
    // What an install from the registry holds: no src/, the bundle, no snapshot yet.
    const pkg = realpathSync(tempDir("installed"));
    for (const f of ["bin", "templates", "package.json", "scripts/snapshot-blob.js"])
      cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
    cpSync(join(ROOT, "dist"), join(pkg, "dist"), {
      recursive: true,
      filter: (src) =>
        !src.startsWith(SNAP) ||
        src === SNAP ||
        src.endsWith("missive.cjs") ||
        src.includes("/data"),
    });
    symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
    const before = runBin(["--debug", "templates"], { bin: join(pkg, "bin/missive") });
    expect(before.stderr).not.toMatch(STARTED);

    // What an interrupted build would leave behind.
    const stale = join(pkg, "dist/snapshot/missive.blob.999.tmp");
    writeFileSync(stale, "half a snapshot");
    const made = blobScript(pkg, ["--postinstall"]);
    expect(made.status, made.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readFileSync(join(pkg, "dist/snapshot/root"), "utf8")).toBe(`${pkg}\n`);
    const after = runBin(["--debug", "--json", "templates"], { bin: join(pkg, "bin/missive") });
    expect(after.stderr).toMatch(STARTED);
    expect(JSON.parse(after.stdout).templates.length).toBeGreaterThan(0);
  });

  it("leaves a development checkout to `npm run build`", () => {
    const blob = join(SNAP, "missive.blob");
    const mtime = statSync(blob).mtimeMs;
    const r = blobScript(ROOT, ["--postinstall"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(statSync(blob).mtimeMs).toBe(mtime);
  });

  it("never fails an install: without its bundle it says why and exits 0", () => {
    const pkg = realpathSync(tempDir("no-bundle"));
    mkdirSync(join(pkg, "scripts"));
    cpSync(join(ROOT, "scripts/snapshot-blob.js"), join(pkg, "scripts/snapshot-blob.js"));
    const r = blobScript(pkg, ["--postinstall"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^missive: no startup snapshot \(.*missive\.cjs is missing\); missive works, but starts slower\n$/,
    );
    expect(blobScript(pkg, []).status).toBe(1);
    // `npm rebuild missive` asks for the snapshot by name, and npm shows a failing script's output.
    expect(blobScript(pkg, ["--postinstall"], { npm_command: "rebuild" }).status).toBe(1);
  });
});
