/** The slice of the Handlebars AST missive's template checks and rewrites read. */
export interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

/** A path a template reads (`sender.name`, `../lang`, `@root.x`). */
export interface PathNode extends Node {
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
