import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { progressBar } from "../../src/cli/progress-bar.js";

function io(env: Record<string, string>, isTTY: boolean): { io: Io; out: string[] } {
  const out: string[] = [];
  const stderr = { isTTY, write: (s: string) => out.push(s) };
  return { io: { env, stderr } as unknown as Io, out };
}

describe("progress in CI", () => {
  it("is a line every ten seconds with done, rate and time left; a short run says nothing", () => {
    const { io: ci, out } = io({ CI: "true" }, false);
    let t = 0;
    const p = progressBar(ci, 100, true, () => t);
    for (let k = 0; k < 100; k++) {
      t += 250; // four letters a second: a line every 40 letters
      p.tick();
    }
    p.end();
    expect(out).toEqual([
      "progress: 40/100 letters, 4.0/s, about 15 s left\n",
      "progress: 80/100 letters, 4.0/s, about 5 s left\n",
    ]);
    const quick = io({ CI: "true" }, false);
    const q = progressBar(quick.io, 100, true, () => 0);
    for (let k = 0; k < 100; k++) q.tick();
    expect(quick.out).toEqual([]);
  });

  it("is nothing outside CI without a terminal, or with --quiet or --json", () => {
    let t = 0;
    for (const [env, enabled] of [
      [{}, true],
      [{ CI: "true" }, false],
    ] as const) {
      const { io: plain, out } = io(env, false);
      const p = progressBar(plain, 100, enabled, () => t);
      for (let k = 0; k < 100; k++) {
        t += 1000;
        p.tick();
      }
      expect(out).toEqual([]);
    }
  });
});
