import { createHash } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";

/** The machine part where it cannot be known (no /proc: not Linux): never proven gone. */
const UNKNOWN = "000000000000";

/**
 * Who makes a temporary file, for its name: `<machine>-<pid>`. `machine` stands for this boot
 * of this machine's kernel and this process's pid namespace, the two within which a pid names
 * one process: a run on another machine writing to the same shared folder, or in another
 * container, never has the same. Why in the name: a run killed outright (kill -9) leaves its
 * temporary files, and a later run removes one only when its maker is provably gone
 * (ownerIsGone). Read at each call, never kept in this module: a process started from the
 * startup snapshot must not carry the pid of the process that built the snapshot. A caller
 * that writes many files in one process (a merge's renderer) reads it once, when it starts.
 */
export function tempOwner(): string {
  return `${machineTag()}-${process.pid}`;
}

function machineTag(): string {
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const pids = readlinkSync("/proc/self/ns/pid");
    if (boot === "" || !pids.startsWith("pid:")) return UNKNOWN;
    return createHash("sha256").update(`${boot}\n${pids}`).digest("hex").slice(0, 12);
  } catch {
    return UNKNOWN;
  }
}

/**
 * Whether the owner a temporary file's name gives (tempOwner) is a process that has ended:
 * made on this boot of this machine, in this pid namespace, and no process has its pid
 * (process.kill(pid, 0) fails with ESRCH). Anything else, a pid in use again included, is
 * not proof, and the file stays.
 */
export function ownerIsGone(owner: string): boolean {
  const m = /^([0-9a-f]{12})-([1-9]\d{0,9})$/.exec(owner);
  if (!m || m[1] === UNKNOWN || m[1] !== machineTag()) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}
