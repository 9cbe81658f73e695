import { createHash } from "node:crypto";

/** Size and sha256 of an output file's contents, as the manifest and `--json` report them. */
export function fileDigest(data: Uint8Array | string): { bytes: number; sha256: string } {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  return { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}
