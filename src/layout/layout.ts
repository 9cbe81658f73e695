import { noteBlock, SCOPE } from "../model/block-ids.js";
import type { LetterDoc } from "../model/letter-doc.js";
import type { Resources } from "../resources.js";
import { refuseBandOffPaper } from "./band-off-paper.js";
import { firstColumnBody, type SetBody } from "./first-column.js";
import { FontBook } from "./font-book.js";
import type { LaidOutDoc, LaidOutPage, LayoutWarning } from "./laid-out-doc.js";
import { mirrorPage } from "./mirror-page.js";
import { pageNumeral } from "./page-numeral.js";
import { blocksToUnits, noteUnit, type Unit, type UnitContext } from "./page-units.js";
import { paginate, type Region, stack, trailingSpace } from "./paginate.js";
import { belowReserved, placeGroups, type ReservedEdge, reservedEdges } from "./place-groups.js";
import { refuseOverlap } from "./placed-overlap.js";
import { ruleUnit } from "./rule-unit.js";
import { SIMPLIFIED_FACE, simplifiedFaceWarning } from "./simplified-face.js";
import { refuseTooManyCells } from "./table-cells.js";

/**
 * Lays a letter out on pages: measure, break lines, paginate the body under the letterhead
 * (page 1) or the continuation header (pages 2+), then place headers and footers once the
 * page count is known.
 */
export function layout(doc: LetterDoc, res: Resources): LaidOutDoc {
  refuseTooManyCells(doc);
  const { width: pw, height: ph, margin } = doc.page;
  // By cause, else by message: continuation headers are laid out again on every page.
  const warnings = new Map<string, LayoutWarning>();
  const ctx: UnitContext = {
    book: new FontBook(doc.fonts, doc.fallbackFonts, res.fonts, doc.fontChains),
    styles: doc.styles,
    hyphenate: res.hyphenators.for(doc.lang),
    hyphenatorFor: res.hyphenators.for,
    left: margin.left,
    width: pw - margin.left - margin.right,
    fields: { page: 1, pages: 1 },
    numeral: pageNumeral(doc.lang, res.formats),
    ...(doc.dir ? { dir: doc.dir } : {}),
    lang: doc.lang,
    warn: (message, about, cause) => {
      const key = cause ?? message;
      if (!warnings.has(key)) warnings.set(key, about ? { message, about } : { message });
    },
    paragraphs: res.paragraphs,
    // This letter's only: its continuation header is set again on every page (run-items.ts).
    runItems: new WeakMap(),
  };
  const simplified = simplifiedFaceWarning(doc, ctx.book);
  if (simplified) ctx.warn(simplified, undefined, SIMPLIFIED_FACE);
  const head = blocksToUnits(doc.letterhead, ctx, SCOPE.letterhead);
  const cont = blocksToUnits(doc.continuation, ctx, SCOPE.continuation);
  const groups = doc.placed ?? [];
  // Each band starts below the placed groups of its pages that reserve their room.
  const [first, rest] = [reservedEdges(groups, 0, ctx), reservedEdges(groups, 1, ctx)];
  const bandTop = (edges: ReservedEdge[], band: Unit[]) =>
    belowReserved(edges, margin.top, band[0]?.spaceBefore ?? 0);
  const [headTop, contTop] = [bandTop(first, head), bandTop(rest, cont)];
  const bareTop = belowReserved(rest, margin.top, 0);
  const bandH = (top: number, band: Unit[]) =>
    top - margin.top + stack(band, top).height + (band.length ? trailingSpace(band) : 0);
  const headH = Math.max(doc.letterheadHeight ?? 0, bandH(headTop, head));
  const contH = Math.max(doc.continuationHeight ?? 0, bandH(contTop, cont));
  // Footers by page: those for chosen pages, then the default one when there are several pages.
  const footers = (page: number, several: boolean, c: UnitContext): Unit[] => [
    ...(doc.pageFooters ?? []).flatMap((f, n) =>
      f.on === "all" || (f.on === "first") === (page === 0)
        ? blocksToUnits(f.blocks, c, SCOPE.pageFooter(n))
        : [],
    ),
    ...(several ? blocksToUnits(doc.footer, c, SCOPE.footer) : []),
  ];
  // Page 1 and the others are all that differ: each height is measured once.
  const heights = new Map<string, number>();
  const footH = (page: number, several: boolean): number => {
    const key = `${page === 0} ${several}`;
    let h = heights.get(key);
    if (h === undefined) {
      const units = footers(page, several, ctx);
      h = units.length ? stack(units, 0).height + (units[0]?.spaceBefore ?? 0) : 0;
      heights.set(key, h);
    }
    return h;
  };
  // Page 1's own text column, when the letter gives it one (first-column.ts).
  const firstCtx = doc.page.first
    ? { ...ctx, left: doc.page.first.left, width: pw - doc.page.first.left - doc.page.first.right }
    : undefined;
  const restBody = bodyUnits(doc, ctx);
  const firstBody = firstCtx ? bodyUnits(doc, firstCtx) : undefined;
  const region =
    (reserveFooter: boolean) =>
    (page: number, bare?: boolean): Region => ({
      top: page === 0 ? margin.top + headH : bare ? bareTop : margin.top + contH,
      bottom: ph - margin.bottom - footH(page, reserveFooter),
      ...(page === 0 && firstBody?.noteRule ? { noteRule: firstBody.noteRule } : {}),
    });
  // Footers alone first: one running off the paper (a tall image) leaves the body no room on
  // any page, and was refused as "date line 1 is 14pt tall and cannot fit on any page", of no
  // place. (A letterhead too tall sends the body to page 2, and is refused below.)
  for (const page of [0, 1]) {
    const units = footers(page, true, ctx);
    if (units.length)
      refuseBandOffPaper(
        "the footer",
        stack(units, ph - margin.bottom - stack(units, 0).height).page,
        ph,
      );
  }
  // The footnotes of the paragraph page 1's column ends in, for its lines on page 2 and after.
  const pagesNotes = doc.notesAt === "end" ? undefined : footnotes(doc, ctx).units;
  const laterNotes = pagesNotes ? { notes: pagesNotes } : {};
  const flow = (reserveFooter: boolean) => {
    const r = region(reserveFooter);
    const body = firstBody
      ? firstColumnBody(firstBody, restBody, r, restBody.noteRule, (block, lines) =>
          bodyUnits(doc, {
            ...(firstCtx as UnitContext),
            turnAt: { block, lines, left: ctx.left, width: ctx.width, ...laterNotes },
          }),
        )
      : restBody.units;
    return paginate(body, r, restBody.noteRule);
  };
  let pages = flow(false);
  if (pages.length > 1 && doc.footer.length) pages = flow(true);
  const total = pages.length;
  const result = pages.map((p, i): LaidOutPage => {
    const fields = { page: i + 1, pages: total };
    const marginals: LaidOutPage[] = [];
    // Placed groups first: a logo running off the paper is named itself, not the letterhead
    // rule its reserved room pushed past the foot.
    const each = placeGroups(groups, i, { ...ctx, fields }, { width: pw, height: ph });
    const band = (name: string, page: LaidOutPage) => {
      refuseBandOffPaper(name, page, ph);
      marginals.push(page);
    };
    if (i === 0) band("the letterhead", stack(head, headTop).page);
    else if (!p.bare)
      band(
        "the continuation header",
        stack(blocksToUnits(doc.continuation, { ...ctx, fields }, SCOPE.continuation), contTop)
          .page,
      );
    const units = footers(i, total > 1, { ...ctx, fields });
    if (units.length)
      band("the footer", stack(units, ph - margin.bottom - stack(units, 0).height).page);
    const checked = each.filter((_, n) => !groups[n]?.overlay).flat();
    const column = i === 0 && firstCtx ? firstCtx : ctx;
    refuseOverlap(checked, p.items, { left: column.left, right: column.left + column.width });
    const placed = each.flat();
    const items = [...marginals.flatMap((m) => m.items), ...placed, ...p.items];
    const page = p.bare ? { items, cells: p.cells, bare: true } : { items, cells: p.cells };
    return doc.dir === "rtl" ? mirrorPage(page, pw) : page;
  });
  return {
    width: pw,
    height: ph,
    lang: doc.lang,
    meta: doc.meta,
    phrases: doc.phrases,
    pages: result,
    warnings: [...warnings.values()],
  };
}

