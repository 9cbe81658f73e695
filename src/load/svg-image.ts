import { SaxesParser, type SaxesTag } from "saxes";
import { fail, type Location } from "../errors.js";
import { ownOf } from "../own-of.js";
import { saxesMessage } from "../saxes-message.js";
import { clipped } from "../shown-value.js";

/**
 * Elements and path points an SVG may draw, multiplied out (through `<use>`, markers,
 * patterns, and the outlines a clip path, mask or gradient measures): a logo has hundreds to
 * thousands, a coat of arms some 50,000. Why a limit: ten `<use>` of ten `<use>` of … a few
 * levels deep is a file of a kilobyte that draws billions of shapes (a "use bomb"), and
 * drawing takes time in proportion to this count.
 */
export const MAX_SVG_ELEMENTS = 400_000;
/**
 * Style rules times elements: each rule of an SVG's `<style>` is matched against every
 * element. An exported drawing has tens of rules (`.st0` … `.st40`) and thousands of elements;
 * 2,000 rules over 20,000 elements is forty million matches.
 */
export const MAX_SVG_STYLE_WORK = 10_000_000;
/** Why: an SVG is read whole and drawn into every page that shows it. */
export const MAX_SVG_BYTES = 4 * 1024 * 1024;

/** An SVG ready to draw: its size in points, and its text with the size left to the page. */
export interface CheckedSvg {
  width: number;
  height: number;
  /** The SVG from its root element on, the root's width and height replaced by a viewBox. */
  text: string;
}

/** Elements whose drawing needs what a letter cannot give an SVG, and what to do instead. */
const REFUSED: Record<string, string> = {
  text: "text: convert the text to paths (Inkscape: Path → Object to Path; Illustrator: Create Outlines)",
  tspan:
    "text: convert the text to paths (Inkscape: Path → Object to Path; Illustrator: Create Outlines)",
  textPath:
    "text: convert the text to paths (Inkscape: Path → Object to Path; Illustrator: Create Outlines)",
  image: "an image: use that image as a PNG or JPEG file of its own, or draw it as shapes",
  foreignObject: "a foreign object (HTML), which a PDF cannot draw: draw it as shapes",
  a: "a link, which a letter's image cannot carry: remove the <a> element (keep what is inside)",
};

/** An element as the check keeps it: what it refers to, and what it holds. */
interface Node {
  name: string;
  refs: string[];
  /** How many times a marker it names is drawn: once per vertex of its path. */
  vertices: number;
  markers: string[];
  /** Whether drawing it measures its outline first (a clip path, mask or gradient): walked twice. */
  measured: boolean;
  children: Node[];
}

/** Whether bytes are an SVG's text (after a byte-order mark, spaces and an XML prolog). */
export function looksLikeSvg(b: Buffer): boolean {
  const head = b
    .subarray(0, 1024)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  return /^\s*</.test(head) && /<svg[\s>]/.test(b.subarray(0, 64 * 1024).toString("utf8"));
}

/**
 * Reads and checks an SVG before it is drawn. Why each refusal: the PDF must be the same on
 * every machine and read nothing beyond the files the data names, so an SVG may not name
 * another file (an image, a document, a font), hold text (drawn with fonts the machine
 * happens to have) or links; and what it draws is bounded.
 */
export function checkSvg(bytes: Buffer, src: string, where: Location): CheckedSvg {
  const broken = (why: string) =>
    fail("asset", `SVG image ${src}: ${why}`, where, [
      "save it again from a vector editor as plain SVG",
    ]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw broken("it is not UTF-8 text");
  }
  const parsed = parseSvg(text, broken, (why) =>
    fail("asset", `SVG image ${src} holds ${why}`, where),
  );
  const { drawn } = tally(parsed.root, parsed.ids, () =>
    broken(`it nests elements, or references that lead to others, over ${MAX_SVG_DEPTH} deep`),
  );
  if (drawn > MAX_SVG_ELEMENTS)
    throw broken(
      `it draws over ${MAX_SVG_ELEMENTS.toLocaleString("en-US")} elements and path points once its <use> references, markers, patterns and clip paths are multiplied out`,
    );
  if (parsed.rules * parsed.elements > MAX_SVG_STYLE_WORK)
    throw broken(
      `its style sheets' ${parsed.rules.toLocaleString("en-US")} rules would each be matched against its ${parsed.elements.toLocaleString("en-US")} elements`,
    );
  const size = svgSize(parsed.attrs, broken);
  return { ...size, text: rootResized(text, parsed, size.viewBox) };
}

