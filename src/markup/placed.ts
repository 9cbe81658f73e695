import { fail } from "../errors.js";
import type { Block, FieldsBlock, PlacedGroup, RuleBlock } from "../model/letter-doc.js";
import { typesetText } from "../typography/typeset.js";
import { attrLines } from "./line-separator.js";
import {
  at,
  type Ctx,
  elements,
  inlineLinesAt,
  keep,
  length,
  noStyle,
  oneOf,
  requiredLength,
  styleFor,
  withLang,
} from "./markup-context.js";
import type { XmlElement } from "./xml-tree.js";

/**
 * `<place x|right y width [height] [on]>`: blocks at a fixed spot, outside the flow. Why: DIN
 * 5008 puts the address in an envelope window and the information block beside it, at
 * positions measured from the paper's edge, whatever the letterhead above them does. `right`
 * measures from the paper's right edge instead, so a block set against the right margin stays
 * there on any paper the letter chooses.
 */
export function place(
  el: XmlElement,
  ctx: Ctx,
  blocks: (el: XmlElement, ctx: Ctx, parent: string) => Block[],
  paperWidth: number,
): PlacedGroup {
  const width = requiredLength(el, "width", ctx);
  const group: PlacedGroup = {
    on: oneOf(el, "on", ctx, ["first", "rest", "all"] as const, "first"),
    x: leftEdge(el, ctx, paperWidth, width),
    y: requiredLength(el, "y", ctx),
    width,
    blocks: elements(el, ctx).flatMap((c) => {
      if (c.name === "place")
        throw fail("markup", "<place> cannot hold another <place>", at(c, ctx), [
          "give each placed group its own <place> under <letter>",
        ]);
      return blocks(c, ctx, "place");
    }),
  };
  if (el.attrs.height !== undefined) group.height = length(el, "height", ctx, 0);
  if (el.attrs.hint?.trim()) group.hint = el.attrs.hint.trim();
  if (oneOf(el, "overlay", ctx, ["false", "true"] as const, "false") === "true")
    group.overlay = true;
  if (oneOf(el, "reserve", ctx, ["false", "true"] as const, "false") === "true")
    group.reserve = true;
  if (group.width <= 0) throw fail("markup", "width of <place> must be more than 0", at(el, ctx));
  return group;
}

/** Where a placed group's left edge is: `x` from the paper's left edge, or `right` from its right. */
function leftEdge(el: XmlElement, ctx: Ctx, paperWidth: number, width: number): number {
  const { x, right } = el.attrs;
  if (x !== undefined && right !== undefined)
    throw fail("markup", '<place> takes x="…" or right="…", not both', at(el, ctx), [
      "x measures from the paper's left edge, right from its right edge",
    ]);
  if (right === undefined) return requiredLength(el, "x", ctx);
  return paperWidth - length(el, "right", ctx, 0) - width;
}

/** `<rule [length] [thickness] [color] [align] [space-before] [space-after]/>`. */
export function rule(el: XmlElement, ctx: Ctx): RuleBlock {
  const color = el.attrs.color ?? "#000000";
  if (!/^#[0-9a-fA-F]{6}$/.test(color))
    throw fail("markup", `color must be #rrggbb, not ${color}`, at(el, ctx));
  return {
    kind: "rule",
    length: el.attrs.length === undefined ? null : length(el, "length", ctx, 0),
    thickness: length(el, "thickness", ctx, 0.5),
    color,
    align: oneOf(el, "align", ctx, ["left", "center", "right"] as const, "left"),
    spaceBefore: length(el, "space-before", ctx, 0),
    spaceAfter: length(el, "space-after", ctx, 0),
  };
}

/**
 * `<fields label-width style label-style>` of `<field label="…">value</field>`: a two-column
 * block of labelled values (an information block, reference lines).
 */
export function fields(el: XmlElement, ctx: Ctx): FieldsBlock {
  const rows = elements(el, ctx).map((f) => {
    if (f.name !== "field")
      throw fail("markup", `<fields> holds <field> elements, not <${f.name}>`, at(f, ctx));
    noStyle(f, ctx, "fields are set in style and label-style: give them to <fields>");
    if (f.attrs.label === undefined)
      throw fail("markup", '<field> needs label="…"', at(f, ctx), ['write <field label="Date">…']);
    // A field's `lang`, else the block's (`<fields lang="he">`): its label and value are in it.
    const lang = f.attrs.lang ?? el.attrs.lang;
    const field = lang === undefined ? f : withLang(f, lang);
    // The value first: it checks the `lang`, which the label is set in too.
    const value = inlineLinesAt(field, ctx);
    const label = attrLines(f.attrs.label)
      .split("\n")
      .map((l) => typesetText(l, lang ?? ctx.lang, ctx.typography, ctx.typeset))
      .join("\n");
    return { label, value, ...(lang !== undefined ? { lang } : {}) };
  });
  const labelWidth = length(el, "label-width", ctx, 72);
  return {
    kind: "fields",
    role: "fields",
    style: styleFor(el, ctx, ["fields"]),
    labelStyle: styleFor(el, ctx, ["field-label", "fields"], "label-style"),
    labelWidth,
    labelMaxWidth: Math.max(labelWidth, length(el, "label-max-width", ctx, labelWidth)),
    gap: length(el, "gap", ctx, 6),
    rows,
    ...keep(el, ctx, false, true),
  };
}
