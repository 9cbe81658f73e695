import type PDFDocument from "pdfkit";
import type { PDFStructureElement } from "pdfkit";

/**
 * The entries of structure elements pdfkit's options do not offer: an element's /ID, a
 * reference's /Ref and the StructTreeRoot's /IDTree. Why reach inside: pdfkit writes only
 * T, Lang, Alt, E, ActualText and attributes, and PDF/UA-1 wants every Note to have a unique
 * /ID (Matterhorn 19-003, 19-004). Pinned by tests/couplings.test.ts.
 */
interface Dictionary {
  data: Record<string, unknown>;
}

function dictionaryOf(element: PDFStructureElement): Dictionary {
  return (element as unknown as { dictionary: Dictionary }).dictionary;
}

/**
 * The element ids of one document: each written on its element, listed in the IDTree when the
 * document ends, and a named destination of the same name where the element's first line is
 * painted, which links to it lead to.
 */
export function elementIds(doc: PDFDocument) {
  const ids = new Map<string, PDFStructureElement>();
  let pending: string | null = null;
  return {
    add(element: PDFStructureElement, id: string): void {
      setElementId(element, id);
      ids.set(id, element);
      pending = id;
    },
    /** Text is painted at `x`, its line's top at `top`: the first of an element with an id? */
    painted(x: number, top: number): void {
      if (pending === null) return;
      doc.addNamedDestination(pending, "XYZ", x, top, null);
      pending = null;
    },
    finish: () => writeIdTree(doc, ids),
  };
}

/** Gives an element its identifier (/ID), which /Ref entries and the IDTree name it by. */
export function setElementId(element: PDFStructureElement, id: string): void {
  dictionaryOf(element).data.ID = new String(id);
}

/**
 * Adds `to` to the elements `from` refers to (/Ref, PDF 2.0; a 1.7 reader ignores it and
 * follows the link annotation). `from` must not be written yet: pdfkit writes an element when
 * it is ended, which for all but links is when the document ends.
 */
export function addElementRef(from: PDFStructureElement, to: PDFStructureElement): void {
  const data = dictionaryOf(from).data;
  const refs = (data.Ref as Dictionary[] | undefined) ?? [];
  data.Ref = [...refs, dictionaryOf(to)];
}

/**
 * The StructTreeRoot's /IDTree, which ISO 32000-1 requires when elements have identifiers: a
 * name tree of one node, its keys sorted as the format wants.
 */
export function writeIdTree(doc: PDFDocument, ids: Map<string, PDFStructureElement>): void {
  if (ids.size === 0) return;
  const names = [...ids.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((id) => [new String(id), dictionaryOf(ids.get(id) as PDFStructureElement)]);
  const internals = doc as unknown as {
    getStructTreeRoot(): Dictionary;
    ref(data: object): Dictionary & { end(): void };
  };
  const tree = internals.ref({ Names: names });
  tree.end();
  internals.getStructTreeRoot().data.IDTree = tree;
}