interface Parsed {
  /** Elements in the file, and rules its style sheets hold (each `{`). */
  elements: number;
  rules: number;
  root: Node;
  ids: Map<string, Node>;
  /** The root element's attributes, and where its start tag ends in the text. */
  attrs: Record<string, string>;
  rootEnd: number;
  selfClosing: boolean;
}

function parseSvg(
  text: string,
  broken: (why: string) => Error,
  refused: (why: string) => Error,
): Parsed {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Node[] = [];
  const ids = new Map<string, Node>();
  let result: Parsed | undefined;
  parser.on("error", (e) => {
    throw broken(`line ${parser.line}: ${saxesMessage(e)}`);
  });
  parser.on("doctype", (doctype) => {
    for (const [name, value] of internalEntities(doctype)) parser.ENTITIES[name] = value;
  });
  parser.on("opentag", (tag: SaxesTag) => {
    const attrs = tag.attributes as Record<string, string>;
    const name = tag.name;
    if (stack.length === 0 && !result) {
      if (name !== "svg") throw broken(`its root element is <${clipped(name, 40)}>, not <svg>`);
      result = {
        elements: 0,
        rules: 0,
        root: undefined as unknown as Node,
        ids,
        attrs,
        rootEnd: parser.position,
        selfClosing: tag.isSelfClosing,
      };
    }
    if (stack.length >= MAX_SVG_DEPTH)
      throw broken(`it nests elements over ${MAX_SVG_DEPTH} deep (line ${parser.line})`);
    const why = ownOf(REFUSED, name);
    if (why) throw refused(`${why} (<${name}> at line ${parser.line})`);
    const node = nodeOf(name, attrs, parser.line, refused);
    if (result) result.elements++;
    if (attrs.id !== undefined) ids.set(attrs.id, node);
    stack.at(-1)?.children.push(node);
    if (result && !result.root) result.root = node;
    if (!tag.isSelfClosing) stack.push(node);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const css = (t: string) => {
    if (!result || stack.at(-1)?.name !== "style") return;
    result.rules += t.split("{").length - 1;
    // A style sheet's references are an attribute's: `fill: url(other.svg#p)`, `@import`.
    const outside = OUTSIDE_URL.exec(t) ?? /@import[^;]*/i.exec(t);
    if (!outside) return;
    // The parser is at the text's end: count back to the line the reference is on.
    const lines = (text: string) => text.split("\n").length - 1;
    const line = parser.line - lines(t) + lines(t.slice(0, outside.index));
    throw refused(
      `a reference to another file (${clipped(outside[0], 60)} in <style> at line ${line}): an SVG may refer only to its own elements (url(#id))`,
    );
  };
  parser.on("text", css);
  parser.on("cdata", css);
  parser.write(text).close();
  if (!result) throw broken("it has no <svg> element");
  return result;
}

/** An entity a document defines for itself: a name for plain text, as Illustrator writes them. */
const ENTITY = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"&<%]{0,1000})"|'([^'&<%]{0,1000})')\s*>/g;

/**
 * The plain-text entities a DOCTYPE defines (`<!ENTITY ns_svg "http://…">`, as Adobe
 * Illustrator writes its namespaces), at most a hundred. Why only plain text: an entity whose
 * text holds another is how a kilobyte expands to gigabytes ("billion laughs"); the parser
 * refuses any entity left undefined.
 */
function internalEntities(doctype: string): [string, string][] {
  return [...doctype.matchAll(ENTITY)]
    .slice(0, 100)
    .map((m) => [m[1] as string, m[2] ?? m[3] ?? ""]);
}

