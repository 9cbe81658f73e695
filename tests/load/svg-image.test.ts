import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readImageInfo } from "../../src/load/image-info.js";
import { createResources } from "../../src/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';

/** Reads an SVG as a letter's image: its size in points and the text to draw, or the error. */
function read(svg: string): { width: number; height: number; text: string } | string {
  const file = join(tempDir("svg"), "logo.svg");
  writeFileSync(file, svg);
  try {
    const info = readImageInfo(file, { file: "letter.yaml", line: 3 }, createResources());
    // Pixels at 150 dpi, back to points.
    const pt = (px: number) => Math.round((px * 72 * 1000) / 150) / 1000;
    return { width: pt(info.width), height: pt(info.height), text: info.bytes.toString("utf8") };
  } catch (e) {
    return (e as Error).message.replace(file, "logo.svg");
  }
}

const size = (svg: string) => {
  const r = read(svg);
  return typeof r === "string" ? r : [r.width, r.height];
};

describe("an SVG image's size", () => {
  it.each([
    [`<svg ${NS} width="120" height="48"/>`, [90, 36]],
    [`<svg ${NS} width="2in" height="0.5in"/>`, [144, 36]],
    [`<svg ${NS} width="50mm" height="10mm"/>`, [141.732, 28.346]],
    [`<svg ${NS} viewBox="0 0 400 200"/>`, [300, 150]],
    [`<svg ${NS} width="100%" height="100%" viewBox="0,0,40,20"/>`, [30, 15]],
    [`<svg ${NS} width="3in" viewBox="0 0 400 200"/>`, [216, 108]],
  ])("%s is %j points, as a browser sizes it", (svg, expected) => {
    expect(size(svg)).toEqual(expected);
  });

  it("hands on the SVG from its root, sized by a viewBox the page fills", () => {
    const r = read(
      `<?xml version="1.0"?>\n<!-- made by hand -->\n<svg ${NS} width="2in" height="1in" id="x&amp;y"><rect width="10" height="10"/></svg>`,
    );
    expect(r).toMatchObject({
      text: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" id="x&amp;y" viewBox="0 0 192 96"><rect width="10" height="10"/></svg>`,
    });
  });

  // Before: refused with "holds function Object() { [native code] } (<constructor> at line
  // 1)": the refused elements were looked up among every object's properties too.
  it("reads an element named as an object's property as any unknown element", () => {
    for (const name of ["constructor", "toString", "__proto__"])
      expect(read(`<svg ${NS} width="10" height="10"><${name}/></svg>`)).toMatchObject({
        width: 7.5,
      });
  });

  it("reads Adobe Illustrator's namespaces given as entities in its DOCTYPE", () => {
    const svg = `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
      <!ENTITY ns_svg "http://www.w3.org/2000/svg">
      <!ENTITY ns_xlink "http://www.w3.org/1999/xlink">
    ]><svg xmlns="&ns_svg;" xmlns:xlink="&ns_xlink;" width="10" height="10"/>`;
    expect(read(svg)).toMatchObject({
      text: '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"/>',
    });
  });
});

