import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED } from "../helpers/render.js";
import { BIN, runBin, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const STARTED = /^missive: started from the startup snapshot in \d+ ms$/m;
const examples = readdirSync(join(ROOT, "data")).filter((f) => f.endsWith(".yaml"));
const scratch = () => tempDir("snapshot");

describe("bin/missive from the startup snapshot", () => {
  it.each(examples)("renders %s byte for byte as the in-process pipeline does", async (file) => {
    const [viaBin, inProcess] = [scratch(), scratch()];
    const data = join(ROOT, "data", file);
    const r = runBin(["--debug", "render", data, "-o", viaBin]);
    expect(r.stderr).toMatch(STARTED);
    expect(r.code).toBe(0);
    expect((await runCli(["render", data, "-o", inProcess])).code).toBe(0);
    const outputs = readdirSync(inProcess).sort();
    expect(readdirSync(viaBin).sort()).toEqual(outputs);
    for (const f of outputs)
      expect(readFileSync(join(viaBin, f)).equals(readFileSync(join(inProcess, f))), f).toBe(true);
  });

  it("writes what a fresh plain process writes for characters the warm-up drew otherwise", () => {
    // U+2010 and "-" share one glyph, as do no-break space and space; the snapshot's fonts
    // drew "-" and " " first, which must not decide this letter's text.
    const dir = scratch();
    const data = join(dir, "letter.yaml");
    const seed = readFileSync(join(ROOT, "data", "senate-itu-2020.yaml"), "utf8");
    const letter = seed
      .split("\n")
      .map((l) => (l.startsWith("date:") ? l : l.replace(/(\w)-(\w)/g, "$1\u2010$2")))
      .join("\n")
      .replaceAll("Dear Secretary", "Dear\u00a0Secretary");
    writeFileSync(data, letter);
    const out = (f: string) => ["render", data, "-f", "pdf", "-o", join(dir, f)];
    expect(runBin(out("snapshot.pdf")).code).toBe(0);
    expect(runBin(out("plain.pdf"), { env: { MISSIVE_NO_SNAPSHOT: "1" } }).code).toBe(0);
    const [snap, plain] = ["snapshot.pdf", "plain.pdf"].map((f) => readFileSync(join(dir, f)));
    expect(snap?.equals(plain as Buffer)).toBe(true);
  });

  it.each([["--merge", "FILE"], ["--merge=FILE"], ["-m", "FILE"], ["-mFILE"], ["-qm", "FILE"]])(
    "renders a short mail merge (%s) from it (Node 24: from the plain entry), as the in-process pipeline does",
    async (...form) => {
      const records = join(ROOT, "data", "recipients.csv");
      const m = form.map((a) => a.replace("FILE", records));
      const [viaBin, inProcess] = [scratch(), scratch()];
      const r = runBin(["--debug", "render", SEED, ...m, "-o", viaBin]);
      // Node 24 aborts a worker of a process started from the snapshot (bin/missive).
      if (process.versions.node.startsWith("24.")) expect(r.stderr).not.toMatch(STARTED);
      else expect(r.stderr).toMatch(STARTED);
      expect(r.code).toBe(0);
      expect((await runCli(["render", SEED, "-m", records, "-o", inProcess])).code).toBe(0);
      const letters = readdirSync(inProcess).filter((f) => /\.(pdf|txt)$/.test(f));
      expect(letters.length).toBeGreaterThan(4);
      for (const f of letters)
        expect(readFileSync(join(viaBin, f)).equals(readFileSync(join(inProcess, f))), f).toBe(
          true,
        );
    },
  );

  it("passes options to missive, not to node", () => {
    const r = runBin(["--version"]);
    expect(r.stdout.trim()).toBe("0.1.0");
    expect(runBin(["--help"]).stdout).toContain("Usage: missive");
  });

  it("runs from a symlink, as npm installs it in node_modules/.bin", () => {
    const dir = scratch();
    symlinkSync(BIN, join(dir, "missive"));
    const r = runBin(["--debug", "--json", "templates"], { bin: join(dir, "missive") });
    expect(r.stderr).toMatch(STARTED);
    expect(JSON.parse(r.stdout).templates.map((t: { name: string }) => t.name)).toContain("senate");
  });
});

describe("bin/missive in a folder that was deleted", () => {
  it.each([
    ["from the snapshot", {}],
    ["from the plain entry", { MISSIVE_NO_SNAPSHOT: "1" }],
  ])("says so in one line and writes nothing anywhere (%s)", (_, env) => {
    const gone = join(scratch(), "gone");
    mkdirSync(gone);
    const r = spawnSync(
      "/bin/sh",
      ["-c", 'cd "$1" && rmdir "$1" && exec "$2" render "$3" -o x.pdf', "sh", gone, BIN, SEED],
      { encoding: "utf8", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env } },
    );
    expect(r.stderr.split("\n").filter((l) => !/getcwd|shell-init/.test(l))).toEqual([
      "error: cannot read the current folder (it was deleted)",
      "  hint: change to a folder that exists",
      "",
    ]);
    expect(r.status).toBe(2);
    expect(existsSync(join(ROOT, "x.pdf"))).toBe(false);
  });

  it("still answers what needs no folder (--version)", () => {
    const gone = join(scratch(), "gone");
    mkdirSync(gone);
    const r = spawnSync(
      "/bin/sh",
      ["-c", 'cd "$1" && rmdir "$1" && exec "$2" --version', "sh", gone, BIN],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "" },
      },
    );
    expect(r.stdout).toBe("0.1.0\n");
    expect(r.status).toBe(0);
  });
});

