import type { LetterOptions } from "../letter-options.js";
import type { FileReads } from "../load/file-reads.js";
import type { RecordSource } from "./read-records.js";
import type { Shard } from "./shard.js";

/**
 * A mail merge's options: one plain object from the CLI to the workers (it crosses threads
 * as it is). `letter` is what changes a letter's bytes and is hashed whole into each record's
 * input hash (input-hash.ts); the rest says which records, where their files go and how the
 * run behaves, none of which changes a letter's bytes (its names are compared on their own,
 * skip-unchanged.ts). An option that changes a letter belongs in LetterOptions.
 */
export interface MergeOptions {
  letter: LetterOptions;
  /** missive's version: part of every input hash, and written into the manifest. */
  version: string;
  dataFile: string;
  cwd: string;
  records: RecordSource;
  /** The run's record of files read, in the thread that reports errors (file-reads.ts). */
  reads?: FileReads;
  /** Folder for one file per record and format; null when only --combine is wanted. */
  outDir: string | null;
  namePattern: string;
  manifestPath: string | null;
  combinePath: string | null;
  /** With --combine: blank pages so each letter starts on a front side. */
  duplex: boolean;
  keepGoing: boolean;
  /** Skip records whose letters are there and whose inputs hash as before (--skip-unchanged, --resume). */
  skipUnchanged: boolean;
  /**
   * A run that stops removes every letter it wrote, rather than keeping the finished ones
   * with a manifest that says the run is incomplete (docs/merge.md, "Stopped runs").
   */
  allOrNothing: boolean;
  /** Record columns nothing uses are dropped, not an error (render-record.ts, ColumnRule). */
  allowUnused: boolean;
  shard: Shard;
  /** Worker threads; null: as many as pay off for this many records (autoJobs). */
  jobs: number | null;
  /**
   * When the run started, in ms: the creation date of every letter when none was chosen, the
   * same in every worker so that no two letters of a run differ by it.
   */
  startedAt: number;
  /** The process started from the startup snapshot (autoJobs counts it). */
  fromSnapshot: boolean;
}