describe("an SVG image is refused, at its place in the data, when it", () => {
  it.each([
    [
      "has no size",
      `<svg ${NS}/>`,
      "SVG image logo.svg: it says neither its size (width and height) nor its viewBox, so its size is unknown",
    ],
    [
      "has a bad viewBox",
      `<svg ${NS} viewBox="0 0 0 10"/>`,
      'SVG image logo.svg: its viewBox "0 0 0 10" is not four numbers of a positive width and height',
    ],
    [
      "has a bad width",
      `<svg ${NS} width="-3cm" height="1cm"/>`,
      'SVG image logo.svg: its width "-3cm" is not a positive length',
    ],
    [
      "is a mile wide",
      `<svg ${NS} width="1e9in" height="1in"/>`,
      "SVG image logo.svg: it is 1000000000 × 1 inches; a side may be at most 200",
    ],
    // Before, each was drawn as nothing, or as a blot, without complaint (or failed as the
    // letter was painted, "unsupported number: 9.999999999999999e+301").
    [
      "maps its drawing a googol times too small",
      `<svg ${NS} width="100" height="40" viewBox="0 0 1e300 1e300"><rect width="5" height="5"/></svg>`,
      'SVG image logo.svg: its viewBox "0 0 1e300 1e300" draws a unit of its drawing 7.5e-299 points wide; a unit may be from a millionth of a point to a million points',
    ],
    [
      "maps its drawing a googol times too large",
      `<svg ${NS} width="100" height="40" viewBox="0 0 1e-300 1e-300"><rect width="5" height="5"/></svg>`,
      'SVG image logo.svg: its viewBox "0 0 1e-300 1e-300" draws a unit of its drawing 7.5e+301 points wide; a unit may be from a millionth of a point to a million points',
    ],
    [
      "is all but nothing",
      `<svg ${NS} viewBox="0 0 1e-300 1e-300"/>`,
      "SVG image logo.svg: it is 7.5e-301 × 7.5e-301 points; a side must be at least 0.1",
    ],
    [
      "looks far off its drawing",
      `<svg ${NS} viewBox="1e15 0 10 10"/>`,
      'SVG image logo.svg: its viewBox "1e15 0 10 10" starts 100,000,000,000,000 times its own width from its drawing\'s origin; at most 1,000,000',
    ],
    ["is not SVG", "<html><body/></html>", "not a PNG, JPEG or SVG image: logo.svg"],
    [
      "is not XML",
      `<svg ${NS} width="1" height="1"><g></svg>`,
      "SVG image logo.svg: line 1: unexpected close tag.",
    ],
    [
      "has text",
      `<svg ${NS} width="1" height="1"><text x="0" y="9">ACME</text></svg>`,
      "SVG image logo.svg holds text: convert the text to paths (Inkscape: Path → Object to Path; Illustrator: Create Outlines) (<text> at line 1)",
    ],
    [
      "has an image",
      `<svg ${NS} width="1" height="1"><image href="data:image/png;base64,AAAA"/></svg>`,
      "SVG image logo.svg holds an image: use that image as a PNG or JPEG file of its own, or draw it as shapes (<image> at line 1)",
    ],
    [
      "has a link",
      `<svg ${NS} width="1" height="1"><a href="#x"><rect/></a></svg>`,
      "SVG image logo.svg holds a link, which a letter's image cannot carry: remove the <a> element (keep what is inside) (<a> at line 1)",
    ],
    [
      "names another file",
      `<svg ${NS} width="1" height="1"><use xlink:href="/etc/shapes.svg#a"/></svg>`,
      'SVG image logo.svg holds a reference to another file (xlink:href="/etc/shapes.svg#a" at line 1): an SVG may refer only to its own elements (#id)',
    ],
    [
      "paints with another file",
      `<svg ${NS} width="1" height="1"><rect fill="url(file:///etc/passwd)"/></svg>`,
      'SVG image logo.svg holds a reference to another file (fill="url(file:///etc/passwd)" at line 1): an SVG may refer only to its own elements (url(#id))',
    ],
    [
      "defines an entity of entities",
      `<!DOCTYPE svg [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><svg ${NS} width="1" height="1"><desc>&b;</desc></svg>`,
      "SVG image logo.svg: line 1: undefined entity.",
    ],
  ])("%s", (_, svg, message) => {
    expect(read(svg)).toBe(message);
  });

  it("multiplies out to over 400,000 elements and path points through <use> (a use bomb of a kilobyte)", () => {
    let defs = '<g id="l0"><rect width="1" height="1"/></g>';
    for (let i = 1; i <= 6; i++)
      defs += `<g id="l${i}">${Array.from({ length: 10 }, () => `<use xlink:href="#l${i - 1}"/>`).join("")}</g>`;
    const svg = `<svg ${NS} width="1" height="1"><defs>${defs}</defs><use xlink:href="#l6"/></svg>`;
    expect(svg.length).toBeLessThan(2048);
    expect(read(svg)).toBe(
      "SVG image logo.svg: it draws over 400,000 elements and path points once its <use> references, markers, patterns and clip paths are multiplied out",
    );
  });

  it("multiplies a marker by the vertices of the path that carries it", () => {
    const marker = `<marker id="m">${'<circle r="1"/>'.repeat(1000)}</marker>`;
    const points = Array.from({ length: 400 }, (_, i) => `${i},${i}`).join(" ");
    const svg = `<svg ${NS} width="1" height="1"><defs>${marker}</defs><polyline points="${points}" marker-mid="url(#m)"/></svg>`;
    expect(read(svg)).toMatch(/it draws over 400,000 elements and path points/);
  });

  it("counts a path's points, twice under each clip path that measures it", () => {
    const path = `<path d="M0 0${" L1 1".repeat(1000)}"/>`;
    const clipped = (inner: string, levels: number): string =>
      levels === 0 ? inner : `<g clip-path="url(#c)">${clipped(inner, levels - 1)}</g>`;
    const svg = (levels: number) =>
      `<svg ${NS} width="1" height="1"><clipPath id="c"><rect width="1" height="1"/></clipPath>${clipped(path, levels)}</svg>`;
    expect(size(svg(8))).toEqual([0.75, 0.75]);
    expect(read(svg(9))).toMatch(/it draws over 400,000 elements and path points/);
  });

  it.each([
    [
      "nests groups 20,000 deep",
      `<svg ${NS} width="1" height="1">${"<g>".repeat(20000)}<rect/>${"</g>".repeat(20000)}</svg>`,
      "SVG image logo.svg: it nests elements over 250 deep (line 1)",
    ],
    [
      "chains 20,000 <use> one to the next",
      `<svg ${NS} width="1" height="1"><defs>${Array.from({ length: 20000 }, (_, i) => `<use id="u${i}" xlink:href="#u${i + 1}"/>`).join("")}<rect id="u20000"/></defs><use xlink:href="#u0"/></svg>`,
      "SVG image logo.svg: it nests elements, or references that lead to others, over 250 deep",
    ],
  ])("%s (which would overflow the drawing's stack)", (_, svg, message) => {
    expect(read(svg)).toBe(message);
  });

  it("matches too many style rules against too many elements", () => {
    const rules = Array.from({ length: 1000 }, (_, i) => `.c${i}{fill:red}`).join("");
    const svg = `<svg ${NS} width="1" height="1"><style>${rules}</style>${"<rect/>".repeat(10001)}</svg>`;
    expect(read(svg)).toBe(
      "SVG image logo.svg: its style sheets' 1,000 rules would each be matched against its 10,003 elements",
    );
  });

  it("counts a use that leads back to itself once, as the drawing does, without looping", () => {
    const svg = `<svg ${NS} width="1" height="1"><g id="a"><use xlink:href="#b"/></g><g id="b"><use xlink:href="#a"/></g></svg>`;
    expect(size(svg)).toEqual([0.75, 0.75]);
  });
});
