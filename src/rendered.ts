import type { LaidOutDoc } from "./layout/laid-out-doc.js";
import type { LetterDoc } from "./model/letter-doc.js";

/**
 * What a render is asked for and what it gives (pipeline.ts). Apart from the pipeline so the
 * public API's declarations (src/index.ts) name these without the resources' internals.
 */
export type Format = "pdf" | "txt";
export type Stage = "markup" | "model" | "layout";

export interface RenderOptions {
  cwd: string;
  /** --root: files named in the data may lie in this folder (default: the data file's). */
  root?: string;
  /** Pack name or path; overrides the data's `template:`. */
  template?: string;
  formats: Format[];
  /** Text output width in columns. */
  textWidth: number;
  /** Creation date written into the PDF (from SOURCE_DATE_EPOCH for reproducible output). */
  created: Date;
  /** Stop after this stage; its serialised form is in the result. */
  stopAfter?: Stage;
}

export interface Rendered {
  /** Name of the template pack the letter used. */
  template: string;
  markup: string;
  model?: LetterDoc;
  laidOut?: LaidOutDoc;
  pdf?: Uint8Array;
  txt?: string;
  pages?: number;
  warnings: string[];
  /** Image files the letter used (absolute paths), so a batch can hash them as inputs. */
  assets: string[];
  /** The files of the template pack (load/pack-files.ts), which no output may overwrite. */
  packFiles: string[];
}
