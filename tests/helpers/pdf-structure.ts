import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A structure element as pdf.js reports it (`page.getStructTree()`). */
export interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: "content" | "object" | "annotation";
  id?: string;
  children?: StructNode[];
}

/** What a tagged PDF holds, read with pdf.js: per page, its structure and its marked content. */
export interface TaggedPdf {
  pages: {
    tree: StructNode | null;
    /** Marked-content sequences in content-stream order: tag, and the id of an MCID's. */
    marks: { tag: string; id: string | null }[];
    /** Painting operators outside any Artifact or MCID sequence (what a validator rejects). */
    untagged: string[];
    /** The text of each MCID sequence, by id (`p11R_mc3`). */
    text: Map<string, string>;
  }[];
  /** The raw bytes as Latin-1, for the dictionary checks (pdfkit writes them uncompressed). */
  raw: string;
  xmp: string;
}

/** Operators that put marks on the page: each must be content of an element or an artifact. */
const PAINTING = new Set([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.stroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.constructPath,
]);

const NAMES = Object.fromEntries(Object.entries(OPS).map(([k, v]) => [v, k]));

/** Reads a PDF's structure tree and marked content, page by page. */
export async function readTagged(bytes: Uint8Array): Promise<TaggedPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: TaggedPdf["pages"] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const prefix = `p${page.ref?.num}R_mc`;
    const ops = await page.getOperatorList();
    const marks: TaggedPdf["pages"][number]["marks"] = [];
    const untagged: string[] = [];
    const stack: { tag: string; id: string | null }[] = [];
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
        const mcid = fn === OPS.beginMarkedContentProps ? args[1] : null;
        const mark = { tag: String(args[0]), id: typeof mcid === "number" ? prefix + mcid : null };
        stack.push(mark);
        marks.push(mark);
      } else if (fn === OPS.endMarkedContent) stack.pop();
      else if (PAINTING.has(fn) && !stack.some((m) => m.tag === "Artifact" || m.id !== null))
        untagged.push(NAMES[fn] ?? String(fn));
    });
    const text = new Map<string, string>();
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const it of content.items) {
      if ("type" in it && it.type === "beginMarkedContentProps") open.push(it.id ?? "");
      else if ("type" in it && it.type === "beginMarkedContent") open.push("");
      else if ("type" in it && it.type === "endMarkedContent") open.pop();
      else if ("str" in it) {
        const id = [...open].reverse().find((o) => o !== "");
        if (id) text.set(id, (text.get(id) ?? "") + it.str + (it.hasEOL ? "\n" : ""));
      }
    }
    pages.push({ tree: (await page.getStructTree()) as StructNode | null, marks, untagged, text });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  const raw = Buffer.from(bytes).toString("latin1");
  const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(raw)?.[0] ?? "";
  void meta;
  return { pages, raw, xmp };
}

/** Every element of a tree, depth first, in reading order. */
export function elements(node: StructNode | null): StructNode[] {
  if (!node) return [];
  const out: StructNode[] = node.role ? [node] : [];
  for (const c of node.children ?? []) out.push(...elements(c));
  return out;
}

/** The text of an element: its content's text, its children's, in order. */
export function textOf(node: StructNode, text: Map<string, string>): string {
  if (node.type === "content") return text.get(node.id ?? "") ?? "";
  return (node.children ?? []).map((c) => textOf(c, text)).join("");
}

/**
 * What a PDF/UA validator (veraPDF) would reject, as sentences; none for a good file. Checked:
 * the catalog marks the file tagged, with a structure tree, a language and the title shown;
 * every painting operator is in an MCID sequence or an artifact, and every MCID belongs to an
 * element; every Figure has alt text; fonts are embedded with a ToUnicode map; links are in
 * the structure with a description; no encryption, JavaScript or launch actions.
 */
export function taggedProblems(pdf: TaggedPdf): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const { raw } = pdf;
  need(/\/MarkInfo \d+ 0 R/.test(raw) && /\/Marked true/.test(raw), "MarkInfo /Marked true");
  need(/\/StructTreeRoot \d+ 0 R/.test(raw), "a StructTreeRoot");
  need(/\/Type \/Catalog[\s\S]*?\/Lang \(.+?\)/.test(raw), "/Lang in the catalog");
  need(/\/DisplayDocTitle true/.test(raw), "ViewerPreferences /DisplayDocTitle true");
  need(/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+</.test(pdf.xmp), "a dc:title in the XMP");
  for (const [n, page] of pdf.pages.entries()) {
    need(page.untagged.length === 0, `page ${n + 1}: untagged ${page.untagged.join(", ")}`);
    const owned = new Set(
      elements(page.tree).flatMap((e) => (e.children ?? []).map((c) => c.id ?? "")),
    );
    for (const m of page.marks)
      need(m.id === null || owned.has(m.id), `page ${n + 1}: ${m.id} belongs to no element`);
    for (const f of elements(page.tree).filter((e) => e.role === "Figure"))
      need(!!f.alt?.trim(), `page ${n + 1}: a Figure without alt text`);
  }
  const fonts = raw.match(/\/Subtype \/Type0/g)?.length ?? 0;
  need(fonts > 0 && (raw.match(/\/ToUnicode \d+ 0 R/g)?.length ?? 0) === fonts, "ToUnicode maps");
  need(
    (raw.match(/\/FontFile[23]? \d+ 0 R/g)?.length ?? 0) ===
      (raw.match(/\/Type \/FontDescriptor/g)?.length ?? 0),
    "every font embedded",
  );
  const links = raw.match(/\/Subtype \/Link/g)?.length ?? 0;
  need((raw.match(/\/StructParent \d+/g)?.length ?? 0) >= links, "links in the structure");
  need(!/\/Contents \(\)/.test(raw), "links described (/Contents)");
  for (const bad of ["/Encrypt", "/JavaScript", "/JS ", "/Launch", "/AA "])
    need(!raw.includes(bad), `no ${bad.trim()}`);
  return problems;
}