/**
 * The body's units set in the column `ctx` gives, each block's first unit noted, with the
 * footnotes (at each page's foot, by their references) or the endnotes (after the body).
 */
function bodyUnits(doc: LetterDoc, ctx: UnitContext): SetBody & { noteRule?: Unit } {
  const notes = footnotes(doc, ctx);
  const starts: number[] = [];
  // Endnotes follow the body, under the same short rule; footnotes ride on their lines.
  if (doc.notesAt === "end" && notes.rule !== undefined && notes.units !== undefined) {
    const units = blocksToUnits(doc.body, ctx, SCOPE.body, starts);
    starts.push(units.length);
    return { units: [...units, notes.rule, ...notes.units.values()], starts };
  }
  const units = blocksToUnits(doc.body, { ...ctx, notes: notes.units }, SCOPE.body, starts);
  starts.push(units.length);
  return notes.rule ? { units, starts, noteRule: notes.rule } : { units, starts };
}

/**
 * Each footnote as one unit by its mark, and the short rule set above a page's notes. Why a
 * unit per note: it goes with the line that refers to it; a note too long for the room left on
 * that page is split by its lines (paginate.ts), the rest continuing on the next page.
 */
function footnotes(doc: LetterDoc, ctx: UnitContext): { units?: Map<string, Unit>; rule?: Unit } {
  if (!doc.notes?.length) return {};
  const units = new Map<string, Unit>();
  for (const [k, n] of doc.notes.entries()) {
    // Each note its own block id, by its mark (alone, every one would be `footnote#0`): one
    // Note each, which the references with that mark point to (write/tag-structure.ts).
    const block = noteBlock(n.marker ?? String(k));
    const lines = blocksToUnits([{ ...n, keepTogether: false }], ctx, SCOPE.body).map((u) => ({
      ...u,
      items: u.items.map((it) => (it.kind === "text" ? { ...it, block } : it)),
    }));
    if (lines.length && n.marker !== undefined)
      units.set(n.marker, noteUnit(lines, `footnote ${n.marker}`));
  }
  const rule = ruleUnit(
    {
      kind: "rule",
      length: Math.min(NOTE_RULE_LENGTH, ctx.width / 3),
      thickness: 0.5,
      color: "#000000",
      align: "left",
      spaceBefore: NOTE_RULE_SPACE,
      spaceAfter: NOTE_RULE_SPACE / 2,
    },
    ctx,
  );
  return { units, rule };
}

/** The footnote rule: 2 inches (or a third of the text width) with 12pt above it. */
const NOTE_RULE_LENGTH = 144;
const NOTE_RULE_SPACE = 12;
