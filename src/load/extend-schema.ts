type Schema = Record<string, unknown>;

/**
 * A child pack's schema over its parent's: the child's fields are added to the parent's (a
 * field of the same name replaces the parent's whole), its required fields join the parent's,
 * and its other keywords (title, description, …) win. Why merge rather than replace: a pack
 * that adds one field should not copy the parent's schema, and should see the parent's
 * later changes.
 */
export function extendSchema(parent: Schema, child: Schema): Schema {
  const props = (s: Schema) => (s.properties ?? {}) as Record<string, unknown>;
  const required = (s: Schema) => (Array.isArray(s.required) ? (s.required as string[]) : []);
  const out: Schema = {
    ...parent,
    ...child,
    properties: { ...props(parent), ...props(child) },
  };
  const all = [...new Set([...required(parent), ...required(child)])];
  if (all.length > 0) out.required = all;
  return out;
}
