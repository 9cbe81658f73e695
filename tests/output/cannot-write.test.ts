import { describe, expect, it } from "vitest";
import { cannotWrite } from "../../src/output/cannot-write.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe("cannotWrite", () => {
  // Before, only the code was said: "cannot write out/a.pdf: EACCES".
  it("says why in words, with the system's code, and what to do", () => {
    const said = (code: string) => {
      const p = cannotWrite("out/a.pdf", errno(code)).problems[0];
      return [p?.message, p?.hints];
    };
    expect(said("EACCES")).toEqual([
      "cannot write out/a.pdf: permission denied (EACCES)",
      ["check the folder's permissions"],
    ]);
    expect(said("EROFS")).toEqual([
      "cannot write out/a.pdf: the file system is read-only (EROFS)",
      ["write to another folder with -o"],
    ]);
    expect(said("EIO")).toEqual(["cannot write out/a.pdf: EIO", ["check the output path"]]);
  });

  it("is an output error (exit 8)", () => {
    expect(cannotWrite("x", errno("ENOSPC")).exitCode).toBe(8);
  });
});
