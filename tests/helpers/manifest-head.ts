import type { Manifest } from "../../src/batch/manifest.js";

/** A manifest's head for tests that write manifests: `rendered` and `failed` counts. */
export function manifestHead(rendered: number, failed = 0): Omit<Manifest, "entries"> {
  return {
    missive: "0.1.0",
    data: "letter.yaml",
    records: "people.csv",
    shard: "1/1",
    complete: true,
    summary: { records: rendered + failed, rendered, skipped: 0, failed, pending: 0 },
  };
}
