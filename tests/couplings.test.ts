import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create } from "fontkit";
import Handlebars from "handlebars";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { cffOutlineBudget } from "../src/layout/cff-outline-budget.js";
import { type PdfkitFont, takesGlyphIds } from "../src/write/cid-font.js";
import { XmpText } from "../src/write/pdfkit-adapter.js";
import { canPaintLines } from "../src/write/pdfkit-line.js";
import { addElementRef, setElementId, writeIdTree } from "../src/write/pdfkit-struct.js";
import { drawSvg, patchedSvgToPdf } from "../src/write/svg-draw.js";
import { svgPlacer } from "../src/write/svg-form.js";
import { newSvgMemo } from "../src/write/svg-memo.js";
import { callgsubr, cffFont, ENDCHAR, RETURN, SQUARE } from "./helpers/cff-font.js";
import { ROOT } from "./helpers/render.js";
import { loadFont, loadHarfBuzz } from "./helpers/resources.js";
import { tempDir } from "./helpers/temp-dir.js";

// missive reaches into three dependencies' private parts (listed in ARCHITECTURE.md,
// "Couplings"). Their versions are pinned exactly in package.json; each test here fails with
// the coupling's name when an upgrade changes what missive relies on.

beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const FONT = require.resolve(
  "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
);
const pinned = (name: string) =>
  (
    JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as {
      dependencies: Record<string, string>;
    }
  ).dependencies[name];

