import { randomBytes, randomUUID } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { tempOwner } from "./temp-owner.js";

/**
 * The hidden temporary files missive writes in the folders of a run's outputs, named after
 * their maker (temp-owner.ts) so that leftover-temps.ts can tell a dead run's from a live one's.
 */

/**
 * A file being written in `dir` before it is renamed to its own name (write-atomic.ts). Its 12
 * random hex digits are the last group of a random UUID, which is 48 random bits as
 * randomBytes(6) was: Node draws UUIDs from a cache it fills in batches, and a merge names two
 * files a letter, where a call to the system's random source each was a cost of its own.
 */
export function writeTempPath(dir: string, owner = tempOwner()): string {
  return join(dir, `.missive-${owner}.${randomUUID().slice(-12)}.tmp`);
}

/** A merge's spool of manifest entries beside the manifest `near` (entry-spool.ts). */
export function spoolPath(near: string): string {
  const name = `.${basename(near)}.${tempOwner()}.${randomBytes(4).toString("hex")}.entries.tmp`;
  return join(dirname(near), name);
}

const NAMES: readonly RegExp[] = [
  /^\.missive-([0-9a-f]{12}-\d+)\.[0-9a-f]{12}\.tmp$/,
  /^\..+\.([0-9a-f]{12}-\d+)\.[0-9a-f]{8}\.entries\.tmp$/,
];

/** The owner a file name of writeTempPath or spoolPath gives; undefined for any other name. */
export function tempOwnerOf(name: string): string | undefined {
  for (const re of NAMES) {
    const owner = re.exec(name)?.[1];
    if (owner) return owner;
  }
  return undefined;
}
