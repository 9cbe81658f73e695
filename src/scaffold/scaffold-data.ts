import { stringify } from "yaml";
import type { TemplatePack } from "../load/pack-types.js";

type Schema = Record<string, unknown>;

const PLACEHOLDER_BODY = [
  "Write the letter here, in Markdown: a blank line starts a new paragraph,",
  "**bold**, *italic*, [links](https://example.com) and lists with - work.",
];

/**
 * A starting data file for a pack, generated from its schema: every field with its
 * description, required and usual ones filled with the schema's example (so the file renders as is),
 * optional ones commented out. `schemaRef` goes into the YAML language server line.
 */
export function scaffoldData(pack: TemplatePack, schemaRef: string | undefined): string {
  const out: string[] = [];
  if (schemaRef) out.push(`# yaml-language-server: $schema=${schemaRef}`);
  out.push(
    `# A letter on the ${oneLine(pack.name)} pack: ${oneLine(pack.description)}`,
    "# Required and usual fields are filled with examples; remove the # before another field to use it.",
    "# Check with `missive check <file>`, render with `missive render <file>`.",
    "",
    `template: ${scalar(pack.name)}`,
  );
  object(pack.schema ?? {}, "", false, out);
  return `${out.join("\n")}\n`;
}

function object(s: Schema, indent: string, commented: boolean, out: string[]): void {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  for (const [key, sub] of Object.entries(props)) {
    const req = required.has(key);
    // Only the letter's own parts count as usual; inside them, optional stays optional.
    const off = commented || !(req || (indent === "" && usual(sub)));
    const why = typeof sub.description === "string" ? sub.description : key;
    if (indent === "") out.push("");
    out.push(`${indent}# ${oneLine(why)} (${req ? "required" : "optional"}${defaultNote(sub)})`);
    field(key, sub, indent, off, out);
  }
}

/**
 * An optional field the pack gives an example of is a usual part of the letter (a date, an
 * inside address, a signer): it is filled in too, so the new letter looks like one. Why: in
 * the built-in packs every part is optional, and a file of comments is a poor start.
 * A setting (a value of a prescribed form: a pattern, a choice, a number or a flag, such as
 * `signatureSpace: 0pt`) is not a part: its example shows what may be written, and filling it
 * in would replace the pack's own choice (no room to sign, a modified-block letter).
 */
function usual(s: Schema): boolean {
  if (isSetting(s)) return false;
  if (Array.isArray(s.examples) && s.examples.length > 0) return true;
  if (s.type !== "object" || !s.properties) return false;
  const required = (s.required ?? []) as string[];
  const props = s.properties as Record<string, Schema>;
  return required.length > 0 && required.every((k) => props[k] !== undefined && usual(props[k]));
}

function isSetting(s: Schema): boolean {
  if (s.pattern !== undefined || s.enum !== undefined || s.const !== undefined) return true;
  return s.type === "number" || s.type === "integer" || s.type === "boolean";
}

function field(name: string, s: Schema, indent: string, off: boolean, out: string[]): void {
  const key = plainKey(name) ? name : JSON.stringify(name);
  const hash = off ? "# " : "";
  const line = (text: string) => out.push(`${indent}${hash}${text}`);
  const value = sample(name, s);
  if (s.type === "object" && s.properties) {
    line(`${key}:`);
    object(s, `${indent}  `, off, out);
  } else if (s.type === "array") {
    const items = (s.items ?? {}) as Schema;
    line(`${key}:`);
    if (items.type === "object" && items.properties && Array.isArray(value)) {
      for (const v of value) {
        const [first, ...rest] = stringify(v, { lineWidth: 0 }).trimEnd().split("\n");
        line(`  - ${first}`);
        for (const r of rest) line(`    ${r}`);
      }
    } else if (items.type === "object" && items.properties) {
      const lines: string[] = [];
      object(items, "", off, lines);
      lines
        .filter((l) => l !== "")
        .forEach((l, i) => {
          const body = off ? l.replace(/^# /, "") : l;
          out.push(`${indent}${hash}${i === 0 ? "- " : "  "}${body}`);
        });
    } else {
      const list = Array.isArray(value) && value.length ? value : [sample(name, items)];
      for (const v of list) line(`  - ${scalar(v)}`);
    }
  } else if (name === "body" || /markdown/i.test(String(s.description ?? ""))) {
    // A pack's own example is in its language (a German pack's new letter starts in German).
    // Split at a lone CR too: missive reads it as a line end (read-text.ts), so a CR kept
    // inside a line of the block ended it, and what followed was a key of the pack's choosing.
    const text =
      Array.isArray(s.examples) && typeof value === "string" ? value.split(/\r\n?|\n/) : null;
    // A first line that starts with spaces would set the block's indentation deeper than
    // the lines after it, which would then end the block: say the indentation.
    const lines = text ?? PLACEHOLDER_BODY;
    line(`${key}: |${/^\s/.test(lines.find((l) => l.trim() !== "") ?? "") ? "2" : ""}`);
    for (const l of lines) line(l === "" ? "" : `  ${l}`);
  } else {
    line(`${key}: ${scalar(value)}`);
  }
}

function sample(key: string, s: Schema): unknown {
  if (s.type === "array" && !Array.isArray(s.examples) && s.default === undefined) return undefined;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (s.type === "integer" || s.type === "number") return s.minimum ?? 1;
  if (s.type === "boolean") return false;
  return `<${key}>`;
}

/**
 * A value on one line. Why: the pack's schema gives the examples and defaults, and a block
 * scalar's lines after the first would escape the `# ` of a field left commented out, putting
 * fields of the pack's choosing into the letter.
 */
function scalar(v: unknown): string {
  const style = v !== null && typeof v === "object" ? "flow" : "any";
  return stringify(v, { lineWidth: 0, blockQuote: false, collectionStyle: style }).trimEnd();
}

/** A pack's text in a comment, which a line break would end (what follows becomes data). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
}

/** Whether a schema's property name can be written as a key unquoted. */
function plainKey(name: string): boolean {
  return /^[A-Za-z_][\w-]*$/.test(name);
}

function defaultNote(s: Schema): string {
  if (s.default === undefined || (typeof s.default === "object" && s.default !== null)) return "";
  return `, default ${scalar(s.default)}`;
}
