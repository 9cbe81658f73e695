import { SaxesParser } from "saxes";
import { fail } from "../errors.js";
import { saxesMessage } from "../saxes-message.js";

/** An element of letter markup with where it starts in the markup text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
  col: number;
}

export type XmlNode = XmlElement | string;

/**
 * How deep elements of letter markup may nest. Why: the tree is read by recursion, element by
 * element, so a pack's template of 5,000 nested `<quote>` (or `<b>`, or `<list><item>`) ran
 * out of stack (exit 70 with a stack trace); 1,000 deep renders, and the deepest the body's
 * Markdown makes (500 levels, markdown-depth.ts) stays under it.
 */
export const MAX_MARKUP_DEPTH = 1000;

/** Parses markup into a tree with a real XML parser; malformed markup is an error at line:col. */
export function parseXml(markup: string, file: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: XmlElement = { name: "#root", attrs: {}, children: [], line: 1, col: 1 };
  const stack: XmlElement[] = [root];
  let error: { message: string; line: number; col: number } | null = null;
  parser.on("error", (e) => {
    if (!error)
      error = {
        message: saxesMessage(e).replace(/\.$/, ""),
        line: parser.line,
        col: parser.column,
      };
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = {
      name: tag.name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
      line: parser.line,
      col: parser.column,
    };
    stack[stack.length - 1]?.children.push(el);
    // The root holds <letter>, so the stack's length is the new element's depth.
    if (stack.length > MAX_MARKUP_DEPTH && !error)
      error = {
        message: `<${tag.name}> is nested more than ${MAX_MARKUP_DEPTH.toLocaleString("en-US")} elements deep`,
        line: parser.line,
        col: parser.column,
      };
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on("text", (t) => {
    stack[stack.length - 1]?.children.push(t);
  });
  parser.write(markup).close();
  if (error) {
    const e = error as { message: string; line: number; col: number };
    throw fail(
      "markup",
      `malformed letter markup: ${e.message}`,
      { file, line: e.line, col: e.col },
      ["run with --emit markup to see what the template produced"],
    );
  }
  const top = root.children.filter((c): c is XmlElement => typeof c !== "string");
  if (top.length !== 1 || top[0]?.name !== "letter") {
    throw fail("markup", "the markup must have one <letter> element at the top", {
      file,
      line: 1,
      col: 1,
    });
  }
  return top[0];
}
