import { existsSync, statSync } from "node:fs";
import { recordInputHash } from "./input-hash.js";
import { fromManifest, type ManifestEntry } from "./manifest.js";
import type { RecordTargets } from "./plan-names.js";

/** True when a record's inputs hash the same as last time and its files are still there. */
export function unchanged(
  prev: ManifestEntry,
  data: unknown,
  targets: RecordTargets,
  manifestPath: string,
  shared: string,
  hashAsset: (p: string) => string,
): boolean {
  if (prev.status === "failed") return false;
  const wanted = Object.values(targets).sort();
  const had = prev.files.map((f) => fromManifest(manifestPath, f.path)).sort();
  if (wanted.length !== had.length || wanted.some((p, i) => p !== had[i])) return false;
  if (!prev.files.every((f) => sizeIs(fromManifest(manifestPath, f.path), f.bytes))) return false;
  const assets = prev.assets.map((a) => fromManifest(manifestPath, a));
  return recordInputHash(shared, data, assets, hashAsset) === prev.inputHash;
}

function sizeIs(path: string, bytes: number): boolean {
  return existsSync(path) && statSync(path).size === bytes;
}