/** `url(#id)` in an attribute or a style. */
const URL_REF = /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g;
/** `url(…)` naming anything but an element of the same SVG. */
const OUTSIDE_URL = /url\(\s*['"]?(?!#)[^)]*\)/;

function nodeOf(
  name: string,
  attrs: Record<string, string>,
  line: number,
  refused: (why: string) => Error,
): Node {
  const refs: string[] = [];
  const markers: string[] = [];
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "href" || key.endsWith(":href")) {
      if (!value.trim().startsWith("#"))
        throw refused(
          `a reference to another file (${key}="${clipped(value, 60)}" at line ${line}): an SVG may refer only to its own elements (#id)`,
        );
      refs.push(value.trim().slice(1));
    }
    if (OUTSIDE_URL.test(value))
      throw refused(
        `a reference to another file (${key}="${clipped(value, 60)}" at line ${line}): an SVG may refer only to its own elements (url(#id))`,
      );
    for (const m of value.matchAll(URL_REF)) {
      const id = m[1] as string;
      if (key.startsWith("marker") || (key === "style" && /marker/.test(value))) markers.push(id);
      else refs.push(id);
    }
  }
  const numbers = (attrs.d ?? attrs.points ?? "").match(/[-+]?(?:\d*\.\d+|\d+\.?)(?:e[-+]?\d+)?/gi);
  const measured =
    attrs["clip-path"] !== undefined ||
    attrs.mask !== undefined ||
    /url\(/.test(`${attrs.fill ?? ""}${attrs.stroke ?? ""}${attrs.style ?? ""}`);
  const vertices = Math.ceil((numbers?.length ?? 0) / 2) + 1;
  return { name, refs, markers, vertices, measured, children: [] };
}

/**
 * How deep elements may nest, counting the elements a `<use>`, pattern or clip path leads to.
 * Why a limit: svg-to-pdfkit parses and draws by recursion, and a few kilobytes of nested
 * `<g>` or of `<use>` leading to `<use>` would overflow the stack; drawn SVGs nest some tens.
 */
export const MAX_SVG_DEPTH = 250;

/** What drawing an element costs: elements and points drawn, and how deep it leads. */
interface Tally {
  drawn: number;
  depth: number;
}

/**
 * How many elements and path points drawing `root` draws: each element and each point of its
 * path once, an element it refers to (a `<use>`, a pattern, a clip path) once more per
 * reference, a marker once per vertex, and all of it twice where it is measured first (a clip
 * path's box); and how deep the drawing goes. A reference that leads back to itself counts
 * nothing more (the drawing stops there too). Walked with a stack of its own, not by
 * recursion, for the reason MAX_SVG_DEPTH gives.
 */
function tally(root: Node, ids: Map<string, Node>, tooDeep: () => Error): Tally {
  const memo = new Map<Node, Tally>();
  const busy = new Set<Node>();
  const edges = (node: Node): (Node | undefined)[] => [
    ...node.children,
    ...node.refs.map((id) => ids.get(id)),
    ...node.markers.map((id) => ids.get(id)),
  ];
  const stack = [{ node: root, next: edges(root), at: 0 }];
  busy.add(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.at < frame.next.length) {
      const t = frame.next[frame.at++];
      if (!t || memo.has(t) || busy.has(t)) continue;
      if (stack.length >= MAX_SVG_DEPTH) throw tooDeep();
      busy.add(t);
      stack.push({ node: t, next: edges(t), at: 0 });
      continue;
    }
    memo.set(frame.node, sum(frame.node, memo, ids));
    busy.delete(frame.node);
    stack.pop();
  }
  return memo.get(root) as Tally;
}

/** An element's tally from those of what it holds and refers to (one that leads back: none). */
function sum(node: Node, memo: Map<Node, Tally>, ids: Map<string, Node>): Tally {
  const of = (n: Node | undefined) => (n ? memo.get(n) : undefined) ?? { drawn: 0, depth: 0 };
  let drawn = node.vertices;
  let depth = 0;
  const add = (t: Tally, times = 1) => {
    drawn += t.drawn * times;
    depth = Math.max(depth, t.depth);
  };
  for (const child of node.children) add(of(child));
  for (const id of node.refs) add(of(ids.get(id)));
  for (const id of node.markers) add(of(ids.get(id)), node.vertices);
  if (node.measured) drawn *= 2;
  // Once past the limit the exact figure does not matter, and it must not overflow.
  return { drawn: Math.min(drawn, MAX_SVG_ELEMENTS + 1), depth: depth + 1 };
}

/** Points per unit of an SVG length (CSS units; a number alone is px, 96 to the inch). */
const POINTS: Record<string, number> = {
  "": 0.75,
  px: 0.75,
  pt: 1,
  pc: 12,
  in: 72,
  cm: 72 / 2.54,
  mm: 72 / 25.4,
  q: 72 / 101.6,
};

/** The largest side an SVG may say it has: a page is under 40 inches. */
const MAX_SIDE_POINTS = 200 * 72;
/** The smallest: a tenth of a point is past what a printer or a screen shows. */
const MIN_SIDE_POINTS = 0.1;
/** How small and how large a unit of an SVG's drawing may be drawn, in points. */
const MIN_UNIT_POINTS = 1e-6;
const MAX_UNIT_POINTS = 1e6;
/** How far, in its own widths or heights, a viewBox may look from its drawing's origin. */
const MAX_VIEWBOX_OFFSET = 1e6;

/**
 * The SVG's size in points, and the viewBox that maps its drawing onto it. Why the size comes
 * from width and height, else the viewBox (in px): that is how a browser sizes an SVG image.
 */
