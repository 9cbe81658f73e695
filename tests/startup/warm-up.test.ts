import { expect, it } from "vitest";
import { warmUp } from "../../src/startup/warm-up.js";
import { res } from "../helpers/resources.js";

it("renders the scaffolded letter of every built-in pack (the snapshot's warm-up)", async () => {
  await expect(warmUp(res)).resolves.toBeUndefined();
});
