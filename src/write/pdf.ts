import type { LaidOutDoc } from "../layout/laid-out-doc.js";
import { openPdf } from "./pdfkit-adapter.js";

/** Paints laid-out pages into PDF bytes. `created` fixes the dates (and so the file ID). */
export async function writePdf(doc: LaidOutDoc, created: Date): Promise<Uint8Array> {
  const pdf = openPdf({ ...doc.meta, lang: doc.lang, created });
  for (const page of doc.pages) {
    pdf.page(doc.width, doc.height);
    for (const it of page.items) {
      if (it.kind === "text") pdf.text(it);
      else if (it.kind === "rule") pdf.rule(it);
      else pdf.image(it.src, it.x, it.y, it.width, it.height);
    }
  }
  return pdf.finish();
}
