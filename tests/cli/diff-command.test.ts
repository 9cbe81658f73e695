import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffCommand } from "../../src/cli/diff-command.js";
import type { MissiveError } from "../../src/errors.js";
import { blankPdf } from "../helpers/blank-pdf.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { pngPixels } from "../helpers/png-pixels.js";
import { ROOT } from "../helpers/render.js";
import { runBin, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = readFileSync(join(ROOT, "data/personal-cover-letter.yaml"), "utf8");
const NAME = "personal-cover-letter.pdf";

interface Change {
  page: number;
  status: string;
  fraction: number;
  counts: boolean;
  regions: { x: number; y: number; width: number; height: number }[];
  text: { removed: string; added: string }[];
  image?: string;
}

/** Renders `yaml` as personal-cover-letter.pdf into `dir/<out>`. */
function renderInto(dir: string, out: string, yaml: string, args: string[] = []): void {
  writeFileSync(join(dir, "personal-cover-letter.yaml"), yaml);
  const r = runBin(
    ["render", "personal-cover-letter.yaml", "-f", "pdf", "-o", `${out}/`, ...args],
    {
      cwd: dir,
    },
  );
  expect(r.code, r.stderr).toBe(0);
}

function diffJson(dir: string, args: string[]) {
  const r = runBin(["--json", "diff", ...args], { cwd: dir });
  const json = JSON.parse(r.stdout);
  return { code: r.code, stderr: r.stderr, json, changes: json.letters?.[0]?.changes as Change[] };
}

describe("missive diff", () => {
  let dir = "";
  beforeAll(() => {
    dir = tempDir("diff");
    renderInto(dir, "base", LETTER);
    renderInto(dir, "word", LETTER.replace("Kind regards,", "Best regards,"));
    renderInto(
      dir,
      "long",
      LETTER.replace(/^body: \|\n/mu, `body: |\n${"  A longer letter now.\n\n".repeat(20)}`),
    );
    // The pack's sender block in black instead of grey: pixels change, the words do not.
    cpSync(join(ROOT, "templates/personal"), join(dir, "pack"), { recursive: true });
    const manifest = join(dir, "pack/template.yaml");
    writeFileSync(
      manifest,
      readFileSync(manifest, "utf8").replace('color: "#444444"', 'color: "#000000"'),
    );
    renderInto(dir, "black", LETTER, ["-t", "./pack"]);
  }, 60_000);

  // Before, diff heard no signal: one while it wrote up to 512 MiB of pictures ended the
  // process with their temporary files left in the -o folder for good (write-whole.ts).
  it("stops at Ctrl-C before it writes the pictures, writing none", async () => {
    const r = await runCli(["diff", `base/${NAME}`, `word/${NAME}`, "-o", "pictures-stopped"], {
      cwd: dir,
      interrupt: (ctrlC) => ctrlC(),
    });
    expect([r.code, r.stderr.split("\n").slice(0, 3)]).toEqual([
      130,
      [
        "warning: SIGINT: stopping before anything is written (again to quit at once)",
        "error: SIGINT: diff stopped",
        "  hint: nothing was written",
      ],
    ]);
    expect(readdirSync(dir)).not.toContain("pictures-stopped");
  });

  it("finds two renders of the same letter the same, and writes no picture", () => {
    renderInto(dir, "again", LETTER);
    const r = runBin(["diff", `base/${NAME}`, `again/${NAME}`, "-o", "pictures"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`again/${NAME}: the same\n`);
    expect(existsSync(join(dir, "pictures"))).toBe(false);
  });

  it("finds a changed word, in the region where the new PDF has it, and draws it there", async () => {
    const r = diffJson(dir, [`base/${NAME}`, `word/${NAME}`, "-o", "pictures"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.changes.map((c) => [c.page, c.status, c.counts, c.text])).toEqual([
      [1, "changed", true, [{ removed: "Kind", added: "Best" }]],
    ]);
    const [region, ...more] = r.changes[0]?.regions ?? [];
    expect(more).toEqual([]);
    const word = (await extractPdf(readFileSync(join(dir, "word", NAME)))).items.find((i) =>
      i.str.startsWith("Best"),
    );
    const was = (await extractPdf(readFileSync(join(dir, "base", NAME)))).items.find((i) =>
      i.str.startsWith("Kind"),
    );
    if (!region || !word || !was) throw new Error("no region, or no closing");
    // The region lies on the closing's line, from its first letters (B and K share a stem) to
    // at most the end of the longer of the two closings.
    expect(region.x).toBeGreaterThanOrEqual(word.x - 1);
    expect(region.x).toBeLessThan(word.x + 8);
    expect(region.x + region.width).toBeLessThanOrEqual(
      Math.max(word.x + word.width, was.x + was.width) + 1,
    );
    expect(region.y).toBeGreaterThanOrEqual(word.top - 3);
    expect(region.y + region.height).toBeLessThanOrEqual(word.y + 4);
    // The picture: red and green ink inside the region (at 150 dpi), none outside it.
    const image = r.changes[0]?.image as string;
    expect(image).toBe(join(dir, "pictures/personal-cover-letter-1.diff.png"));
    const p = await pngPixels(readFileSync(image));
    let inside = 0;
    let outside = 0;
    for (let y = 0; y < p.height; y++)
      for (let x = 0; x < p.width; x++) {
        const i = (y * p.width + x) * 4;
        const [red, green, blue] = [p.data[i], p.data[i + 1], p.data[i + 2]];
        if (!((red === 220 && green === 0) || (red === 0 && green === 150 && blue === 0))) continue;
        const [px, py] = [(x * 72) / 150, (y * 72) / 150];
        const within =
          px >= region.x - 1 &&
          px <= region.x + region.width + 1 &&
          py >= region.y - 1 &&
          py <= region.y + region.height + 1;
        if (within) inside++;
        else outside++;
      }
    expect(inside).toBeGreaterThan(100);
    expect(outside).toBe(0);
  });

  it("reports pixels that changed where no word did, and lets --threshold pass them", async () => {
    const strict = diffJson(dir, [`base/${NAME}`, `black/${NAME}`]);
    expect(strict.code, strict.stderr).toBe(1);
    const change = strict.changes[0] as Change;
    expect([change.text, change.counts]).toEqual([[], true]);
    // Every region lies in the sender block: top right, above the date.
    const pdf = await extractPdf(readFileSync(join(dir, "black", NAME)));
    const lane = pdf.items.find((i) => i.str === "41 Willow Lane");
    const date = pdf.items.find((i) => i.str === "September 2, 2024");
    for (const g of change.regions) {
      expect(g.x).toBeGreaterThan(300);
      expect(g.y + g.height).toBeLessThan(date?.top ?? 0);
    }
    expect(
      change.regions.some((g) => g.y <= (lane?.y ?? 0) && g.y + g.height >= (lane?.top ?? 0)),
    ).toBe(true);
    const loose = runBin(["diff", `base/${NAME}`, `black/${NAME}`, "--threshold", "5%"], {
      cwd: dir,
    });
    expect(loose.code, loose.stderr).toBe(0);
    expect(loose.stderr).toContain("of the page changed (within --threshold)");
  });

  it("reports pages one render has and the other lacks", () => {
    const r = diffJson(dir, [`base/${NAME}`, `long/${NAME}`]);
    expect(r.code).toBe(1);
    expect(r.json.letters[0].pages).toEqual({ a: 1, b: 2 });
    expect(r.changes.map((c) => [c.page, c.status])).toEqual([
      [1, "changed"],
      [2, "added"],
    ]);
    const back = diffJson(dir, [`long/${NAME}`, `base/${NAME}`]);
    expect(back.changes.map((c) => c.status)).toEqual(["changed", "removed"]);
  });

  it("compares folders letter by letter, and names a letter only one has", () => {
    mkdirSync(join(dir, "both"));
    cpSync(join(dir, "base", NAME), join(dir, "both", NAME));
    cpSync(join(dir, "base", NAME), join(dir, "both", "extra.pdf"));
    const r = runBin(["diff", "base", "both"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `both/extra.pdf: only in the second render\nboth/${NAME}: the same\n1 of 2 letters differ\n`,
    );
  });

  // Before, both letters' changed first pages were written to pictures/x-1.diff.png, the
  // second over the first ("wrote" twice), and the report gave both the one picture.
  it("refuses two letters whose pictures would have one name, before drawing any", () => {
    for (const side of ["caseA", "caseB"]) mkdirSync(join(dir, side));
    for (const name of ["x.pdf", "x.PDF"]) {
      cpSync(join(dir, "base", NAME), join(dir, "caseA", name));
      cpSync(join(dir, "word", NAME), join(dir, "caseB", name));
    }
    const r = runBin(["diff", "caseA", "caseB", "-o", "case-pictures"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([
      8,
      "error: the letters x.PDF and x.pdf would both have their pictures named case-pictures/x-1.diff.png\n  hint: rename one of them, or compare them on their own\n",
    ]);
    expect(readdirSync(dir)).not.toContain("case-pictures");
    // Without pictures there is nothing to clash.
    expect(runBin(["diff", "caseA", "caseB"], { cwd: dir }).code).toBe(1);
  });

  it("refuses a picture folder that is a file before comparing, naming -o", () => {
    writeFileSync(join(dir, "notes"), "mine\n");
    const r = runBin(["diff", `base/${NAME}`, `word/${NAME}`, "-o", "notes/pictures"], {
      cwd: dir,
    });
    expect([r.code, r.stderr]).toEqual([
      8,
      "error: -o notes/pictures: notes is a file, not a folder\n  hint: choose a folder, or a path where one can be made\n",
    ]);
    expect(readFileSync(join(dir, "notes"), "utf8")).toBe("mine\n");
  });

  it.each([
    [
      ["base", `word/${NAME}`],
      2,
      "error: base is a folder and word/personal-cover-letter.pdf is not",
    ],
    [[`base/${NAME}`, "nothing.pdf"], 3, "error: nothing.pdf: file not found"],
    [
      [`base/${NAME}`, "personal-cover-letter.yaml"],
      3,
      "error: personal-cover-letter.yaml: not a PDF that can be read (Invalid PDF structure.)",
    ],
    [
      [`base/${NAME}`, `word/${NAME}`, "--threshold", "2"],
      2,
      "error: --threshold must be a share of the page from 0 to 1 (or 0% to 100%), not 2",
    ],
  ])("refuses %j (exit %i)", (args, code, message) => {
    const r = runBin(["diff", ...args, "-o", "pictures-bad"], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stderr.split("\n")[0]).toBe(message);
    expect(readdirSync(dir)).not.toContain("pictures-bad");
  });

  it("stops once the pictures it holds pass their limit, writing none", async () => {
    mkdirSync(join(dir, "old2"), { recursive: true });
    mkdirSync(join(dir, "new2"), { recursive: true });
    for (const n of ["a", "b", "c"]) {
      cpSync(join(dir, "base", NAME), join(dir, "old2", `${n}.pdf`));
      cpSync(join(dir, "word", NAME), join(dir, "new2", `${n}.pdf`));
    }
    const io = { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: dir };
    const e = await diffCommand("old2", "new2", { out: "pictures-held" }, io, {
      maxPictureBytes: 1,
    }).catch((err: MissiveError) => err);
    expect(e).toMatchObject({
      kind: "usage",
      problems: [
        {
          message:
            "the pictures of the changes pass 0 MB after 1 of 3 letters; nothing was written",
          hints: ["compare fewer letters at a time, give a lower --dpi, or leave out -o"],
        },
      ],
    });
    expect(readdirSync(dir)).not.toContain("pictures-held");
  });

  it.each([
    [
      "1,001 pages",
      1001,
      200,
      3,
      "error: long.pdf: 1,001 pages; missive diff compares PDFs of at most 1,000\n  hint: compare letters, not one PDF of many: render each to a PDF of its own\n",
    ],
    [
      "42 pages of 96 million pixels",
      42,
      4700,
      2,
      "error: long.pdf: its 42 pages would be 4,027,097,088 pixels at 150 dpi; missive diff draws at most 4,000,000,000 of a PDF\n  hint: give a lower --dpi\n",
    ],
  ])("refuses a PDF of %s before drawing a page", async (_, pages, side, code, message) => {
    writeFileSync(join(dir, "long.pdf"), await blankPdf(pages, side));
    const r = runBin(["diff", `base/${NAME}`, "long.pdf", "-o", "pictures-long"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([code, message]);
    expect(readdirSync(dir)).not.toContain("pictures-long");
  });

  // A pull request's render folder may hold new/x.pdf -> a PDF of the machine, whose pages
  // the pictures of the changes (a CI artifact) would have shown.
  it("refuses a PDF that a link leads out of the current folder, before reading any", async () => {
    const repo = join(dir, "repo");
    mkdirSync(join(repo, "old"), { recursive: true });
    mkdirSync(join(repo, "new"));
    writeFileSync(join(dir, "private.pdf"), await blankPdf(1, 100));
    writeFileSync(join(repo, "old", "x.pdf"), await blankPdf(1, 100));
    symlinkSync(join(dir, "private.pdf"), join(repo, "new", "x.pdf"));
    const r = runBin(["diff", "old", "new", "-o", "pictures"], { cwd: repo });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([
      3,
      `error: new/x.pdf: the PDF is outside the current folder ${repo}: a symbolic link leads it to ${join(dir, "private.pdf")}`,
    ]);
    expect(readdirSync(repo).sort()).toEqual(["new", "old"]);
  });
});
