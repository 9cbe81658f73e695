type Schema = Record<string, unknown>;

/** One top-level field of a pack's data, for listings and scaffolds. */
export interface FieldInfo {
  name: string;
  type: string;
  required: boolean;
  description: string;
  default?: unknown;
}

/** The fields a schema declares at the top level (or under `schema`'s object properties). */
export function schemaFields(schema: Schema | undefined): FieldInfo[] {
  const props = (schema?.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema?.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    type: typeName(s),
    required: required.has(name),
    description: typeof s.description === "string" ? s.description : "",
    ...(s.default !== undefined ? { default: s.default } : {}),
  }));
}

function typeName(s: Schema): string {
  if (Array.isArray(s.enum)) return s.enum.map(String).join("|");
  if (s.type === "array") {
    const items = (s.items ?? {}) as Schema;
    return `list of ${typeof items.type === "string" ? items.type : "any"}`;
  }
  return typeof s.type === "string" ? s.type : "any";
}