/** Why a merge runs the plain entry; Node 24 aborts the workers of one started from it. */
const MERGE = process.versions.node.startsWith("24.")
  ? "Node 24 aborts a mail merge's worker threads started from it"
  : "a mail merge whose records may pass 12 kB runs faster without it";

describe("bin/missive without the startup snapshot", () => {
  // Before, --debug said nothing of why the snapshot was not used.
  const plain = (r: { stderr: string; code: number }, why: string) => {
    expect(r.stderr).not.toMatch(STARTED);
    expect(r.stderr.split("\n")[0]).toBe(`missive: not started from the startup snapshot: ${why}`);
    expect(r.code).toBe(0);
  };

  it("uses the plain entry when MISSIVE_NO_SNAPSHOT is set", () => {
    plain(
      runBin(["--debug", "templates"], { env: { MISSIVE_NO_SNAPSHOT: "1" } }),
      "MISSIVE_NO_SNAPSHOT is set",
    );
  });

  it("uses the plain entry when NODE_OPTIONS could change V8's flags", () => {
    plain(
      runBin(["--debug", "templates"], { env: { NODE_OPTIONS: "--max-old-space-size=900" } }),
      "NODE_OPTIONS is set (a snapshot starts only under the V8 flags it was built with)",
    );
  });

  it("uses the plain entry for a long mail merge (its workers run faster without)", () => {
    const dir = scratch();
    // Over 12 kB, in a few records with long salutations, so the test stays short.
    const row = `Somebody,Dear ${"friend ".repeat(500)}\n`;
    writeFileSync(join(dir, "long.csv"), `recipient.0,salutation\n${row.repeat(4)}`);
    const long = join(dir, "long.csv");
    for (const m of [["--merge", long], [`--merge=${long}`], ["-m", long], ["-qm", long]])
      plain(runBin(["--debug", "render", SEED, ...m, "-o", scratch(), "-j", "1"]), MERGE);
    // Grouped with the file attached, the script cannot tell the file: it takes no chance.
    const short = join(ROOT, "data", "recipients.csv");
    plain(runBin(["--debug", "render", SEED, `-qm${short}`, "-o", scratch(), "-j", "1"]), MERGE);
    // Records from standard input: their number is unknown.
    const csv = readFileSync(join(ROOT, "data", "recipients.csv"), "utf8").split("\n");
    const jsonl = csv
      .slice(1, 3)
      .map((l) => JSON.stringify({ salutation: l.split(",").at(-1) }))
      .join("\n");
    plain(runBin(["--debug", "render", SEED, "-m", "-", "-o", scratch()], { stdin: jsonl }), MERGE);
  });

  it("starts a long mail merge with V8's single-threaded garbage collection, anything else without", () => {
    // A node on the PATH that notes its arguments, then runs the real one with them: the
    // merge must also succeed under the flag on this Node release.
    const dir = scratch();
    const log = join(dir, "args.log");
    const node = join(dir, "node");
    const script = `#!/bin/sh\nprintf '%s\\n' "$*" >>"${log}"\nexec "${process.execPath}" "$@"\n`;
    writeFileSync(node, script, { mode: 0o755 });
    const env = { PATH: `${dir}:${process.env.PATH ?? ""}`, MISSIVE_NO_SNAPSHOT: "1" };
    const records = join(ROOT, "data", "recipients.csv");
    const out = scratch();
    expect(runBin(["render", SEED, "-m", records, "-o", out, "-q"], { env }).code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".pdf")).length).toBeGreaterThan(1);
    expect(runBin(["render", SEED, "-o", scratch(), "-q"], { env }).code).toBe(0);
    const [merge, single] = readFileSync(log, "utf8").trim().split("\n");
    expect(merge).toMatch(/^--single-threaded-gc \S+\/bin\/missive\.js render /);
    expect(single).toMatch(/^\S+\/bin\/missive\.js render /);
  });

  it("uses the plain entry when the node on the PATH is not the one the snapshot was made by", () => {
    const dir = scratch();
    // A node that runs the same binary, but is another file: a newer or older install.
    const node = join(dir, "node");
    writeFileSync(node, `#!/bin/sh\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
    const path = `${dir}:${process.env.PATH ?? ""}`;
    plain(
      runBin(["--debug", "templates"], { env: { PATH: path } }),
      `it was built for another Node binary than ${node} (npm run build makes it anew)`,
    );
    // The same file with the reference's time is taken for the node it was built by.
    sameTimes(join(ROOT, "dist/snapshot/node.ref"), node);
    expect(runBin(["--debug", "templates"], { env: { PATH: path } }).stderr).toMatch(STARTED);
  });

  it("uses the plain entry when dist/ was compiled again after the snapshot was built", () => {
    const copy = installCopy();
    const bin = join(copy, "bin", "missive");
    expect(runBin(["--debug", "templates"], { bin }).stderr).toMatch(STARTED);
    // `tsc` alone, after `npm run build`: the snapshot holds the older code.
    const later = Date.now() / 1000 + 60;
    utimesSync(join(copy, "dist/cli/bin.js"), later, later);
    plain(
      runBin(["--debug", "templates"], { bin }),
      "dist/ was compiled after it was built (npm run build makes it anew)",
    );
  });

  // audit34: `tsc --watch` writes only the modules that changed, and the snapshot compared
  // with dist/cli/bin.js alone started with their old code.
  it("uses the plain entry when a module it holds, not the entry, was compiled again", () => {
    const copy = installCopy();
    const bin = join(copy, "bin", "missive");
    const later = Date.now() / 1000 + 60;
    utimesSync(join(copy, "dist/cli/reporter.js"), later, later);
    plain(
      runBin(["--debug", "templates"], { bin }),
      "dist/cli/reporter.js was compiled after it was built (npm run build makes it anew)",
    );
  });

  it("uses the plain entry when missive was moved after the snapshot was built", () => {
    const copy = scratch();
    mkdirSync(join(copy, "bin"));
    for (const f of ["missive", "missive.js"])
      copyFileSync(join(ROOT, "bin", f), join(copy, "bin", f));
    symlinkSync(join(ROOT, "dist"), join(copy, "dist"));
    plain(
      runBin(["--debug", "templates"], { bin: join(copy, "bin", "missive") }),
      `it was built in ${realpathSync(ROOT)}, not in ${realpathSync(copy)} (npm run build makes it anew)`,
    );
  });
});

/**
 * Gives `to` the times of `from` to the nanosecond, as bin/missive's `-nt`/`-ot` compare them.
 * Why touch: utimes takes seconds as a double, which loses the nanoseconds of a file written
 * just now (the npm-installed Node of .ci/run), so the times would differ.
 */
function sameTimes(from: string, to: string): void {
  const r = spawnSync("touch", ["-r", from, to]);
  if (r.status !== 0) throw new Error(`touch -r ${from} ${to}: ${r.stderr}`);
}

/**
 * missive as installed in another folder, with its own snapshot files (the blob and its
 * reference node, their times kept) and its own dist/cli/; the rest of dist/, the package's
 * manifest and its dependencies are linked.
 */
function installCopy(): string {
  const copy = scratch();
  for (const f of ["package.json", "node_modules"]) symlinkSync(join(ROOT, f), join(copy, f));
  mkdirSync(join(copy, "bin"));
  for (const f of ["missive", "missive.js"])
    copyFileSync(join(ROOT, "bin", f), join(copy, "bin", f));
  mkdirSync(join(copy, "dist"));
  for (const entry of readdirSync(join(ROOT, "dist"))) {
    if (entry !== "cli" && entry !== "snapshot")
      symlinkSync(join(ROOT, "dist", entry), join(copy, "dist", entry));
  }
  cpSync(join(ROOT, "dist/cli"), join(copy, "dist/cli"), {
    recursive: true,
    preserveTimestamps: true,
  });
  cpSync(join(ROOT, "dist/snapshot"), join(copy, "dist/snapshot"), {
    recursive: true,
    preserveTimestamps: true,
  });
  const blob = join(copy, "dist/snapshot/missive.blob");
  writeFileSync(join(copy, "dist/snapshot/root"), `${copy}\n`);
  sameTimes(join(ROOT, "dist/snapshot/missive.blob"), blob);
  sameTimes(join(ROOT, "dist/snapshot/node.ref"), join(copy, "dist/snapshot/node.ref"));
  return copy;
}

describe("bin/missive writing to a reader that stops early", () => {
  it.each([
    ["from the snapshot", {}],
    ["without it", { MISSIVE_NO_SNAPSHOT: "1" }],
  ])("ends quietly with exit 0 %s (`missive … -o - | true`)", (_, env) => {
    // The reader is gone before missive writes, so its first write fails with EPIPE.
    const script = '{ "$0" render "$1" -f pdf -o -; echo "exit $?" >&2; } | true';
    const r = spawnSync("sh", ["-c", script, BIN, SEED], {
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
      encoding: "utf8",
    });
    expect(r.stderr).toBe("exit 0\n");
  });
});

describe("bin/missive and NODE_EXTRA_CA_CERTS", () => {
  it.each([
    ["from the snapshot", {}],
    ["without it", { MISSIVE_NO_SNAPSHOT: "1" }],
  ])("keeps node from reading extra CA certificates %s (missive opens no connection)", (_, env) => {
    // Node warns when it cannot read the file, so the warning shows whether it tried.
    const r = runBin(["--version"], { env: { NODE_EXTRA_CA_CERTS: "/nonexistent.pem", ...env } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
