import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { MissiveError } from "../src/errors.js";
import { ROOT, render } from "./helpers/render.js";

async function failure(file: string, edit: (text: string) => string): Promise<MissiveError> {
  const text = edit(readFileSync(join(ROOT, "data", file), "utf8"));
  try {
    await render({ file: `data/${file}`, text });
  } catch (e) {
    return e as MissiveError;
  }
  throw new Error("expected the render to fail");
}

describe("missing assets", () => {
  it("names the data field of a missing logo", async () => {
    const e = await failure("business-northwind-2024.yaml", (t) =>
      t.replace("  web: northwind.example", "  web: northwind.example\n  logo: img/nope.png"),
    );
    expect(e.kind).toBe("asset");
    expect(e.problems[0]?.message).toMatch(/^image not found: .*img\/nope\.png$/);
    expect(e.problems[0]?.location).toMatchObject({ line: 12, col: 9, path: "sender.logo" });
  });

  it("names the data field of a missing signature image", async () => {
    const e = await failure("senate-itu-2020.yaml", (t) =>
      t.replace("  - name: Tom Cotton\n", "  - name: Tom Cotton\n    image: sig/cotton.png\n"),
    );
    expect(e.kind).toBe("asset");
    expect(e.problems[0]?.location?.path).toBe("signers.3.image");
  });
});
