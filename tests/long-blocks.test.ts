import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/render.js";

/**
 * Renders a business letter whose body is `body` to text, laid out, in a thread with a stack
 * of half a megabyte (Node's main thread has about one; a test thread four, which hides an
 * overflow at these sizes). Resolves to the text, or rejects with the error's message.
 */
function renderSmallStack(body: string): Promise<string> {
  const code = `const { parentPort, workerData } = require("node:worker_threads");
import(workerData.pipeline).then(async ({ letterOptions, renderLetter }) => {
  try {
    const out = await renderLetter(workerData.letter, {
      ...letterOptions({ formats: ["txt"], textWidth: 72, creationDate: 0 }),
      cwd: workerData.root,
      stopAfter: "layout",
    });
    parentPort.postMessage({ txt: out.txt });
  } catch (e) {
    parentPort.postMessage({ error: String(e.message) });
  }
});`;
  const letter = {
    file: `${ROOT}/data/long-blocks.yaml`,
    text: JSON.stringify({
      template: "business",
      sender: { company: "Example Co", address: ["1 Main Street"] },
      recipient: ["Ms. Ann Lee"],
      date: "2024-05-03",
      body,
    }),
  };
  const pipeline = new URL("../dist/pipeline.js", import.meta.url).href;
  const worker = new Worker(code, {
    eval: true,
    workerData: { letter, root: ROOT, pipeline },
    resourceLimits: { stackSizeMb: 0.5 },
  });
  return new Promise((resolve, reject) => {
    worker.once("message", (m: { txt?: string; error?: string }) => {
      void worker.terminate();
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.txt as string);
    });
    worker.once("error", reject);
  });
}

const rowsOf = (txt: string) => txt.split("\n").filter((l) => /^a +b$/.test(l.trim())).length;

// Before, each of these ended in exit 70, "Maximum call stack size exceeded" (or, for the
// pasted table, "the template nests too deeply", blamed on the pack): the largest of a
// table's rows or a list's markers was taken with Math.max(...values), and a pasted table's
// rows appended with push(...rows), one argument each (src/largest.ts, push-all.ts).
describe("blocks of a hundred thousand rows or items", () => {
  it("lays out and writes a Markdown table of 80,000 rows", async () => {
    const txt = await renderSmallStack(`| A | B |\n|---|---|\n${"| a | b |\n".repeat(80_000)}`);
    expect(rowsOf(txt)).toBe(80_000);
  }, 60_000);

  // Before: laid out, each cell a paragraph of its own; 500,000 cells (1.3 MB of body) took
  // 79 s and 1.5 GB, and a body of 4 MiB holds two million (src/layout/table-cells.ts).
  it("refuses tables of over 200,000 cells before laying them out", async () => {
    const table = `| Item | B | C |\n|---|---|---|\n${"| a | b | c |\n".repeat(66_667)}`;
    await expect(renderSmallStack(table)).rejects.toThrow(
      "the letter's tables reach 200,004 cells with this one of 66,668 rows of 3 columns; a letter lays out at most 200,000",
    );
  }, 60_000);

  it("lays out a list of 80,000 numbered items", async () => {
    const body = Array.from({ length: 80_000 }, (_, i) => `${i + 1}. x`).join("\n");
    expect(await renderSmallStack(body)).toContain("80000. x");
  }, 60_000);

  it("reads a table of 80,000 tab-separated lines pasted into the body", async () => {
    const txt = await renderSmallStack(`Prices:\n\n${"a\tb\n".repeat(80_000)}`);
    expect(rowsOf(txt)).toBe(80_000);
  }, 60_000);
});
