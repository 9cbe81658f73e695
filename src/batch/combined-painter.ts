import { createdOf } from "../letter-options.js";
import type { Resources } from "../resources.js";
import { type CombinedPdf, openCombinedPdf } from "../write/pdf.js";
import { combinedInfo, type SharedInfo, shareInfo } from "./combined-info.js";
import type { MergeOptions } from "./merge-options.js";
import type { RecordResult } from "./render-record.js";

/** The combined PDF of --combine, painted in record order as letters are laid out. */
export interface CombinedPainter {
  add(r: RecordResult): void;
  /** Its bytes; undefined without --combine or without a letter. */
  finish(): Promise<Uint8Array | undefined>;
  /** Its pages so far; undefined when it has none. */
  readonly pages: number | undefined;
}

/**
 * Opened at the first letter, whose language it takes; its document information is what the
 * letters share (combined-info.ts). Why in the main thread:
 * one document embeds each font once for every letter.
 */
export function combinedPainter(o: MergeOptions, res: Resources): CombinedPainter {
  let pdf: CombinedPdf | undefined;
  let shared: SharedInfo | undefined;
  return {
    add(r) {
      if (!r.laidOut || o.combinePath === null) return;
      shared = shareInfo(shared, r.laidOut.meta);
      pdf ??= openCombinedPdf(
        {
          ...r.laidOut.meta,
          lang: r.laidOut.lang,
          created: createdOf(o.letter, new Date(o.startedAt)),
          standards: o.letter.pdfStandards,
          // --embed-source: the base data file once, and each letter's record (below).
          ...(r.sources ? { attachments: [r.sources.base] } : {}),
        },
        o.duplex,
        res,
      );
      const record = r.sources && { ...r.sources.record, name: recordName(r.index) };
      pdf.add(r.laidOut, r.images ?? new Map(), record ? [record] : []);
    },
    finish: async () =>
      pdf && shared ? pdf.finish(combinedInfo(shared, o.dataFile, o.records.label)) : undefined,
    get pages() {
      return pdf?.pages;
    },
  };
}

/**
 * A record's file in the combined PDF, by its number in the records (`record-0007.json`): the
 * letters' own PDFs each carry one `record.json`, the combined PDF all of them.
 */
function recordName(index: number): string {
  return `record-${String(index + 1).padStart(4, "0")}.json`;
}