describe("couplings to private parts of dependencies", () => {
  it("pins pdfkit, fontkit, harfbuzzjs, svg-to-pdfkit and handlebars to the exact versions the couplings were checked on", () => {
    for (const [name, version] of [
      ["pdfkit", "0.20.2"],
      ["fontkit", "2.0.4"],
      ["harfbuzzjs", "1.6.4"],
      ["svg-to-pdfkit", "0.1.8"],
      ["handlebars", "4.7.10"],
    ] as const) {
      expect(pinned(name), `${name} is pinned exactly in package.json`).toBe(version);
      const installed = JSON.parse(
        readFileSync(`${ROOT}/node_modules/${name}/package.json`, "utf8"),
      ) as { version: string };
      expect(installed.version, `${name} installed`).toBe(version);
    }
  });

  it("svg-to-pdfkit draws shapes through pdfkit's page and gives back its fill colour", () => {
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as {
      _fillColor: unknown;
      addContent(data: string): unknown;
    } & PDFDocument;
    doc.addPage({ size: [200, 200], margin: 0 });
    const written: string[] = [];
    const add = doc.addContent.bind(doc);
    doc.addContent = (data: string) => {
      written.push(data);
      return add(data);
    };
    doc.fillColor("#102030");
    const before = doc._fillColor;
    drawSvg(
      doc,
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c0392b"/></svg>',
      ),
      { x: 10, y: 10, width: 100, height: 100 },
      newSvgMemo(),
    );
    expect(doc._fillColor, "svg-to-pdfkit coupling _fillColor (write/svg-draw.ts)").toBe(before);
    const content = written.join("\n");
    expect(content, "svg-to-pdfkit coupling: the rectangle is a path filled in its colour").toMatch(
      /0\.7529\d* 0\.2235\d* 0\.1686\d* scn\n[\s\S]*\nf\n/,
    );
  });

  it("svg-to-pdfkit: SvgShape.transform's loop replaced and its steps counted as it loads (svg-draw.ts)", () => {
    const source = readFileSync(require.resolve("svg-to-pdfkit/source.js"), "utf8");
    const patched = patchedSvgToPdf(source);
    expect(patched, "svg-to-pdfkit coupling: no shift() left").not.toContain(
      "this.pathCommands.shift()",
    );
    expect(patched, "svg-to-pdfkit coupling: the commands walked in order").toMatch(
      /const commands = this\.pathCommands; this\.pathCommands = \[\];\s*for \(let i = 0; i < commands\.length; i\+\+\) \{\s*let data = commands\[i\];/,
    );
    for (const [at, n] of [
      ["var SvgElem = function(obj, inherits) {", 20],
      ["this.addCommand = function(data) {", 1],
    ])
      expect(patched, "svg-to-pdfkit coupling: each element and command counted").toContain(
        `${at} if (options.stepCallback) options.stepCallback(${n});`,
      );
    expect(
      () => patchedSvgToPdf(patched),
      "svg-to-pdfkit coupling: refused when not as pinned",
    ).toThrow("svg-to-pdfkit: its source is not as pinned (0.1.8); see svg-draw.ts");
  });

  it("svg-to-pdfkit draws on doc.page's stand-in and makes its objects with doc.ref (svg-form.ts)", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null });
    doc.addPage({ size: [200, 200], margin: 0 });
    const memo = newSvgMemo();
    // A fading gradient (pdfkit's objects), a group's opacity and a pattern (svg-to-pdfkit's).
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#123"/><stop offset="1" stop-color="#abc" stop-opacity="0.5"/></linearGradient><pattern id="p" width="2" height="2" patternUnits="userSpaceOnUse"><rect width="1" height="1"/></pattern></defs><rect width="10" height="5" fill="url(#g)"/><g opacity="0.5"><rect y="5" width="10" height="5" fill="url(#p)"/></g></svg>`;
    svgPlacer(doc, memo)(Buffer.from(svg), { x: 10, y: 10, width: 100, height: 100 });
    const [form] = [...memo.forms.kept.values()];
    expect(form, "svg-to-pdfkit coupling: its drawing copied, not drawn in place").toBeTruthy();
    const content = Buffer.from(form?.content ?? []).toString("latin1");
    // Each kind of resource svg-to-pdfkit named on the page is used by what it wrote there.
    const kinds = Object.entries(form?.resources ?? {});
    expect(kinds.map(([kind]) => kind).sort(), "svg-to-pdfkit coupling: doc.page's names").toEqual([
      "ExtGState",
      "Pattern",
      "XObject",
    ]);
    for (const [kind, names] of kinds)
      expect(
        Object.keys(names as object).some((n) => content.includes(`/${n} `)),
        `svg-to-pdfkit coupling: a ${kind} used`,
      ).toBe(true);
    expect(form?.objects.length, "svg-to-pdfkit coupling: objects made by doc.ref").toBeGreaterThan(
      5,
    );
    expect(form?.ended.length, "svg-to-pdfkit coupling: each object ended").toBe(
      form?.objects.length,
    );
  });

  it("pdfkit _fontCount: the number its font names (F2, F3…) and subset tags count from", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null }) as unknown as {
      _fontCount: unknown;
      _font: { id: string };
    } & PDFDocument;
    expect(typeof doc._fontCount, "pdfkit coupling _fontCount (write/pdfkit-adapter.ts)").toBe(
      "number",
    );
    doc._fontCount = 1;
    doc.addPage({ size: [200, 200], margin: 0 });
    doc.registerFont("f", loadFont(FONT));
    doc.font("f");
    expect(doc._font.id, "pdfkit coupling _fontCount names the next font").toBe("F2");
  });

  it("pdfkit _font internals (layoutCache, encode's parts) that the line painter uses", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null });
    doc.addPage({ size: [200, 200], margin: 0 });
    doc.registerFont("f", loadFont(FONT));
    doc.font("f");
    const font = (doc as unknown as { _font: { layoutCache?: unknown } })._font;
    expect(typeof font.layoutCache, "pdfkit coupling _font.layoutCache (pdfkit-adapter.ts)").toBe(
      "object",
    );
    expect(canPaintLines(doc), "pdfkit coupling: what write/pdfkit-line.ts paints with").toBe(true);
  });

  it("pdfkit _font.layoutCached shapes a word missing from layoutCache through its own layoutRun", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null });
    doc.addPage({ size: [200, 200], margin: 0 });
    doc.registerFont("f", loadFont(FONT));
    doc.font("f");
    const font = (
      doc as unknown as {
        _font: {
          layoutCache?: Record<string, unknown>;
          layoutRun(text: string, features?: unknown): unknown;
          layoutCached(text: string): unknown;
        };
      }
    )._font;
    const where = "pdfkit coupling _font.layoutRun (pdfkit-adapter.ts shareLayoutCache)";
    const run = { glyphs: [], positions: [], advanceWidth: 0 };
    const asked: string[] = [];
    font.layoutCache = Object.create(null) as Record<string, unknown>;
    font.layoutRun = (text) => {
      asked.push(text);
      return run;
    };
    expect(font.layoutCached("fikir"), where).toBe(run);
    expect(asked, where).toEqual(["fikir"]);
    expect(font.layoutCache.fikir, where).toBe(run);
  });

  it("pdfkit's PDFReference compresses its buffer in finalize, as compress says (deflate-memo.ts)", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null }) as unknown as {
      ref(): { compress: unknown; buffer: unknown; finalize: unknown; write(s: string): void };
    };
    const ref = doc.ref();
    const where = "pdfkit coupling PDFReference (write/deflate-memo.ts)";
    expect(ref.compress, where).toBe(true);
    expect(typeof ref.finalize, where).toBe("function");
    ref.write("0 0 m");
    expect(Array.isArray(ref.buffer) && ref.buffer.length, where).toBe(1);
    // startPiece counts pieces by the chunks written so far: one Buffer per write.
    expect((ref.buffer as unknown[])[0] instanceof Uint8Array, where).toBe(true);
    // A Uint8Array written is kept as it is: a font subset is found by its identity.
    const subset = Uint8Array.of(1, 2, 3);
    ref.write(subset as unknown as string);
    expect((ref.buffer as unknown[])[1], where).toBe(subset);
    expect(readFileSync(require.resolve("pdfkit"), "utf8"), where).toContain(
      "if (this.compress) {\n        this.buffer = zlib.deflateSync(this.buffer);",
    );
  });

  it("pdfkit writes every piece of the file through _write, after the header it keeps buffered (collectBytes)", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null, pdfVersion: "1.7" });
    const where = "pdfkit coupling _write and _offset (write/pdfkit-adapter.ts)";
    const d = doc as unknown as { read(): Buffer | null; _offset: unknown };
    expect(d.read()?.toString("latin1").startsWith("%PDF-1.7\n"), where).toBe(true);
    expect(typeof d._offset, where).toBe("number");
    expect(readFileSync(require.resolve("pdfkit"), "utf8"), where).toContain(
      "this.push(data);\n    this._offset += data.length;",
    );
  });

  it("pdfkit's page writes to page.content, named by its dictionary's Contents (pdfkit-adapter.ts)", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null });
    doc.addPage({ size: [200, 200], margin: 0 });
    const page = (doc as unknown as { page: { content: unknown; dictionary: { data: unknown } } })
      .page;
    const where = "pdfkit coupling page.content (nextContentStream)";
    expect((page.dictionary.data as { Contents: unknown }).Contents, where).toBe(page.content);
    expect(readFileSync(require.resolve("pdfkit"), "utf8"), where).toContain(
      "write(chunk) {\n    return this.content.write(chunk);",
    );
  });

  it("pdfkit's opened image: doc.image calls its own embed while obj is unset, then paints obj (png-planes.ts)", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null });
    doc.addPage({ size: [200, 200], margin: 0 });
    const image = doc.openImage(
      readFileSync(join(ROOT, "data/signatures/scribble.png")),
    ) as unknown as {
      obj?: unknown;
      label: string;
      embed(doc: unknown): void;
    };
    const where = "pdfkit coupling image.embed / image.obj (embedAtOnce)";
    expect(image.obj, where).toBeFalsy();
    const ref = (doc as unknown as { ref(d: object): unknown }).ref({ Type: "XObject" });
    let calls = 0;
    image.embed = () => {
      calls++;
      image.obj = ref;
    };
    doc.image(image as never, 0, 0, { width: 24, height: 8 });
    doc.image(image as never, 0, 20, { width: 24, height: 8 });
    expect(calls, where).toBe(1);
    const page = (doc as unknown as { page: { xobjects: Record<string, unknown> } }).page;
    expect(page.xobjects[image.label], where).toBe(ref);
  });

  it("pdfkit's EmbeddedFont: subset.includeGlyph, widths, unicode, embed and dictionary (cid-font.ts)", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null });
    doc.addPage({ size: [200, 200], margin: 0 });
    doc.registerFont("f", loadFont(FONT));
    doc.font("f");
    const font = (doc as unknown as { _font: PdfkitFont })._font;
    const where = "pdfkit coupling EmbeddedFont (write/cid-font.ts)";
    expect(takesGlyphIds(font), where).toBe(true);
    expect(typeof font.embed, where).toBe("function");
    expect(font.widths.length, where).toBe(1);
    expect(font.unicode, where).toEqual([[0]]);
    expect(typeof font.font.createSubset, where).toBe("function");
    expect(readFileSync(require.resolve("pdfkit"), "utf8"), where).toContain(
      "this.embed();\n    this.embedded = true;",
    );
  });

  it("fontkit's font.stream holds the file's bytes (released and read again: font-file.ts)", () => {
    const font = create(readFileSync(FONT)) as unknown as {
      stream?: { buffer?: unknown; view?: unknown; length?: unknown };
    };
    const where = "fontkit coupling font.stream (layout/font-file.ts)";
    expect(font.stream?.buffer, where).toBeInstanceOf(Uint8Array);
    expect(font.stream?.view, where).toBeInstanceOf(DataView);
    expect(typeof font.stream?.length, where).toBe("number");
  });

  it("fontkit's TrueType subset reads each glyph it copies by glyph._decode (outline-once.ts)", () => {
    // outline-once.ts keeps each glyph's _decode; renamed, it would keep nothing and every
    // subset would read its glyphs' outlines from the file again (slower, same bytes).
    type Glyph = { id: number; _decode(): unknown };
    const font = create(readFileSync(FONT)) as unknown as {
      glyphForCodePoint(c: number): Glyph;
      createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
      _variationProcessor: unknown;
    };
    const where = "fontkit coupling glyph._decode (write/outline-once.ts)";
    const glyph = font.glyphForCodePoint(0x61);
    const proto = Object.getPrototypeOf(glyph) as Glyph;
    expect(typeof proto._decode, where).toBe("function");
    expect("_variationProcessor" in font, where).toBe(true);
    expect(font._variationProcessor, where).toBeNull();
    const decode = proto._decode;
    const read: number[] = [];
    proto._decode = function (this: Glyph) {
      read.push(this.id);
      return decode.call(this);
    };
    try {
      const subset = font.createSubset();
      subset.includeGlyph(glyph.id);
      subset.encode();
    } finally {
      proto._decode = decode;
    }
    expect(read, where).toContain(glyph.id);
  });

  it("fontkit's font.layout can be replaced per font (HarfBuzz shapes: font-file.ts)", () => {
    const font = loadFont(FONT);
    const own = Object.getOwnPropertyDescriptor(font, "layout");
    expect(own?.writable, "fontkit coupling: layout replaced on the font").toBe(true);
    expect(font.layout("office").glyphs.length, "HarfBuzz made the ffi ligature").toBe(4);
  });

  it("pdfkit writes Info text through valueOf and XMP text through toString (XmpText)", async () => {
    const raw = (await pdfTitled("A & <B>")).toString("latin1");
    expect(raw, "pdfkit coupling XmpText: Info as written").toContain("(A & <B>)");
    expect(raw, "pdfkit coupling XmpText: XMP escaped").toContain(">A &amp; &lt;B&gt;</rdf:li>");
  });

  // Before, pdfkit read charCodeAt from the escaped text, which `&` makes longer: the dash,
  // pushed past the original length, went unseen, and the title was written a byte a
  // character ("Smith & Jones \x13 Q3"), unlike its XMP.
  it("pdfkit writes Info text as UTF-16 when its only non-ASCII letters come late (XmpText)", async () => {
    const raw = await pdfTitled("Smith & Jones – Q3");
    const utf16 = Buffer.from("Smith & Jones – Q3", "utf16le").swap16();
    const title = Buffer.concat([Buffer.from("(\xfe\xff", "latin1"), utf16, Buffer.from(")")]);
    expect(raw.includes(title), "pdfkit coupling XmpText: Info as UTF-16BE").toBe(true);
  });

  it("pdfkit struct element dictionary and getStructTreeRoot: /ID, /Ref, /IDTree (pdfkit-struct.ts)", async () => {
    const doc = new PDFDocument({
      autoFirstPage: false,
      font: null,
      compress: false,
      tagged: true,
    });
    const chunks: Uint8Array[] = [];
    doc.on("data", (c) => chunks.push(c));
    const done = new Promise<void>((resolve) => doc.on("end", resolve));
    doc.addPage({ size: [200, 200], margin: 0 });
    const root = doc.struct("Document");
    doc.addStructure(root);
    const ref = doc.struct("Reference");
    const note = doc.struct("Note");
    root.add(ref);
    root.add(note);
    setElementId(note, "note-1");
    addElementRef(ref, note);
    writeIdTree(doc, new Map([["note-1", note]]));
    doc.end();
    await done;
    const raw = Buffer.concat(chunks).toString("latin1");
    const where = "pdfkit coupling: struct element dictionary (write/pdfkit-struct.ts)";
    const noteNum = /(\d+) 0 obj\n<<\n\/S \/Note/.exec(raw)?.[1];
    expect(raw, where).toMatch(/\/S \/Note[^>]*\/ID \(note-1\)/);
    expect(raw, where).toContain(`/Ref [${noteNum} 0 R]`);
    expect(raw, where).toMatch(/\/IDTree \d+ 0 R/);
    expect(raw, where).toContain(`/Names [(note-1) ${noteNum} 0 R]`);
  });

  it("pdfkit reads its sRGB profile from data/ beside its own file (the snapshot bundle copies it)", () => {
    const beside = join(dirname(require.resolve("pdfkit")), "data", "sRGB_IEC61966_2_1.icc");
    expect(existsSync(beside), "pdfkit coupling: ICC profile in js/data").toBe(true);
    const code = readFileSync(require.resolve("pdfkit"), "utf8");
    expect(code, "pdfkit coupling: the profile's path").toContain(
      "new URL('./data/sRGB_IEC61966_2_1.icc'",
    );
  });

  it("Handlebars' parse errors: 'on line N', got 'EOF' / 'INVERSE', 'x doesn't match y' (template-syntax.ts)", () => {
    // syntaxProblem reads these to say in one line which {{…}} is wrong; with other wording it
    // falls back to "cannot be read" at the first tag, so a change is a worse message, not a crash.
    const where = "handlebars coupling: parse error wording (syntaxProblem)";
    const error = (source: string) => {
      try {
        Handlebars.parse(source);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    };
    expect(error("{{#if a}}x"), where).toMatch(/got 'EOF'/);
    expect(error("{{else}}x"), where).toMatch(/got 'INVERSE'/);
    expect(error("a\n\n{{#if}}"), where).toMatch(/^Parse error on line 3:/);
    expect(error("{{#if a}}x{{/each}}"), where).toMatch(/^if doesn't match each/);
  });

  it("Handlebars calls the instance's VM.invokePartial for every partial (counted-partials.ts)", () => {
    // countPartials replaces it to count inclusions; were the runtime to call another function,
    // a pack's partials doubling forty levels down would run unchecked for minutes again.
    const hb = Handlebars.create();
    const owner = hb as unknown as { VM: Record<string, unknown> };
    const invoke = owner.VM.invokePartial as (...a: unknown[]) => unknown;
    expect(typeof invoke, "handlebars coupling: VM.invokePartial").toBe("function");
    let calls = 0;
    owner.VM = {
      ...owner.VM,
      invokePartial(this: unknown, ...a: unknown[]) {
        calls++;
        return invoke.apply(this, a);
      },
    };
    hb.registerPartial("p", "{{#*inline 'q'}}q{{/inline}}{{> q}}");
    expect(hb.compile("{{> p}}{{> p}}")({})).toBe("qq");
    expect(calls, "handlebars coupling: partials through VM.invokePartial").toBe(4);
  });

  it("pdf.js runs its worker code from globalThis.pdfjsWorker, without import() (raster/pdfjs.ts)", () => {
    // A process started from the startup snapshot cannot import(); pdf.js takes its worker's
    // message handler from this global before it would import its worker file.
    const build = readFileSync(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"), "utf8");
    expect(build).toContain("globalThis.pdfjsWorker?.WorkerMessageHandler");
    const worker = require("pdfjs-dist/legacy/build/pdf.worker.mjs") as Record<string, unknown>;
    expect(typeof worker.WorkerMessageHandler).toBe("function");
  });

  it("fontkit draws a CFF glyph by _getPath, reading its charstrings by the CFF table's stream", () => {
    // cff-outline-budget.ts counts those reads; were either renamed, the budget would count
    // nothing and a font whose subroutines fan out would be drawn for hours again.
    const serif = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
    const subrs = [
      [...SQUARE.slice(0, -1), RETURN],
      [...callgsubr(0), ...callgsubr(0), RETURN],
    ];
    const path = cffFont(
      serif,
      tempDir("coupling-cff"),
      "c.otf",
      () => [...callgsubr(1), ENDCHAR],
      subrs,
    );
    const font = create(readFileSync(path)) as unknown as {
      "CFF ": { stream: { readUInt8(): number } };
      glyphForCodePoint(c: number): { _getPath(): unknown; bbox: unknown };
    };
    const glyph = font.glyphForCodePoint(0x61);
    expect(typeof glyph._getPath, "glyph._getPath").toBe("function");
    const budget = cffOutlineBudget(font, path, { glyph: 1_000_000, font: 1_000_000 });
    expect(budget, "the CFF table's stream").toBeDefined();
    let reads = 0;
    const read = font["CFF "].stream.readUInt8;
    font["CFF "].stream.readUInt8 = function (this: unknown) {
      reads++;
      return read.call(this);
    };
    budget?.(glyph as never);
    void glyph.bbox;
    expect(reads, "charstring bytes read through stream.readUInt8").toBeGreaterThan(0);
  });
});

/** An uncompressed one-page PDF whose Info Title is `title` through XmpText, as pdfkit writes it. */
async function pdfTitled(title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: null,
    pdfVersion: "1.7",
    compress: false,
    info: { Title: new XmpText(title) as unknown as string },
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (c) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  doc.addPage({ size: [200, 200], margin: 0 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
