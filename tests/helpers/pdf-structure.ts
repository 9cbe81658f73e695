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
    /** The baseline of each MCID sequence's first text, from the page's foot, by id. */
    baselines: Map<string, number>;
  }[];
  /** Where each link annotation leads, by the annotation's object number: a named destination. */
  linkDests: Map<number, string>;
  /** Each named destination a link leads to: its page (from 0) and top, from the page's foot. */
  dests: Map<string, { page: number; y: number }>;
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
  const linkDests = new Map<number, string>();
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
    const baselines = new Map<string, number>();
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const it of content.items) {
      if ("type" in it && it.type === "beginMarkedContentProps") open.push(it.id ?? "");
      else if ("type" in it && it.type === "beginMarkedContent") open.push("");
      else if ("type" in it && it.type === "endMarkedContent") open.pop();
      else if ("str" in it) {
        const id = [...open].reverse().find((o) => o !== "");
        if (id) text.set(id, (text.get(id) ?? "") + it.str + (it.hasEOL ? "\n" : ""));
        if (id && !baselines.has(id)) baselines.set(id, it.transform[5] as number);
      }
    }
    for (const a of (await page.getAnnotations()) as { id: string; dest?: unknown }[])
      if (typeof a.dest === "string") linkDests.set(Number.parseInt(a.id, 10), a.dest);
    const tree = (await page.getStructTree()) as StructNode | null;
    pages.push({ tree, marks, untagged, text, baselines });
  }
  const dests = await destinations(doc, new Set(linkDests.values()));
  const meta = await doc.getMetadata();
  await doc.destroy();
  const raw = Buffer.from(bytes).toString("latin1");
  const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(raw)?.[0] ?? "";
  void meta;
  return { pages, raw, xmp, linkDests, dests };
}

type PdfJsDocument = Awaited<ReturnType<typeof getDocument>["promise"]>;

/** Where each named destination is: its page (from 0) and its top (an XYZ destination's). */
async function destinations(doc: PdfJsDocument, names: Set<string>): Promise<TaggedPdf["dests"]> {
  const dests: TaggedPdf["dests"] = new Map();
  for (const name of names) {
    const [ref, , , y] = ((await doc.getDestination(name)) ?? []) as [
      never,
      unknown,
      number,
      number,
    ];
    if (ref) dests.set(name, { page: await doc.getPageIndex(ref), y });
  }
  return dests;
}

/**
 * A structure element as the file writes it (pdfkit writes dictionaries uncompressed): what
 * pdf.js does not report, its /ID and /Ref, with its kids by object number and its content
 * by the ids pdf.js gives marked content (`p11R_mc3`).
 */
export interface RawElement {
  num: number;
  role: string;
  id?: string;
  refs: number[];
  kids: number[];
  content: string[];
  annotations: number[];
  /** Kids and content in the file's order. */
  children: (number | string)[];
}

/** Every structure element of the file, by object number. */
export function rawElements(raw: string): Map<number, RawElement> {
  const out = new Map<number, RawElement>();
  for (const m of raw.matchAll(/\n(\d+) 0 obj\n<<(.*?)>>\nendobj/gs)) {
    const body = m[2] as string;
    const role = /^\s*\/S \/(\w+)/.exec(body)?.[1];
    if (!role || !/\/P \d+ 0 R/.test(body)) continue;
    const el: RawElement = {
      num: Number(m[1]),
      role,
      refs: [...(/\/Ref \[(.*?)\]/.exec(body)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((r) =>
        Number(r[1]),
      ),
      kids: [],
      content: [],
      annotations: [],
      children: [],
    };
    const id = /\/ID \((.*?)\)/.exec(body)?.[1];
    if (id !== undefined) el.id = id;
    readKids(body, el);
    out.set(el.num, el);
  }
  return out;
}

/** An element's /K: kids (`12 0 R`), MCIDs on its page, MCRs and OBJRs. */
function readKids(body: string, el: RawElement): void {
  const page = /\/Pg (\d+) 0 R\s*$/.exec(body)?.[1];
  const kids = /\/K \[(.*)\]\s*(?:\/Pg \d+ 0 R\s*)?$/s.exec(body)?.[1] ?? "";
  const field = (dict: string, key: string) => new RegExp(`/${key} (\\d+)`).exec(dict)?.[1];
  for (const [, dict, kid, mcid] of kids.matchAll(/<<(.*?)>>|(\d+) 0 R|(\d+)/gs)) {
    if (kid) el.kids.push(Number(kid));
    if (dict && /\/OBJR/.test(dict)) el.annotations.push(Number(field(dict, "Obj")));
    const content = mcid
      ? `p${page}R_mc${mcid}`
      : dict && /\/MCR/.test(dict)
        ? `p${field(dict, "Pg")}R_mc${field(dict, "MCID")}`
        : undefined;
    if (content) el.content.push(content);
    if (kid || content) el.children.push(kid ? Number(kid) : (content as string));
  }
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
 * element; every Figure has alt text; every Note has a unique /ID (in the IDTree); fonts are
 * embedded with a ToUnicode map; links are in
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
  const notes = [...rawElements(raw).values()].filter((e) => e.role === "Note");
  const ids = new Set(notes.map((n) => n.id));
  need(notes.every((n) => n.id) && ids.size === notes.length, "every Note with a unique /ID");
  need(notes.length === 0 || /\/IDTree \d+ 0 R/.test(raw), "an IDTree for the Notes' ids");
  const links = raw.match(/\/Subtype \/Link/g)?.length ?? 0;
  need((raw.match(/\/StructParent \d+/g)?.length ?? 0) >= links, "links in the structure");
  need(!/\/Contents \(\)/.test(raw), "links described (/Contents)");
  for (const bad of ["/Encrypt", "/JavaScript", "/JS ", "/Launch", "/AA "])
    need(!raw.includes(bad), `no ${bad.trim()}`);
  return problems;
}
