import { afterEach, expect, it } from "vitest";
import { processIo } from "../../src/cli/io.js";

const counts = (): [number, number] => [
  process.listenerCount("SIGINT"),
  process.listenerCount("SIGTERM"),
];
const before = counts();

afterEach(() => {
  expect(counts()).toEqual(before);
});

it("hears the first Ctrl-C or SIGTERM only, then leaves the signals to Node", () => {
  const heard: string[] = [];
  processIo().onInterrupt?.((s) => heard.push(s));
  expect(counts()).toEqual([before[0] + 1, before[1] + 1]);
  process.emit("SIGTERM", "SIGTERM");
  expect(heard).toEqual(["SIGTERM"]);
  // A second Ctrl-C finds no listener of missive's: Node ends the process as usual.
  expect(counts()).toEqual(before);
});

it("stops listening when the command says so", () => {
  const heard: string[] = [];
  const release = processIo().onInterrupt?.((s) => heard.push(s));
  release?.();
  expect(counts()).toEqual(before);
  expect(heard).toEqual([]);
});
