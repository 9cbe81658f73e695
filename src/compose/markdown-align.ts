import type { Token } from "marked";
import { fail, type Location } from "../errors.js";

/** How a paragraph or heading may be set, written after it as `{align=center}`. */
const ALIGNS: readonly string[] = ["left", "center", "right", "justify"];
/** `{align=…}` at the very end of a block's text, with the spaces before it. */
const ATTRIBUTE = /[ \t]*\{align=([^}\s]*)\}$/;

/**
 * A paragraph's or heading's inline tokens without a trailing `{align=center}`, and the
 * alignment it asks for: a proclamation's centred title, a Japanese letter's 記 and 以上.
 * Why an attribute after the text: it is how pandoc marks a heading's attributes and how
 * this body already marks a passage's language (`[text]{lang=de}`) and an image's width.
 */
export function blockAlign(
  tokens: Token[] | undefined,
  where: (source: string) => Location,
): { tokens: Token[]; align?: string } {
  const list = tokens ?? [];
  const last = list.at(-1);
  if (last?.type !== "text" || ("tokens" in last && last.tokens)) return { tokens: list };
  const m = ATTRIBUTE.exec(last.raw);
  if (!m) return { tokens: list };
  const align = m[1] ?? "";
  if (!ALIGNS.includes(align))
    throw fail("data", `{align=${align}} is not an alignment`, where(m[0].trim()), [
      `write {align=${ALIGNS.join("}, {align=")}}`,
    ]);
  const raw = last.raw.slice(0, m.index);
  const text = "text" in last ? String(last.text).replace(ATTRIBUTE, "") : raw;
  const rest = raw === "" ? list.slice(0, -1) : [...list.slice(0, -1), { ...last, raw, text }];
  return { tokens: rest, align };
}

/** The markup attribute for an alignment, or nothing. */
export function alignAttr(align: string | undefined): string {
  return align ? ` align="${align}"` : "";
}
