/** A word of a message the reporter colours, as `wrote` or `ok` lead a line: missive's own text. */
export interface Painted {
  readonly colour: "green" | "yellow";
  readonly text: string;
}

export function green(text: string): Painted {
  return { colour: "green", text };
}

export function yellow(text: string): Painted {
  return { colour: "yellow", text };
}