function svgSize(
  attrs: Record<string, string>,
  broken: (why: string) => Error,
): { width: number; height: number; viewBox: string } {
  const box = attrs.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const viewBox =
    box && box.length === 4 && box.every(Number.isFinite) && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0
      ? (box as [number, number, number, number])
      : undefined;
  if (attrs.viewBox !== undefined && !viewBox)
    throw broken(
      `its viewBox "${clipped(attrs.viewBox, 60)}" is not four numbers of a positive width and height`,
    );
  let width = length(attrs.width, "width", broken);
  let height = length(attrs.height, "height", broken);
  const ratio = viewBox ? viewBox[2] / viewBox[3] : undefined;
  if (width === undefined && height !== undefined && ratio) width = height * ratio;
  if (height === undefined && width !== undefined && ratio) height = width / ratio;
  if (width === undefined || height === undefined) {
    if (!viewBox)
      throw broken(
        "it says neither its size (width and height) nor its viewBox, so its size is unknown",
      );
    width = viewBox[2] * 0.75;
    height = viewBox[3] * 0.75;
  }
  if (width > MAX_SIDE_POINTS || height > MAX_SIDE_POINTS)
    throw broken(
      `it is ${Math.round(width / 72)} × ${Math.round(height / 72)} inches; a side may be at most 200`,
    );
  if (width < MIN_SIDE_POINTS || height < MIN_SIDE_POINTS)
    throw broken(`it is ${width} × ${height} points; a side must be at least ${MIN_SIDE_POINTS}`);
  if (viewBox) refuseViewBox(viewBox, attrs.viewBox as string, width, height, broken);
  // Without a viewBox, the drawing's units are px of the size it says.
  const own = viewBox ?? [0, 0, width / 0.75, height / 0.75];
  return { width, height, viewBox: own.join(" ") };
}

/**
 * Refuses a viewBox that would draw the SVG's drawing as nothing, or as a blot: one whose unit
 * is drawn under a millionth of a point or over a million points (`0 0 1e300 1e300` on an
 * image of 100 × 40), or that looks at a place more than a million times its own size from
 * the drawing's origin (`1e15 0 10 10`), where a PDF reader's numbers have no precision left.
 */
function refuseViewBox(
  [x, y, w, h]: [number, number, number, number],
  written: string,
  width: number,
  height: number,
  broken: (why: string) => Error,
): void {
  const said = `its viewBox "${clipped(written, 60)}"`;
  for (const [unit, side] of [
    [width / w, "wide"],
    [height / h, "high"],
  ] as const)
    if (!(unit >= MIN_UNIT_POINTS && unit <= MAX_UNIT_POINTS))
      throw broken(
        `${said} draws a unit of its drawing ${unit} points ${side}; a unit may be from a millionth of a point to a million points`,
      );
  for (const [off, side] of [
    [Math.abs(x) / w, "width"],
    [Math.abs(y) / h, "height"],
  ] as const)
    if (off > MAX_VIEWBOX_OFFSET)
      throw broken(
        `${said} starts ${off.toLocaleString("en-US")} times its own ${side} from its drawing's origin; at most ${MAX_VIEWBOX_OFFSET.toLocaleString("en-US")}`,
      );
}

/** An SVG length in points; undefined when absent or relative (`100%`, `auto`). */
function length(
  value: string | undefined,
  name: string,
  broken: (why: string) => Error,
): number | undefined {
  if (value === undefined || /%\s*$|^\s*auto\s*$/i.test(value)) return undefined;
  const m = /^\s*([+]?(?:\d*\.\d+|\d+\.?)(?:e[-+]?\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = POINTS[(m?.[2] ?? "").toLowerCase()];
  const n = m ? Number(m[1]) * (unit ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(n) || n <= 0)
    throw broken(`its ${name} "${clipped(value, 40)}" is not a positive length`);
  return n;
}

/**
 * The SVG from its root on, the root's width and height left out and its viewBox given: the
 * page decides the size (svg-to-pdfkit would draw at the root's own size otherwise).
 */
function rootResized(text: string, parsed: Parsed, viewBox: string): string {
  const attrs = Object.entries(parsed.attrs)
    .filter(([k]) => k !== "width" && k !== "height" && k !== "viewBox")
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  const tag = `<svg${attrs} viewBox="${viewBox}"${parsed.selfClosing ? "/>" : ">"}`;
  return tag + text.slice(parsed.rootEnd);
}

function escapeAttr(v: string): string {
  return v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
