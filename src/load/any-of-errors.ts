import type { ErrorObject } from "ajv";

/** An ajv error, with a hint to add when the problem names none of its own. */
export interface SchemaError {
  error: ErrorObject;
  hint?: string;
}

/**
 * ajv's errors with each failed `anyOf` said once. Why: ajv reports every form the value
 * failed and then that it fitted none, so `enclosures: 0` (true, a number from 1, or a list)
 * was four problems for one mistake. Where some form takes a value of its kind (a number, for
 * the number 0), that form's problems alone are kept ("must be at least 1"), with the field's
 * description as a hint; where none does (`enclosures: "x"`), one problem lists the kinds the
 * forms take. Inner `anyOf`s are said first, so an outer one sees them said once.
 */
export function collapseAnyOf(errors: ErrorObject[]): SchemaError[] {
  let out: SchemaError[] = errors.map((error) => ({ error }));
  const anyOfs = errors
    .filter((e) => e.keyword === "anyOf")
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const anyOf of anyOfs) out = collapsed(out, anyOf);
  return out;
}

function collapsed(list: SchemaError[], anyOf: ErrorObject): SchemaError[] {
  const prefix = `${anyOf.schemaPath}/`;
  const inForm = (e: ErrorObject) =>
    e.schemaPath.startsWith(prefix) &&
    (e.instancePath === anyOf.instancePath || e.instancePath.startsWith(`${anyOf.instancePath}/`));
  const forms = new Map<string, ErrorObject[]>();
  for (const { error } of list) {
    if (!inForm(error)) continue;
    const form = error.schemaPath.slice(prefix.length).split("/", 1)[0] as string;
    forms.set(form, [...(forms.get(form) ?? []), error]);
  }
  const fitting = [...forms.values()].filter((errs) => !errs.some((e) => isOtherKind(e, anyOf)));
  const description = (anyOf.parentSchema as { description?: unknown } | undefined)?.description;
  const hint = typeof description === "string" ? description : undefined;
  // One form the value is of the kind of: its problems say what is wrong. Several: ajv's own.
  if (fitting.length > 1 || forms.size === 0) return list;
  const kept: SchemaError[] =
    fitting.length === 1
      ? (fitting[0] as ErrorObject[]).map((error) => ({ error, ...(hint ? { hint } : {}) }))
      : [{ error: { ...anyOf, params: { kinds: [...forms.values()].map(kindOf) } } }];
  const dropped = (e: ErrorObject) => e === anyOf || inForm(e);
  const at = list.findIndex((s) => dropped(s.error));
  const rest = list.filter((s) => !dropped(s.error));
  return [...rest.slice(0, at), ...kept, ...rest.slice(at)];
}

/** A form's problem that says the value is of another kind than the form takes. */
function isOtherKind(e: ErrorObject, anyOf: ErrorObject): boolean {
  return e.instancePath === anyOf.instancePath && (e.keyword === "type" || e.keyword === "const");
}

/** The kind a form took, as its problem said (`type: boolean`, `const: false`). */
function kindOf(errs: ErrorObject[]): { type: string } | { const: unknown } {
  const e = errs.find((x) => x.keyword === "type" || x.keyword === "const") as ErrorObject;
  return e.keyword === "type"
    ? { type: String((e.params as { type: unknown }).type) }
    : { const: (e.params as { allowedValue: unknown }).allowedValue };
}
