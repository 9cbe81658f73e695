import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { removeLeftovers } from "../../src/output/leftover-temps.js";
import { spoolPath, tempOwnerOf, writeTempPath } from "../../src/output/temp-names.js";
import { ownerIsGone, tempOwner } from "../../src/output/temp-owner.js";
import { ROOT } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const dist = (file: string) => JSON.stringify(pathToFileURL(join(ROOT, "dist", file)).href);

/**
 * A process that makes the temporary files a merge makes in `dir` (the spool of entries beside
 * manifest.json, a letter being written) and waits; resolves once they are there.
 */
async function writer(dir: string): Promise<ChildProcess> {
  const script = `
    const { openEntrySpool } = await import(${dist("output/entry-spool.js")});
    const { writeTempPath } = await import(${dist("output/temp-names.js")});
    const { writeFileSync } = await import("node:fs");
    openEntrySpool(${JSON.stringify(join(dir, "manifest.json"))}).add("{}");
    writeFileSync(writeTempPath(${JSON.stringify(dir)}), "half a letter");
    process.stdout.write("ready\\n");
    setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const [chunk] = await once(child.stdout as NodeJS.ReadableStream, "data");
  expect(String(chunk)).toBe("ready\n");
  return child;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

async function killed(child: ChildProcess): Promise<void> {
  const exit = once(child, "exit");
  child.kill("SIGKILL");
  await exit;
}

/** The hidden temporary files in `dir`, by the pid that made them. */
function tempsByPid(dir: string): Record<string, number> {
  const count: Record<string, number> = {};
  for (const name of readdirSync(dir)) {
    const pid = tempOwnerOf(name)?.split("-")[1];
    if (pid) count[pid] = (count[pid] ?? 0) + 1;
  }
  return count;
}

describe("temporary files of runs killed outright", () => {
  it("are named after their maker, and only this machine's ended processes count as gone", () => {
    const owner = tempOwner();
    expect(owner).toMatch(new RegExp(`^[0-9a-f]{12}-${process.pid}$`));
    expect(tempOwnerOf(writeTempPath("x").slice(2))).toBe(owner);
    expect(tempOwnerOf(spoolPath("out/manifest.json").slice(4))).toBe(owner);
    expect(tempOwnerOf(".missive-previous-abc-0123456789abcdef")).toBeUndefined();
    expect(tempOwnerOf("letter.pdf")).toBeUndefined();
    // This process is alive; a pid of another machine or namespace proves nothing here.
    expect(ownerIsGone(owner)).toBe(false);
    const tag = owner.split("-")[0] as string;
    const other = tag === "ffffffffffff" ? "eeeeeeeeeeee" : "ffffffffffff";
    expect(ownerIsGone(`${other}-4194305`)).toBe(false);
    expect(ownerIsGone("000000000000-4194305")).toBe(false);
    expect(ownerIsGone(`${tag}-0`)).toBe(false);
  });

  it("are removed by a later merge once their maker is dead (kill -9), never a live run's", async () => {
    const dir = tempDir("leftovers");
    const out = join(dir, "out");
    const dead = await writer(out);
    const live = await writer(out);
    await killed(dead);
    // Another machine's, on a shared folder: its pid means nothing here.
    writeFileSync(join(out, ".missive-ffffffffffff-1.0123456789ab.tmp"), "");
    writeFileSync(join(dir, "p.csv"), "recipient.0\nAnn Lee\n");
    const before = tempsByPid(out);
    expect(before).toEqual({ [String(dead.pid)]: 2, [String(live.pid)]: 2, "1": 1 });
    const LETTER = join(ROOT, "data/senate-itu-2020.yaml");
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"];
    const r = await runCli([...args, "--resume"], { cwd: dir });
    expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    expect(r.code).toBe(0);
    expect(tempsByPid(out)).toEqual({ [String(live.pid)]: 2, "1": 1 });
    await killed(live);
    expect(removeLeftovers([out, join(dir, "nowhere")]).length).toBe(2);
    expect(tempsByPid(out)).toEqual({ "1": 1 });
  });

  it("are files only: a link or a folder under a dead run's name stays, and what it points at", async () => {
    const dir = tempDir("leftovers");
    const child = spawn(process.execPath, ["-e", ""]);
    await once(child, "exit");
    const name = (n: string) => `.missive-${tempOwner().split("-")[0]}-${child.pid}.${n}.tmp`;
    const mine = join(dir, "mine.pdf");
    writeFileSync(mine, "a letter of the user's");
    symlinkSync(mine, join(dir, name("aaaaaaaaaaaa")));
    mkdirSync(join(dir, name("bbbbbbbbbbbb")));
    writeFileSync(join(dir, name("cccccccccccc")), "half a letter");
    expect(removeLeftovers([dir])).toEqual([join(dir, name("cccccccccccc"))]);
    expect(readdirSync(dir).sort()).toEqual(
      [name("aaaaaaaaaaaa"), name("bbbbbbbbbbbb"), "mine.pdf"].sort(),
    );
    expect(existsSync(mine)).toBe(true);
  });

  it("never match a letter's name, whatever --name and the records make of it", async () => {
    const dir = tempDir("leftovers");
    const temp = `.missive-${tempOwner().split("-")[0]}-4194304.aaaaaaaaaaaa.tmp`;
    writeFileSync(join(dir, "p.csv"), `recipient.0,file\nAnn Lee,${temp}\nBo Chen,sub/${temp}\n`);
    const LETTER = join(ROOT, "data/senate-itu-2020.yaml");
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt,pdf"];
    const r = await runCli([...args, "--name", "{{file}}"], { cwd: dir });
    expect(r.code).toBe(0);
    const names = readdirSync(join(dir, "out"));
    expect(names.filter((n) => n !== "manifest.json").sort()).toEqual(
      [
        `_${temp.slice(1)}.pdf`,
        `_${temp.slice(1)}.txt`,
        `sub_${temp}.pdf`,
        `sub_${temp}.txt`,
      ].sort(),
    );
    expect(names.map(tempOwnerOf).filter(Boolean)).toEqual([]);
  });
});
