/**
 * A record's value as Markdown that reads back as exactly that text. Why every ASCII
 * punctuation mark: CommonMark lets a backslash escape any of them, and each one can start
 * something (emphasis, a link, an HTML tag, an entity, a list, a GFM autolink `www.`); why
 * whitespace runs become one space: a line break in a value could start a new paragraph, a
 * heading or an indented code block.
 */
export function markdownLiteral(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
