/** What Handlebars reads as a path segment without brackets (its ID token). */
const PLAIN = /^[^\s!"#%&'()*+,./;<=>@[\\\]^`{|}~]+$/;

/** A record's key as a template names it: `email`, or `[First Name]` for a name with a space. */
export function templateKey(key: string): string {
  return PLAIN.test(key) ? key : `[${key}]`;
}

/**
 * A dotted path as a template writes it, for hints to copy: `address.[Zip Code]`. Why: a hint
 * `{{#if First Name}}` is itself a template that does not parse.
 */
export function templatePath(path: string): string {
  // A path to an outer context (`../name`) or a data variable (`@root.name`) keeps its head
  // as written: bracketed, `{{#if [].[].[/name]}}` named nothing.
  const head = /^(?:\.\.\/)+|^@/.exec(path)?.[0] ?? "";
  return head + path.slice(head.length).split(".").map(templateKey).join(".");
}
