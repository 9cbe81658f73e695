import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dropPrevious, previousName } from "../../src/output/previous-files.js";
import { restoreFiles } from "../../src/output/remove-files.js";
import { writeFilesAtomic } from "../../src/output/write-atomic.js";
import { caught } from "../helpers/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

const temp = () => tempDir("out");

describe("writeFilesAtomic", () => {
  it("writes every file, creating folders, and says which folders it made", () => {
    const dir = temp();
    mkdirSync(join(dir, "b"));
    const { made } = writeFilesAtomic([
      { path: join(dir, "a", "deep", "x.txt"), data: "hello" },
      { path: join(dir, "x.pdf"), data: new Uint8Array([1, 2, 3]) },
      { path: join(dir, "b", "y.txt"), data: "there" },
    ]);
    expect(readFileSync(join(dir, "a", "deep", "x.txt"), "utf8")).toBe("hello");
    expect([...readFileSync(join(dir, "x.pdf"))]).toEqual([1, 2, 3]);
    // The topmost folder of the chain it made; none for folders that were there.
    expect(made).toEqual([join(dir, "a")]);
  });

  it("refuses, before writing any file, a name where a named pipe or a folder is", async () => {
    const dir = temp();
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    mkdirSync(join(dir, "folder.pdf"));
    for (const [name, kind] of [
      ["pipe.txt", "a named pipe (FIFO)"],
      ["folder.pdf", "a folder"],
    ]) {
      const e = await caught(() =>
        writeFilesAtomic([
          { path: join(dir, "first.txt"), data: "x" },
          { path: join(dir, name as string), data: "y" },
        ]),
      );
      expect(e.kind).toBe("output");
      expect(e.message).toBe(
        `cannot write ${join(dir, name as string)}: it is ${kind}, not a file`,
      );
    }
    // The pipe is still one (a rename would have made it a file), and nothing else was made.
    expect(lstatSync(join(dir, "pipe.txt")).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["folder.pdf", "pipe.txt"]);
  });

  it("writes text given in pieces as their concatenation", () => {
    const dir = temp();
    const pieces = ["{\n", '  "é": ', "1".repeat(70_000), "\n}\n"];
    writeFilesAtomic([{ path: join(dir, "m.json"), data: pieces }]);
    expect(readFileSync(join(dir, "m.json"), "utf8")).toBe(pieces.join(""));
  });

  it("leaves neither final names nor temporary files when one file cannot be written", async () => {
    const dir = temp();
    // A path through an existing file fails for every user, root included.
    writeFileSync(join(dir, "blocker"), "");
    const blocked = join(dir, "blocker", "y.txt");
    const e = await caught(() =>
      writeFilesAtomic([
        { path: join(dir, "new", "deep", "x.txt"), data: "first" },
        { path: blocked, data: "second" },
      ]),
    );
    expect(e.kind).toBe("output");
    // Nor the folders made for them.
    expect(readdirSync(dir)).toEqual(["blocker"]);
  });

  it("takes back files already renamed when a later rename fails", async () => {
    const dir = temp();
    // A name longer than a name may be: its temporary file, named apart, is written, and the
    // rename fails after the first file is in place. (A folder in the way is refused before.)
    const e = await caught(() =>
      writeFilesAtomic([
        { path: join(dir, "a.txt"), data: "first" },
        { path: join(dir, `${"b".repeat(300)}.pdf`), data: "second" },
      ]),
    );
    expect(e.problems[0]?.message).toMatch(
      /^cannot write .*b\.pdf: the name is too long \(ENAMETOOLONG\)/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeFilesAtomic over files that exist", () => {
  const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("."));

  it("puts back a file it had replaced when a later file cannot be written", async () => {
    const dir = temp();
    writeFileSync(join(dir, "a.pdf"), "earlier letter");
    // A rename onto a folder that holds something fails for every user, root included.
    mkdirSync(join(dir, "b.txt"));
    writeFileSync(join(dir, "b.txt", "inside"), "");
    await caught(() =>
      writeFilesAtomic([
        { path: join(dir, "a.pdf"), data: "new letter" },
        { path: join(dir, "b.txt"), data: "new text" },
      ]),
    );
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("earlier letter");
    expect(hidden(dir)).toEqual([]);
  });

  it("replaces them and keeps nothing beside them once all are written", () => {
    const dir = temp();
    writeFileSync(join(dir, "a.pdf"), "earlier letter");
    writeFilesAtomic([{ path: join(dir, "a.pdf"), data: "new letter" }]);
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("new letter");
    expect(hidden(dir)).toEqual([]);
  });

  it("keeps what they replaced for a caller that may still fail (a mail merge)", () => {
    const dir = temp();
    const [a, b] = [join(dir, "a.pdf"), join(dir, "b.pdf")];
    writeFileSync(a, "earlier a");
    // What a run killed outright kept is another run's: never taken, never put back.
    writeFileSync(previousName(a, "r0"), "kept by a killed run");
    const files = [
      { path: a, data: "new a" },
      { path: b, data: "new b" },
    ];
    const { kept } = writeFilesAtomic(files, { previous: { run: "r1" } });
    expect(kept).toEqual([a]);
    expect(readFileSync(a, "utf8")).toBe("new a");
    expect(hidden(dir).sort()).toEqual(
      [previousName(a, "r0"), previousName(a, "r1")].map((p) => p.slice(dir.length + 1)).sort(),
    );
    restoreFiles([a, b], { run: "r1", paths: new Set(kept) });
    expect(readFileSync(a, "utf8")).toBe("earlier a");
    expect(readdirSync(dir).sort()).toEqual([previousName(a, "r0").slice(dir.length + 1), "a.pdf"]);
    const again = writeFilesAtomic([{ path: a, data: "new a" }], { previous: { run: "r2" } });
    for (const p of again.kept) dropPrevious(p, "r2");
    expect(readFileSync(a, "utf8")).toBe("new a");
    expect(readFileSync(previousName(a, "r0"), "utf8")).toBe("kept by a killed run");
    expect(hidden(dir)).toHaveLength(1);
  });

  it("keeps the earlier file once in a run, though a record is written twice (a retried worker)", () => {
    const dir = temp();
    const a = join(dir, "a.pdf");
    writeFileSync(a, "earlier");
    const first = writeFilesAtomic([{ path: a, data: "first try" }], { previous: { run: "r" } });
    const second = writeFilesAtomic([{ path: a, data: "second try" }], { previous: { run: "r" } });
    expect(second.kept).toEqual(first.kept);
    restoreFiles([a], { run: "r", paths: new Set(second.kept) });
    expect(readFileSync(a, "utf8")).toBe("earlier");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it("keeps and puts back files whose names are as long as a name can be", () => {
    const dir = temp();
    const long = join(dir, `${"x".repeat(251)}.pdf`);
    writeFileSync(long, "earlier");
    const { kept } = writeFilesAtomic([{ path: long, data: "new" }], { previous: { run: "r" } });
    restoreFiles([long], { run: "r", paths: new Set(kept) });
    expect(readFileSync(long, "utf8")).toBe("earlier");
    writeFilesAtomic([{ path: long, data: "new" }]);
    expect(readFileSync(long, "utf8")).toBe("new");
    expect(hidden(dir)).toEqual([]);
  });

  it("puts back every file it can, and then says what it could not", async () => {
    const dir = temp();
    const [a, b] = [join(dir, "a.pdf"), join(dir, "b.pdf")];
    writeFileSync(a, "earlier a");
    writeFileSync(b, "earlier b");
    const files = [
      { path: a, data: "new a" },
      { path: b, data: "new b" },
    ];
    const { kept } = writeFilesAtomic(files, { previous: { run: "r" } });
    rmSync(previousName(a, "r"));
    expect(() => restoreFiles([a, b], { run: "r", paths: new Set(kept) })).toThrow(/ENOENT/);
    expect(readFileSync(b, "utf8")).toBe("earlier b");
  });
});
