import type { PdfStandard } from "../pdf-standard.js";

const UA_PART = `<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>`;

/**
 * PDF/A accepts only XMP properties it predefines or that the file declares; pdfuaid is not
 * among them, so a file that is both PDF/A and PDF/UA declares it (the schema veraPDF expects).
 */
const UA_SCHEMA = `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>`;

/**
 * XMP that pdfkit does not write: the modification date (the Info dictionary has it, and PDF/A
 * wants the two to agree) and the PDF/UA identification. pdfkit writes the PDF/A one.
 */
export function xmpClaims(standards: readonly PdfStandard[], modified: Date): string[] {
  const date = `${modified.toISOString().split(".")[0]}Z`;
  const out = [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:ModifyDate>${date}</xmp:ModifyDate>
</rdf:Description>`,
  ];
  if (standards.includes("ua-1")) {
    out.push(UA_PART);
    if (standards.some((s) => s.startsWith("a-"))) out.push(UA_SCHEMA);
  }
  return out;
}
