import { expect, it } from "vitest";
import { TextRunScan } from "../../src/batch/text-run-scan.js";

it("measures the longest text between tags, across chunks, tags cut included", () => {
  const scan = new TextRunScan();
  for (const chunk of ["<a>xx", "xx</a", "><b attr='yyyyyyyyyy'", ">zzz</b>"])
    scan.push(Buffer.from(chunk));
  expect(scan.longest).toBe(4);
});
