// The part of linebreak 1.x (the Unicode line breaking algorithm, UAX #14) missive uses.
declare module "linebreak" {
  interface Break {
    /** Offset in UTF-16 code units where a line may start. */
    position: number;
    /** A mandatory break (a line separator in the text). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
