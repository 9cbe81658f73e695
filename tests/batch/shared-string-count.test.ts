import { expect, it } from "vitest";
import { SharedStringCount } from "../../src/batch/shared-string-count.js";

const count = (...chunks: string[]) => {
  const c = new SharedStringCount();
  for (const chunk of chunks) c.push(Buffer.from(chunk, "latin1"));
  return c.count;
};

it("counts string items, with or without a prefix, and not other tags", () => {
  expect(count('<sst><si><t>a</t></si><x:si a="1"><t/></x:si><si/><sig/><s/></sst>')).toBe(3);
});

it("counts an item whose tag a chunk's end cuts once", () => {
  expect(count("<sst><s", "i><t>a</t></si><si xml:sp", 'ace="preserve">', "<t>b</t></si>")).toBe(2);
});
