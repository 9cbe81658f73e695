import { describe, expect, it } from "vitest";
import { isInside, safeRelativeName } from "../../src/batch/safe-name.js";

describe("safeRelativeName", () => {
  it.each([
    ["../../etc/passwd.pdf", "_/_/etc/passwd.pdf"],
    ["/abs/path.pdf", "abs/path.pdf"],
    ["a\\b.pdf", "a/b.pdf"],
    ["CON.pdf", "_CON.pdf"],
    ["nul.txt", "_nul.txt"],
    // Before, kept as it was: Windows reads it as the console.
    ["CON .pdf", "_CON .pdf"],
    ["aux  .txt.pdf", "_aux  .txt.pdf"],
    ["lpt1.pdf", "_lpt1.pdf"],
    ["bell\u0007tab\t.pdf", "bell_tab_.pdf"],
    ['what?<"x">*|:.pdf', "what___x_____.pdf"],
    ["trailing. . ", "trailing"],
    [".hidden.pdf", "_hidden.pdf"],
    ["Smith\u202Efdp.exe.pdf", "Smithfdp.exe.pdf"],
    ["\uFEFFzero\u200Bwidth\u2060joined\u00AD.pdf", "zerowidthjoined.pdf"],
    ["a\u2066b\u2069c\u200Fd\uFE0F\u3164.pdf", "abcd.pdf"],
    ["no\u00A0break\u3000wide.pdf", "no break wide.pdf"],
    ["line\u2028para\u2029.pdf", "line_para_.pdf"],
    ["\u200B.pdf", "_pdf"],
    // Before, kept: an option to a command run over `*` in the output folder.
    ["-rf.pdf", "_-rf.pdf"],
    ["--checkpoint-action=exec=sh x.pdf", "_--checkpoint-action=exec=sh x.pdf"],
    ["dept/-x.pdf", "dept/_-x.pdf"],
  ])("%j → %j", (raw, safe) => {
    expect(safeRelativeName(raw)).toBe(safe);
  });

  it("keeps names within 255 UTF-8 bytes, cutting at a character and keeping the extension", () => {
    const name = safeRelativeName(`${"é".repeat(300)}.pdf`) as string;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith("é.pdf")).toBe(true);
  });

  // Before, a folder's name cut at 255 bytes could end in a space, which Windows drops.
  it("drops a dot or space that cutting leaves at the end", () => {
    expect(safeRelativeName(`${"a".repeat(254)} b/x.pdf`)).toBe(`${"a".repeat(254)}/x.pdf`);
  });

  // A record's name of 10,000 spaces before an "x" took 25 s (`/[. ]+$/` scans the run again
  // from each space), one of 10,000 characters 23 s to cut (measured again after each drop):
  // a CSV record's 1 MiB, hours (audit32).
  it("makes a name of a million characters in time linear in it", () => {
    const started = Date.now();
    expect(safeRelativeName(`${" ".repeat(1_000_000)}x.pdf`)).toBe("_x.pdf");
    const long = safeRelativeName(`${"a ".repeat(500_000)}.pdf`) as string;
    expect([long.length, long.endsWith("a a.pdf")]).toEqual([255, true]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a name with nothing left", () => {
    expect(safeRelativeName("///")).toBeNull();
  });

  it("isInside rejects the folder itself and anything above it", () => {
    expect(isInside("/out", "/out/a.pdf")).toBe(true);
    expect(isInside("/out", "/out")).toBe(false);
    expect(isInside("/out", "/out/../x.pdf")).toBe(false);
  });
});
