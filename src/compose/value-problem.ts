import type { HelperOptions as HbOptions } from "handlebars";

/** Where in a template a call is (Handlebars' `loc`, line 1-based, column 0-based). */
export interface CallSite {
  loc?: { start: { line: number; column: number } };
}

/** Handlebars passes the call site to helpers; its typings omit it. */
export type HelperOptions = HbOptions & CallSite;

/**
 * A problem with a text template's call or a value it inserts, at the call; record-texts.ts
 * adds the record (when it depends on one), the field's place in the base letter and the line.
 */
export class ValueProblem extends Error {
  readonly line: number | undefined;
  /** 0-based, as Handlebars counts. */
  readonly col: number | undefined;
  constructor(
    message: string,
    at: CallSite,
    readonly hints: string[] = [],
  ) {
    super(message);
    this.line = at.loc?.start.line;
    this.col = at.loc?.start.column;
  }
}
