import { _, type CodeKeywordDefinition } from "ajv";
import { canonical } from "./canonical-json.js";

/**
 * JSON Schema's `enum`, looked up in a set. Why not ajv's own: it compares a value with each
 * allowed one in turn, so a hostile pack's enum of 500,000 values over a list of as many
 * items in the data holds a render for hours. Code, as ajv's own is, so its errors are ajv's
 * (`allowedValues`) and are added one at a time (a keyword that returns its errors has them
 * copied onto the list each time: quadratic in the items that fail).
 */
export const ENUM: CodeKeywordDefinition = {
  keyword: "enum",
  schemaType: "array",
  error: {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => _`{allowedValues: ${schemaCode}}`,
  },
  code(cxt) {
    const values = cxt.schema as unknown[];
    if (values.length === 0) throw new Error("enum must have non-empty array");
    const allowed = cxt.gen.scopeValue("func", { ref: allowedIn(values) });
    cxt.pass(_`${allowed}(${cxt.data})`);
  },
};

function allowedIn(values: unknown[]): (data: unknown) => boolean {
  const allowed = new Set(values.map(canonical));
  // A list or a mapping of the data is written out only if one may be allowed.
  const compound = values.some((v) => v !== null && typeof v === "object");
  return (data) =>
    (compound || data === null || typeof data !== "object") && allowed.has(canonical(data));
}
