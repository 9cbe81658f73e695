/**
 * A value's explicit bidirectional controls kept to the value: every embedding, override or
 * isolate it opens (U+202A, U+202B, U+202D, U+202E; U+2066–U+2068) is closed at its end, and a
 * closer that closes nothing of its own (U+202C, U+2069) is dropped. Why: a value is poured
 * into text around it (a record's name into the body, a recipient into a continuation header),
 * and UAX #9 ends an override only at its paragraph's end, so a name holding an unclosed
 * U+202E drew the rest of its sentence backwards ("yadirF no ti yap lliw"), letting data
 * rewrite what the letter visibly says; a stray closer would end the surrounding text's own
 * embedding. The value itself still shows as its controls ask.
 */
export function confinedBidi(text: string): string {
  if (!MAYBE_CONTROL.test(text)) return text;
  const open: string[] = [];
  let out = "";
  for (const ch of text) {
    if (EMBEDDINGS.includes(ch)) open.push(POP);
    else if (ISOLATES.includes(ch)) open.push(POP_ISOLATE);
    else if (ch === POP) {
      if (open[open.length - 1] !== POP) continue;
      open.pop();
    } else if (ch === POP_ISOLATE) {
      const at = open.lastIndexOf(POP_ISOLATE);
      if (at < 0) continue;
      // A closed isolate closes the embeddings opened inside it (UAX #9, X6a).
      open.length = at;
    }
    out += ch;
  }
  return out + open.reverse().join("");
}

const MAYBE_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const EMBEDDINGS = "\u202a\u202b\u202d\u202e";
const ISOLATES = "\u2066\u2067\u2068";
const POP = "\u202c";
const POP_ISOLATE = "\u2069";

/**
 * Every string of letter data with its bidirectional controls kept to it (confinedBidi), in
 * place, mapping keys too. Why every string at load: a pack's template may print any field
 * beside its own text (`{{recipient.[0]}} · Page 2`), by Handlebars' own escaping or a helper,
 * a key as `{{@key}}` in an `#each` over a mapping, and a merged record's fields are data too.
 */
export function confineBidiIn(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = confinedOrWalked(value[i]);
  } else if (value !== null && typeof value === "object") {
    const fields = value as Record<string, unknown>;
    const keys = Object.keys(fields);
    for (const k of keys) fields[k] = confinedOrWalked(fields[k]);
    if (keys.some((k) => MAYBE_CONTROL.test(k))) confineKeys(fields, keys);
  }
}

/**
 * The mapping's keys confined, in their order. Why defineProperty: assigning a key
 * `__proto__` would set the object's prototype instead. Two keys that confine to one (`a`
 * then U+202E, and the same closed by U+202C) keep the later's value: one hand wrote both.
 */
function confineKeys(fields: Record<string, unknown>, keys: string[]): void {
  const entries = keys.map((k) => [confinedBidi(k), fields[k]] as const);
  for (const k of keys) delete fields[k];
  for (const [k, v] of entries) {
    Object.defineProperty(fields, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

function confinedOrWalked(v: unknown): unknown {
  if (typeof v === "string") return confinedBidi(v);
  confineBidiIn(v);
  return v;
}
