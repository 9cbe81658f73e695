import { dirname } from "node:path";
import { type EntrySpool, openEntrySpool } from "../output/entry-spool.js";
import { removeLeftovers } from "../output/leftover-temps.js";
import { dropKept } from "../output/previous-files.js";
import { restoreFiles } from "../output/remove-files.js";
import { type FileToWrite, writeFilesAtomic } from "../output/write-atomic.js";
import type { MergeOptions } from "./merge-options.js";
import type { BatchOutcome } from "./run-batch.js";

/**
 * A merge's files from its first letter to its end, which is one commit() or one rollback().
 * It owns what the run wrote (the letters, the entries' spool, the folders made for them) and
 * what the letters replaced, kept aside (output/previous-files.ts). Why one owner: a merge
 * can fail at every write, and each failure must leave the folder either as the run found it
 * (rollback) or holding only complete letters with a manifest that says what they are
 * (commit); four roll-back paths, one per failure, drifted apart.
 */
export interface MergeTransaction {
  /** Where finished entries are kept until the manifest is written. */
  readonly entries: EntrySpool;
  /** The batch's outcome: the files it lists as written and kept are now the transaction's. */
  own(outcome: BatchOutcome): void;
  /**
   * Writes the manifest and the combined PDF (each whole or not at all), then forgets the
   * files the letters replaced. Returns a warning when that forgetting failed (the letters
   * stand; only hidden copies of old ones remain). Throws when a file cannot be written:
   * call rollback() then.
   */
  commit(files: FileToWrite[]): string | undefined;
  /**
   * After commit(): removes from the run's folders the temporary files of earlier runs that
   * were killed outright (output/leftover-temps.ts). Why only then: a run that rolls back
   * leaves the folder as it found it. Returns the paths removed.
   */
  tidy(): string[];
  /**
   * Removes every file the run wrote and the folders it made, and puts back what they
   * replaced. Returns a warning when some of it failed; never throws, so the error that
   * ended the run is the one reported.
   */
  rollback(): string | undefined;
  /** Whether it was committed or rolled back yet. */
  readonly ended: boolean;
  /** Removes the spool; after commit() or rollback(). */
  dispose(): void;
}

export function openTransaction(o: MergeOptions): MergeTransaction {
  // Beside the manifest, or the combined PDF when there is no manifest (`--combine` alone).
  const near = o.manifestPath ?? o.combinePath ?? `${o.cwd}/missive-merge`;
  const entries = openEntrySpool(near);
  let outcome: BatchOutcome | undefined;
  let ended = false;
  const end = () => {
    if (ended) throw new Error("a merge transaction ends once");
    ended = true;
  };
  return {
    entries,
    get ended() {
      return ended;
    },
    own(result) {
      outcome = result;
    },
    commit(files) {
      if (ended) throw new Error("a merge transaction ends once");
      // Until every file is written the run can still be rolled back.
      writeFilesAtomic(files);
      end();
      if (!outcome?.previousRun) return undefined;
      try {
        dropKept({ run: outcome.previousRun, paths: new Set(outcome.kept()) });
      } catch (e) {
        return `could not remove the earlier letters this run replaced: ${(e as Error).message}`;
      }
      return undefined;
    },
    rollback() {
      end();
      try {
        const written = outcome?.written() ?? [];
        const run = outcome?.previousRun;
        const kept = { run: run ?? "", paths: new Set(run ? (outcome?.kept() ?? []) : []) };
        // The spool sits in the output folder, which goes too if the run made it.
        entries.dispose();
        restoreFiles(written, kept, outcome?.madeFolders);
      } catch (e) {
        return `could not remove the letters this run wrote: ${(e as Error).message}`;
      }
      return undefined;
    },
    tidy() {
      if (!ended) throw new Error("tidy after commit");
      const folders = [o.outDir, dirname(near), o.combinePath && dirname(o.combinePath)];
      return removeLeftovers(folders.filter((d): d is string => !!d));
    },
    dispose: () => entries.dispose(),
  };
}
