import { fail } from "../errors.js";
import type { Run, SignatureBlock, Signer } from "../model/letter-doc.js";
import { fillPhrase } from "../model/phrases.js";
import { pushAll } from "../push-all.js";
import { typesetText } from "../typography/typeset.js";
import { attrLines } from "./line-separator.js";
import {
  at,
  type Ctx,
  elements,
  inlineLinesAt,
  languageAt,
  length,
  noStyle,
  styleFor,
  withLang,
} from "./markup-context.js";
import type { XmlElement } from "./xml-tree.js";

/** `<signatures columns space gutter row-gap indent name-style title-style>` of `<signer>`s. */
export function signatures(el: XmlElement, ctx: Ctx): SignatureBlock {
  const columns = Number(el.attrs.columns ?? 1);
  if (!Number.isInteger(columns) || columns < 1 || columns > 6) {
    throw fail(
      "markup",
      `columns must be a whole number from 1 to 6, not ${el.attrs.columns}`,
      at(el, ctx),
    );
  }
  const signers: Signer[] = elements(el, ctx).map((s) => signer(s, el, ctx));
  if (signers.length === 0) throw fail("markup", "<signatures> has no <signer>", at(el, ctx));
  // Absent when zero, so models without an indent stay as they were.
  const indent = length(el, "indent", ctx, 0);
  return {
    kind: "signatures",
    columns,
    // Half an inch to sign in (row gap and space together), as compact as LaTeX's and
    // Typst's grids: a row of name and title is then about 60pt from the next.
    space: length(el, "space", ctx, 32),
    gutter: length(el, "gutter", ctx, 18),
    rowGap: length(el, "row-gap", ctx, 4),
    ...(indent > 0 ? { indent } : {}),
    nameStyle: styleFor(el, ctx, ["signer-name"], "name-style"),
    titleStyle: styleFor(el, ctx, ["signer-title"], "title-style"),
    balance: flag(el, "balance", ctx),
    signers,
  };
}

function flag(el: XmlElement, attr: string, ctx: Ctx): boolean {
  const v = el.attrs[attr];
  if (v === undefined || v === "false") return false;
  if (v === "true") return true;
  throw fail("markup", `${attr} must be true or false, not ${v}`, at(el, ctx));
}

/** `grid`: the `<signatures>` the signer is in, whose `lang` is the signer's unless it has one. */
function signer(s: XmlElement, grid: XmlElement, ctx: Ctx): Signer {
  if (s.name !== "signer")
    throw fail("markup", `<signatures> holds <signer> elements, not <${s.name}>`, at(s, ctx));
  noStyle(s, ctx, "use name-style and title-style on <signatures>");
  for (const c of elements(s, ctx)) noStyle(c, ctx, "use title-style on <signatures>");
  const name = attrLines(s.attrs.name ?? "").trim();
  if (!name) throw fail("markup", "a <signer> needs a name", at(s, ctx));
  const lang = signerLang(s, grid, ctx);
  // Each line of a name or title is typeset on its own (ties never join two lines).
  const typeset = (t: string) =>
    t
      .split("\n")
      .map((l) => typesetText(l, lang ?? ctx.lang, ctx.typography, ctx.typeset))
      .join("\n");
  const titles: { text: string; lang: string }[] = s.attrs.title
    ? typeset(attrLines(s.attrs.title))
        .split("\n")
        .map((text) => ({ text, lang: "" }))
    : [];
  for (const c of elements(s, ctx)) {
    if (c.name !== "line")
      throw fail("markup", `<signer> holds <line> elements, not <${c.name}>`, at(c, ctx));
    // A line with no `lang` of its own is in the signer's (typeset so, quotes and ties).
    const line = lang === undefined ? c : withLang(c, lang);
    pushAll(titles, inlineLinesAt(line, ctx).map(titleLine));
  }
  const kept = titles.filter((t) => t.text.trim() !== "");
  const out: Signer = { name: typeset(name), titles: kept.map((t) => t.text) };
  if (lang !== undefined) out.lang = lang;
  // Only when some line has its own language, so other models stay as they were.
  if (kept.some((t) => t.lang)) out.titleLangs = kept.map((t) => t.lang);
  if (s.attrs.image) out.image = ctx.images(s.attrs.image, at(s, ctx));
  if (s.attrs.image) out.alt = signatureAlt(s.attrs.alt, out.name, ctx);
  const conformed = s.attrs.conformed;
  if (conformed !== undefined && conformed !== "false")
    out.conformed = conformed === "true" ? `/s/ ${name.replace(/\n/g, " ")}` : conformed;
  return out;
}

/** The signer's own `lang`, else its grid's. */
function signerLang(s: XmlElement, grid: XmlElement, ctx: Ctx): string | undefined {
  const from = s.attrs.lang !== undefined ? s : grid.attrs.lang !== undefined ? grid : undefined;
  return from === undefined ? undefined : languageAt(from, ctx);
}

/** A signature image's alternative text: the data's, else the pack's phrase in the letter's language. */
function signatureAlt(given: string | undefined, name: string, ctx: Ctx): string {
  if (given) return attrLines(given).replace(/\n/g, " ");
  return fillPhrase(ctx.phrases.signatureAlt, { name: name.replace(/\n/g, " ") });
}

/** A title line's text, and its language when the whole line has one (`<line lang="en">`). */
function titleLine(runs: Run[]): { text: string; lang: string } {
  const lang = runs[0]?.lang ?? "";
  return {
    text: runs.map((r) => r.text).join(""),
    lang: runs.every((r) => (r.lang ?? "") === lang) ? lang : "",
  };
}
