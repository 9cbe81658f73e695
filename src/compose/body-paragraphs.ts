/** A paragraph of a body (text between empty lines), trimmed, with where it starts in it. */
export interface BodyParagraph {
  text: string;
  /** Offset of its first character in the body, for YamlData.locateAt. */
  at: number;
}

/** The body's paragraphs, in order, empty ones left out. */
export function bodyParagraphs(body: string): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  const gap = /\n[ \t]*\n/g;
  let from = 0;
  for (;;) {
    const m = gap.exec(body);
    const end = m ? m.index : body.length;
    const raw = body.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== "") out.push({ text: raw.trim(), at: from + lead });
    if (!m) return out;
    from = m.index + m[0].length;
  }
}
