/**
 * The name a partial statement includes, as Handlebars looks it up: a path (`{{> letterhead}}`),
 * a string (`{{> "letter head"}}`) or a number (`{{> 5}}`) as written; undefined for a name
 * computed as the letter renders (`{{> (lookup . "which")}}`). Why all three: a name written
 * as a string was checked by neither the unknown-partial check nor the fields check, so an
 * unknown one failed as the letter rendered, in Handlebars' words and at no line, and a known
 * one's fields went unchecked.
 */
export function writtenPartialName(name: { type: string; original?: unknown }): string | undefined {
  return name.type === "SubExpression" ? undefined : String(name.original);
}
