/**
 * The data paths a pack renders as Markdown (`{{markdown body path="body"}}`, or inside another
 * call: `(markdown ps as="inline")`): inserted values
 * are escaped for Markdown there. Why read the templates: which fields are Markdown is the
 * pack's choice, not the letter's.
 */
export function markdownFields(sources: string[]): string[] {
  const out = new Set<string>();
  for (const src of sources)
    for (const m of src.matchAll(/(?:\{\{~?|\()\s*markdown\s+([^\s}()]+)/g))
      out.add((m[1] as string).replace(/\.\[(\d+)\]/g, ".$1"));
  return [...out];
}
