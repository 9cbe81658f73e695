/** A box in pixels: left, top, and the size. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Groups the changed pixels of a page (`changed(x, y)`) into boxes: the page is cut into
 * square cells of `cell` pixels, and changed cells no more than `gap` cells apart belong to
 * one region, whose box is that of its changed pixels. Why cells and a gap: a changed word
 * is a dozen separate glyphs, and a reflowed paragraph many lines; each should be one region
 * a reviewer can look at, not hundreds of specks.
 */
export function changeRegions(
  width: number,
  height: number,
  changed: (x: number, y: number) => boolean,
  cell: number,
  gap: number,
): PixelBox[] {
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const boxes = cellBoxes(width, height, changed, cell, cols);
  const seen = new Uint8Array(cols * rows);
  const regions: Extent[] = [];
  for (let start = 0; start < boxes.length; start++) {
    if (!boxes[start] || seen[start]) continue;
    seen[start] = 1;
    const stack = [start];
    let box = boxes[start] as Extent;
    while (stack.length) {
      const at = stack.pop() as number;
      box = union(box, boxes[at] as Extent);
      const cx = at % cols;
      const cy = (at - cx) / cols;
      for (let y = Math.max(0, cy - gap); y <= Math.min(rows - 1, cy + gap); y++)
        for (let x = Math.max(0, cx - gap); x <= Math.min(cols - 1, cx + gap); x++) {
          const n = y * cols + x;
          if (boxes[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
    }
    regions.push(box);
  }
  return mergeOverlapping(regions, gap * cell)
    .map((e) => ({ x: e.l, y: e.t, width: e.r - e.l + 1, height: e.b - e.t + 1 }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Joins regions whose boxes come within `near` pixels of each other, until none do: two groups
 * of cells apart may still have boxes that overlap (a changed word inside a reflowed
 * paragraph's box), and a box inside another tells a reviewer nothing more.
 */
function mergeOverlapping(boxes: Extent[], near: number): Extent[] {
  const out = [...boxes];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const [a, b] = [out[i] as Extent, out[j] as Extent];
      if (a.l > b.r + near || b.l > a.r + near || a.t > b.b + near || b.t > a.b + near) continue;
      out[i] = union(a, b);
      out.splice(j, 1);
      j = i; // the grown box may now reach boxes already passed
    }
  }
  return out;
}

interface Extent {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** Per cell, the extent of its changed pixels (undefined where none changed). */
function cellBoxes(
  width: number,
  height: number,
  changed: (x: number, y: number) => boolean,
  cell: number,
  cols: number,
): (Extent | undefined)[] {
  const boxes: (Extent | undefined)[] = new Array(cols * Math.ceil(height / cell));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (!changed(x, y)) continue;
      const i = Math.floor(y / cell) * cols + Math.floor(x / cell);
      const box = boxes[i];
      if (!box) boxes[i] = { l: x, t: y, r: x, b: y };
      else {
        // Rows come in order, so only the bottom and the sides can grow.
        box.l = Math.min(box.l, x);
        box.r = Math.max(box.r, x);
        box.b = y;
      }
    }
  return boxes;
}

function union(a: Extent, b: Extent): Extent {
  return {
    l: Math.min(a.l, b.l),
    t: Math.min(a.t, b.t),
    r: Math.max(a.r, b.r),
    b: Math.max(a.b, b.b),
  };
}
