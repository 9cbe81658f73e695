/** The least width and height, in points, a page's margins must leave a letter's text: an inch. */
export const MIN_TEXT_AREA = 72;

const pt = (n: number) => `${Number(n.toFixed(1))}pt`;

/**
 * What is wrong with margins that leave the text less than an inch either way, or undefined.
 * Why one check for the pack's manifest (`page.margin`) and its markup (`<letter margin>`):
 * such margins failed in the layout as "date line 1 is 14pt tall and cannot fit on any page",
 * of no file, or set every word broken letter by letter in a column of half an inch.
 */
export function textAreaProblem(
  page: { width: number; height: number },
  margin: { top: number; right: number; bottom: number; left: number },
): { message: string; hints: string[] } | undefined {
  const across = page.width - margin.left - margin.right;
  const down = page.height - margin.top - margin.bottom;
  if (Math.min(across, down) >= MIN_TEXT_AREA) return undefined;
  // Margins that meet or cross: a width of "-1088.8pt" left for the text says nothing plain.
  if (Math.min(across, down) <= 0) {
    const { top, right, bottom, left } = margin;
    return {
      message: `page margins leave no room for the text: top ${pt(top)}, right ${pt(right)}, bottom ${pt(bottom)} and left ${pt(left)} on a page of ${pt(page.width)} × ${pt(page.height)}`,
      hints: [
        `make the margins smaller, or the page larger: the text needs at least ${pt(MIN_TEXT_AREA)} each way`,
      ],
    };
  }
  return {
    message: `page margins leave ${pt(across)} × ${pt(down)} of the ${pt(page.width)} × ${pt(page.height)} page for the text; it needs at least ${pt(MIN_TEXT_AREA)} each way`,
    hints: ["make the margins smaller, or the page larger"],
  };
}
