import { MissiveError } from "../errors.js";
import { SCOPE } from "../model/block-ids.js";
import type { PlacedGroup } from "../model/letter-doc.js";
import { aboutPainted, firstText, type PaintItem } from "./laid-out-doc.js";
import { blocksToUnits, type Unit, type UnitContext } from "./page-units.js";
import { stack, trailingSpace } from "./paginate.js";
import { wrappedLines } from "./wrapped-lines.js";

/**
 * Sets the fixed-position groups that belong on page `index` (0-based): each group's items,
 * none for a group on other pages. Why they are set per page: a group may show page fields
 * ("Seite 2 von 3"), known only after pagination.
 */
export function placeGroups(
  groups: PlacedGroup[],
  index: number,
  ctx: UnitContext,
  paper: Paper,
): PaintItem[][] {
  const items: PaintItem[][] = [];
  for (const [n, g] of groups.entries()) {
    items.push([]);
    if (!onPage(g, index)) continue;
    const units = groupUnits(g, n, ctx);
    const { page, height } = stack(units, g.y);
    refuseOffPaper(g, height, paper, aboutPainted(page.items));
    if (g.height !== undefined && height > g.height + 0.01) {
      // A line too wide for the box takes two: name it, and point at it in the data.
      const wrapped = wrappedLines(g.blocks, page.items);
      throw new MissiveError("layout", {
        message: `content placed at ${mm(g.x)}, ${mm(g.y)} is ${mm(height)} tall; its box is ${mm(g.height)}`,
        hints: [
          ...(g.hint ? [g.hint] : []),
          ...wrapped.map(
            (w) => `"${w}" is wider than the box (${mm(g.width)}) and takes two lines or more`,
          ),
          "shorten the content (fewer or shorter lines), or use a smaller style",
        ],
        about: wrapped[0] ?? firstText(page.items),
      });
    }
    items[n] = page.items;
  }
  return items;
}

/** The paper's size, in points. */
export interface Paper {
  width: number;
  height: number;
}

/**
 * Refuses a group that reaches past the paper's edge. Why: what is drawn off the paper is
 * lost without a word, and `right` or a long sender block can put it there.
 */
function refuseOffPaper(
  g: PlacedGroup,
  height: number,
  paper: Paper,
  about: ReturnType<typeof aboutPainted>,
): void {
  const edge =
    g.x < -0.01
      ? "left"
      : g.x + g.width > paper.width + 0.01
        ? "right"
        : g.y + height > paper.height + 0.01
          ? "bottom"
          : undefined;
  if (!edge) return;
  throw new MissiveError("layout", {
    message: `content placed at ${mm(g.x)}, ${mm(g.y)}, ${mm(g.width)} wide and ${mm(height)} tall, reaches past the paper's ${edge} edge (the paper is ${mm(paper.width)} by ${mm(paper.height)})`,
    hints: [
      "the pack's <place> must lie on the paper: a smaller x, right, y or width, or shorter content",
    ],
    ...about,
  });
}

/** Where a group that reserves its room ends, and the space its last block asks below it. */
export interface ReservedEdge {
  bottom: number;
  after: number;
}

/** The groups on page `index` that reserve their room (PlacedGroup.reserve), set once. */
export function reservedEdges(
  groups: PlacedGroup[],
  index: number,
  ctx: UnitContext,
): ReservedEdge[] {
  return [...groups.entries()]
    .filter(([, g]) => g.reserve && onPage(g, index))
    .map(([n, g]) => {
      const units = groupUnits(g, n, ctx);
      return { bottom: g.y + stack(units, g.y).height, after: trailingSpace(units) };
    });
}

/**
 * Where what follows reserving groups may start: below the lowest of them, by the space its
 * last block or the first block after it asks (`before`), the larger; `top` when there are
 * none, or they end above it.
 */
export function belowReserved(edges: ReservedEdge[], top: number, before: number): number {
  return edges.reduce((y, e) => Math.max(y, e.bottom + Math.max(e.after, before)), top);
}

function onPage(g: PlacedGroup, index: number): boolean {
  return g.on === "first" ? index === 0 : g.on === "rest" ? index !== 0 : true;
}

/** A group's blocks set in its own column. */
function groupUnits(g: PlacedGroup, n: number, ctx: UnitContext): Unit[] {
  // A group on every page is like a running head; one on page 1 is part of the letter.
  const scope = SCOPE.placed(n, g.on !== "first");
  return blocksToUnits(g.blocks, { ...ctx, left: g.x, width: g.width }, scope);
}

function mm(pt: number): string {
  return `${((pt * 25.4) / 72).toFixed(1)}mm`;
}
