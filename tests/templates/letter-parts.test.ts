import { describe, expect, it } from "vitest";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// Every letter part is optional in every built-in pack, and the parts official letters use
// (issue 18) are there in each.
const PACKS = ["senate", "business", "personal", "din5008"] as const;
/** What each pack needs besides the body: the senate pack is a letter from signers. */
const NEEDS: Record<(typeof PACKS)[number], string> = {
  senate: "signers: [{ name: Jane Doe }]\n",
  business: "",
  personal: "",
  din5008: "",
};
const SIGNER: Record<(typeof PACKS)[number], string> = {
  senate:
    "signers:\n  - { name: Jane Doe, titles: [Director, Office of Compliance], conformed: true }\n",
  business: "signer: { name: Jane Doe, titles: [Director], conformed: true }\n",
  personal: "sender: { name: Jane Doe }\nconformed: true\n",
  din5008: "signer: { name: Jane Doe, titles: [Director], conformed: true }\n",
};

const letter = (pack: string, yaml: string) =>
  render({ file: `${ROOT}/data/inline-${pack}.yaml`, text: `template: ${pack}\n${yaml}` });

describe.each(PACKS)("built-in pack %s", (pack) => {
  it("renders a letter that has nothing but its body", async () => {
    const r = await letter(pack, `body: Just the text.\n${NEEDS[pack]}`);
    expect(r.txt).toContain("Just the text.");
    expect(r.txt).not.toMatch(/undefined|\[object/);
  });

  it("sets cc and bcc with multi-line entries, enclosures, P.S., references and a conformed signature", async () => {
    const r = await letter(
      pack,
      `date: 2024-05-14
recipient: [Ms. Dana Whitfield]
references:
  - { label: "Delivery Method", value: "Via Electronic Mail" }
  - { label: "File No.", value: "320-24-17" }
subject: "Warning Letter\\nCMS 645123"
body: Text.
cc:
  - "The Honorable Jeff Sessions\\nRanking Minority Member"
  - Marcus Lee
bcc: [Legal file]
fileCopy: true
enclosures: 2
ps: Call us.
${SIGNER[pack]}`,
    );
    const txt = r.txt as string;
    for (const s of [
      "Delivery Method",
      "Via Electronic Mail",
      "320-24-17",
      // An identifier's label and its number are tied (typography/identifier-spaces.ts).
      "Warning Letter\nCMS\u00a0645123",
      "Legal file",
      "Call us.",
      "/s/ Jane Doe",
    ])
      expect(txt).toContain(s);
    // DIN 5008 heads the list with its label; the others hang the entries under theirs.
    expect(txt).toMatch(
      pack === "din5008"
        ? /The Honorable Jeff Sessions\nRanking Minority Member\nMarcus Lee/
        : /cc: +The Honorable Jeff Sessions\n +Ranking Minority Member\n +Marcus Lee/,
    );
    expect(txt).toMatch(pack === "din5008" ? /2 Anlagen/ : /Enclosures \(2\)/);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const words = pdf.items.map((i) => i.str).join(" ");
    expect(words).toContain("/s/ Jane Doe");
    expect(words).toContain("Ranking Minority Member");
  });

  // letters31: a council tax reminder says "This letter was produced electronically and is
  // valid without a signature" under where the signature would be; a pack had no place for it
  // (a Norwegian decision put its "Dokumentet er elektronisk godkjent" in the body).
  it("sets signatureNote under the signer, before enclosures and copies, lined up with it", async () => {
    const note = "Valid without a signature.";
    const indent = pack === "din5008" ? "" : "signatureIndent: 3in\n";
    const r = await letter(
      pack,
      `body: Text.\nenclosures: [Statement]\ncc: [Marcus Lee]\n${indent}signatureNote: "${note}"\n${SIGNER[pack]}`,
    );
    const txt = r.txt as string;
    const [sig, at] = [txt.indexOf("/s/ Jane Doe"), txt.indexOf(note)];
    expect(sig).toBeGreaterThanOrEqual(0);
    expect(at).toBeGreaterThan(sig);
    expect(txt.indexOf("Statement")).toBeGreaterThan(at);
    expect(txt.indexOf("Marcus Lee")).toBeGreaterThan(at);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const item = (s: string) => pdf.items.find((i) => i.str.includes(s));
    const [name, line] = [item("/s/ Jane Doe"), item(note)];
    expect(line?.y).toBeGreaterThan(name?.y ?? Infinity);
    expect(line?.x).toBeCloseTo(name?.x ?? NaN, 0);
    expect(line?.y).toBeLessThan(item("Statement")?.y ?? -Infinity);
  });

  // letters27: the bcc line was printed on every copy, so the addressee and the cc recipients
  // read who was blind-copied; it belongs on the file copy only.
  it("prints bcc on the file copy only", async () => {
    const given = `body: Text.\ncc: [Marcus Lee]\nbcc: [Legal file]\n${NEEDS[pack]}`;
    const sent = await letter(pack, given);
    expect(sent.txt).toContain("Marcus Lee");
    expect(sent.txt).not.toContain("Legal file");
    expect(sent.markup).not.toContain("<bcc");
    const file = await letter(pack, `${given}fileCopy: true\n`);
    expect(file.txt).toContain("Legal file");
  });

  // letters22: din5008 had no ps style, so its P.S. sat under the last copy line as if it
  // were one more entry ("Mieterverein Köln e. V." / "PS: Die Schlüssel …").
  it("sets the P.S. apart from the copies before it by a blank line", async () => {
    const r = await letter(pack, `body: Text.\ncc: [Marcus Lee]\nps: Call us.\n${NEEDS[pack]}`);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const lee = pdf.items.find((i) => i.str.includes("Marcus Lee"));
    const ps = pdf.items.find((i) => i.str.includes("Call us."));
    expect(lee?.page).toBe(ps?.page);
    // More than a line of space between the two baselines: one line and a blank one.
    expect((ps?.y ?? 0) - (lee?.y ?? 0)).toBeGreaterThan(2 * (lee?.height ?? 0) + 2);
  });

  // letters22: in senate the annex's first line sat directly under the P.S. or the copies.
  it.each([
    ["the P.S.", "ps: Call us.", "Call us."],
    ["the copies", "cc: [Marcus Lee]", "Marcus Lee"],
    ["the enclosures", "enclosures: [The report]", "The report"],
  ])("sets the annex apart from %s before it", async (_, part, last) => {
    const r = await letter(pack, `body: Text.\n${part}\nannex: Reply slip text.\n${NEEDS[pack]}`);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const before = pdf.items.find((i) => i.str.includes(last));
    const annex = pdf.items.find((i) => i.str.includes("Reply slip"));
    expect(annex?.page).toBe(before?.page);
    // A line and some space: at least 0.8 of a line between them.
    expect((annex?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(1.8 * (before?.height ?? 0));
  });

  // corpus26: an Italian reminder addressed "Spett.le" / "Edilnova S.n.c." was headed
  // "Spett.le · 6 maggio 2025 · Pagina 2 di 2" on page 2, and its PDF titled "Lettera – Spett.le".
  if (pack === "business" || pack === "senate")
    it("names the addressee after a courtesy line in the continuation header and the PDF's title", async () => {
      const body = Array.from({ length: 30 }, (_, i) => `Paragrafo ${i + 1}.`).join("\n\n");
      for (const [lang, courtesy] of [
        ["it", "Spett.le"],
        ["de", "Herrn"],
        ["pl", "Szanowny Pan"],
        // letters29: a Brazilian ofício addressed "A Sua Senhoria o Senhor" was headed so.
        ["pt-BR", "A Sua Senhoria o Senhor"],
        // letters29: an Indonesian letter's "Kepada Yth." on a line of its own.
        ["id", "Kepada Yth."],
      ]) {
        const r = await letter(
          pack,
          `lang: ${lang}\nrecipient: [${courtesy}, Edilnova S.n.c., Via Roma 1]\nbody: |\n  ${body.replaceAll("\n", "\n  ")}\n${NEEDS[pack]}`,
        );
        const page2 = (r.laidOut?.pages[1]?.items ?? []).map((i) =>
          i.kind === "text" ? i.text : "",
        );
        expect(page2.join(" "), lang).toMatch(/^Edilnova S\.n\.c\. [·—]/);
        // letters27: the senate pack's title and subject still named "Spett.le".
        expect(r.model?.meta.title, lang).toContain("Edilnova S.n.c.");
        expect(r.model?.meta.title, lang).not.toContain(courtesy);
        if (pack === "senate") expect(r.model?.meta.subject, lang).toContain("Edilnova S.n.c.");
      }
    });

  // merge30: "Yth. Kepala Dinas Pendidikan …" on one line kept its "Yth." in the PDF's title
  // ("Surat kepada Yth. Kepala …") and on page 2.
  if (pack === "business" || pack === "senate")
    it("names the addressee without a courtesy on the name's own line", async () => {
      const body = Array.from({ length: 30 }, (_, i) => `Paragraf ${i + 1}.`).join("\n\n");
      for (const [lang, lines, named] of [
        ["id", ["Yth. Kepala Dinas Pendidikan", "di Tempat"], "Kepala Dinas Pendidikan"],
        ["id", ["Kepada", "Yth. Kepala Dinas Pendidikan", "di Tempat"], "Kepala Dinas Pendidikan"],
        ["id", ["Kepada Yth. Bapak Budi", "Jakarta"], "Bapak Budi"],
        ["de", ["Herrn Dr. Max Muster", "Hauptstr. 1"], "Dr. Max Muster"],
        // A word that begins as a courtesy does ("Frau…") is no courtesy.
        ["de", ["Frauenhaus Nord e.V.", "Hauptstr. 1"], "Frauenhaus Nord e.V."],
        // text31: a courtesy that may be the name's first word stays with it.
        ["de", ["An Nguyen", "Hauptstr. 1"], "An Nguyen"],
        ["pt", ["Ao Li", "Rua Augusta 1"], "Ao Li"],
        ["it", ["Gentile Costruzioni S.r.l.", "Via Roma 1"], "Gentile Costruzioni S.r.l."],
        ["pl", ["Pan Tadeusz Sp. z o.o.", "ul. Długa 1"], "Pan Tadeusz Sp. z o.o."],
        ["it", ["Gentile Sig. Rossi", "Via Roma 1"], "Sig. Rossi"],
        ["pl", ["Pan Jan Kowalski", "ul. Długa 1"], "Jan Kowalski"],
        // text32: a surname in capitals, a courtesy that is a name too, a dotless title.
        ["fr", ["Monsieur Jean DUPONT", "1 rue de la Paix"], "Jean DUPONT"],
        ["de", ["Herrn Max MUSTERMANN", "Hauptstr. 1"], "Max MUSTERMANN"],
        ["fr", ["Monsieur Dupont SARL", "1 rue de la Paix"], "Monsieur Dupont SARL"],
        ["de", ["An Thi Nguyen", "Hauptstr. 1"], "An Thi Nguyen"],
        ["pl", ["Pan dr Jan Kowalski", "ul. Długa 1"], "dr Jan Kowalski"],
      ] as const) {
        const r = await letter(
          pack,
          `lang: ${lang}\nrecipient: ${JSON.stringify(lines)}\nbody: |\n  ${body.replaceAll("\n", "\n  ")}\n${NEEDS[pack]}`,
        );
        const page2 = (r.laidOut?.pages[1]?.items ?? []).map((i) =>
          i.kind === "text" ? i.text : "",
        );
        expect(page2.join(" "), lines[0]).toMatch(
          new RegExp(`^${named.replaceAll(".", "\\.")} [·—]`),
        );
        expect(r.model?.meta.title, lines[0]).toMatch(
          new RegExp(`\\b${named.replaceAll(".", "\\.")}$`),
        );
      }
    });

  // merge30: a long office's name wrapped the header, "Halaman 2" alone on its second line.
  if (pack === "business" || pack === "senate")
    it("balances a continuation header that wraps: its page number is not alone", async () => {
      const body = Array.from({ length: 40 }, (_, i) => `Paragraf ${i + 1}.`).join("\n\n");
      // Each as long as left the page number, or the date's year with it, on a line of its own
      // (the senate one is the corpus letter's, on A4).
      const office =
        pack === "senate"
          ? "Kepala Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang Kota Bandung"
          : "Kepala Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang Kota Bandung Barat dan Kabupaten Sumedang";
      const r = await letter(
        pack,
        `${pack === "senate" ? "paper: a4\n" : ""}lang: id\ndate: 2024-03-12\nrecipient: [${JSON.stringify(office)}, Jalan Cianjur 34]\nbody: |\n  ${body.replaceAll("\n", "\n  ")}\n${NEEDS[pack]}`,
      );
      const items = (r.laidOut?.pages[1]?.items ?? []).flatMap((i) =>
        i.kind === "text" ? [i] : [],
      );
      // The header: the lines above the body's first on the page.
      const top = items.find((i) => i.text.startsWith("Paragraf"))?.y ?? 0;
      const lines = new Map<number, string[]>();
      for (const i of items.filter((i) => i.y < top))
        lines.set(i.y, [...(lines.get(i.y) ?? []), i.text]);
      const header = [...lines.values()].map((l) => l.join(" "));
      expect(header.length, header.join(" / ")).toBeGreaterThan(1);
      // The last line carries some of the name with it.
      expect(header.at(-1), header.join(" / ")).toMatch(/Bandung|Sumedang/);
    });

  // letters32, letters33: a ministry's name in the business letterhead wrapped with its last
  // word alone ("Republika Slovenija — Ministrstvo za okolje, podnebje in" / "energijo"); so did
  // a long sender's name in the personal one. The business pack carries the word down
  // (carryLastWord); a name whose last line holds several words keeps its filled lines.
  if (pack === "business" || pack === "personal")
    it("carries a letterhead name's last word down: it is not alone", async () => {
      const name = "Republika Slovenija — Ministrstvo za okolje, podnebje in energijo";
      const sender =
        pack === "business"
          ? `sender: { company: "${name}", address: [Langusova ulica 4] }`
          : `sender: { name: "${name}", address: [Langusova ulica 4] }`;
      const r = await letter(pack, `paper: a4\n${sender}\nrecipient: [X]\nbody: Text.\n`);
      const items = (r.laidOut?.pages[0]?.items ?? []).flatMap((i) =>
        i.kind === "text" ? [i] : [],
      );
      const top = items.find((i) => i.text.startsWith("Langusova"))?.y ?? 0;
      const lines = new Map<number, string[]>();
      for (const i of items.filter((i) => i.y < top))
        lines.set(i.y, [...(lines.get(i.y) ?? []), i.text]);
      const head = [...lines.values()].map((l) => l.join(" "));
      expect(head.length, head.join(" / ")).toBe(2);
      expect(head.at(-1)?.split(" ").length, head.join(" / ")).toBeGreaterThan(2);
    });

  // A joint letter to two chairs, their addresses an empty line apart: page 2 was headed with
  // the first chair alone, and the PDF's title named only her.
  if (pack === "business" || pack === "senate")
    it("names every addressee of a joint letter in the continuation header and the title", async () => {
      const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}.`).join("\n\n");
      const heads: string[] = [];
      for (const [lang, recipient] of [
        ["en-US", '[Hon. Ann Lee, Chair, "", Hon. Bo Chen, Ranking Member]'],
        ["de-DE", '[Herrn, Max Muster, Hauptstr. 1, "", Frau, Eva Beispiel, "", Firma Acme]'],
      ]) {
        const r = await letter(
          pack,
          `lang: ${lang}\nrecipient: ${recipient}\nbody: |\n  ${body.replaceAll("\n", "\n  ")}\n${NEEDS[pack]}`,
        );
        const page2 = (r.laidOut?.pages[1]?.items ?? []).map((i) =>
          i.kind === "text" ? i.text : "",
        );
        heads.push(page2.join(" ").split(/ [·—] /)[0] as string);
        expect(r.model?.meta.title).toContain(heads.at(-1));
      }
      expect(heads).toEqual([
        "Hon. Ann Lee and Hon. Bo Chen",
        // "Firma" before one word stays on the name's line, as "An" of "An Nguyen" must
        // (text31): the header names the line as written.
        "Max Muster, Eva Beispiel und Firma Acme",
      ]);
    });

  // A notation is not part of the address: the continuation header names the recipient.
  if (pack !== "din5008")
    it("sets notations above the inside address, out of the continuation header", async () => {
      const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}.`).join("\n\n");
      const r = await letter(
        pack,
        `date: 2024-05-14\nnotations: [VIA EMAIL, "CONFIDENTIAL\\nFOR SETTLEMENT PURPOSES"]\nrecipient: [Ms. Dana Whitfield]\nbody: |\n  ${body.replaceAll("\n", "\n  ")}\n${NEEDS[pack]}`,
      );
      const txt = r.txt as string;
      expect(txt).toMatch(
        /VIA EMAIL\nCONFIDENTIAL\nFOR SETTLEMENT PURPOSES\n\nMs\.\sDana Whitfield/,
      );
      expect(r.pages).toBeGreaterThan(1);
      const pdf = await extractPdf(r.pdf as Uint8Array);
      const page2 = pdf.items.filter((i) => i.page === 2).map((i) => i.str);
      expect(page2.join(" ")).not.toContain("VIA EMAIL");
    });

  it("closes (and, where it has one, salutes) in the letter's language unless told otherwise", async () => {
    const it_ = (await letter(pack, `lang: it-IT\nbody: Testo.\n${NEEDS[pack]}`)).txt as string;
    expect(it_).toMatch(pack === "personal" ? /Cordiali saluti,/ : /Distinti saluti/);
    expect(it_).not.toMatch(/Sincerely|Kind regards|Mit freundlichen/);
    if (pack === "business" || pack === "din5008")
      expect(it_).toContain("Gentili Signore e Signori,");
    const none = await letter(
      pack,
      `lang: it-IT\nbody: Testo.\nclosing: ""\nsalutation: ""\n${NEEDS[pack]}`,
    );
    expect(none.txt).not.toMatch(/saluti|Gentili/);
  });

  // Before, `title:` was the senate pack's only: business and din5008 said "unknown field
  // `title`, did you mean `titles`?" to a signer copied from a senate letter.
  it.skipIf(pack === "personal")(
    "takes a signer's one title as `title`, before its `titles`",
    async () => {
      const who = pack === "senate" ? "signers:\n  - " : "signer: ";
      const r = await letter(
        pack,
        `body: Text.\n${who}{ name: Jane Doe, title: Director, titles: [Office of Compliance] }\n`,
      );
      expect(r.txt).toMatch(/Jane Doe\n\s*Director\n\s*Office of Compliance\n/);
    },
  );

  it("names one enclosure in the singular", async () => {
    const r = await letter(pack, `body: Text.\nenclosures: 1\n${NEEDS[pack]}`);
    expect(r.txt).toMatch(pack === "din5008" ? /\n1 Anlage\n/ : /\nEnclosure\n/);
  });

  it("takes its labels in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish by lang", async () => {
    const seen = [];
    for (const lang of ["en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-PT", "nl-NL", "pl-PL"]) {
      const r = await letter(
        pack,
        `lang: ${lang}\nbody: Text.\nenclosures: [A, B]\ncc: [C]\n${NEEDS[pack]}`,
      );
      seen.push(r.txt);
    }
    expect(new Set(seen).size).toBe(8);
    // A language without labels of its own would fall back to English.
    for (const [i, word] of ["Allegati", "Anexos", "Bijlagen", "Załączniki"].entries())
      expect(seen[4 + i]).toContain(word);
  });

  it.skipIf(pack === "din5008")(
    "takes its labels in Czech, Slovak, Russian, Ukrainian, Greek and Vietnamese",
    async () => {
      const words: Record<string, string[]> = {
        cs: ["Přílohy:", "Na vědomí:", "S pozdravem"],
        sk: ["Prílohy:", "Na vedomie:", "S pozdravom"],
        ru: ["Приложения:", "Копия:", "С уважением,"],
        uk: ["Додатки:", "Копія:", "З повагою,"],
        el: ["Συνημμένα:", "Κοιν.:", "Με εκτίμηση,"],
        vi: ["Tài liệu kèm theo:", "Đồng gửi:", "Trân trọng,"],
      };
      for (const [lang, [enclosures, cc, closing]] of Object.entries(words)) {
        const r = await letter(
          pack,
          `lang: ${lang}\nbody: Text.\nenclosures: [A, B]\ncc: [C]\n${NEEDS[pack]}`,
        );
        // "S pozdravem" is tied (S\u00A0pozdravem), as a one-letter Czech word is.
        const txt = (r.txt ?? "").replaceAll("\u00A0", " ");
        expect(txt, lang).toContain(enclosures);
        expect(txt, lang).toContain(`${cc} C`);
        expect(txt, lang).toContain(closing);
        expect(txt, lang).not.toMatch(/Enclosures|cc:|Sincerely|Kind regards/);
      }
    },
  );

  // Right-to-left letters and Thai fell back to English ("Enclosures:", "Page 2 of 3", "Kind
  // regards,") without a word. Checked in the markup: the packs' own fonts draw neither script.
  it.skipIf(pack === "din5008")("takes its labels in Hebrew, Arabic and Thai", async () => {
    const words: Record<string, string[]> = {
      he: ["מצורפים:", "העתק:", "<closing>בברכה,</closing>", "עמוד <page/>"],
      ar: ["مرفقات:", "نسخة إلى:", "،</closing>", "صفحة <page/>"],
      th: ["สิ่งที่ส่งมาด้วย:", "สำเนาถึง:", "ความนับถือ</closing>", "หน้า <page/>"],
    };
    for (const [lang, expected] of Object.entries(words)) {
      const r = await renderLetter(
        {
          file: `${ROOT}/data/inline-${pack}.yaml`,
          text: `template: ${pack}\nlang: ${lang}\nbody: Text.\nenclosures: [A, B]\ncc: [C]\n${NEEDS[pack]}`,
        },
        { ...letterOptions({ formats: [], creationDate: 0 }), cwd: ROOT, stopAfter: "markup" },
      );
      for (const w of expected) expect(r.markup, lang).toContain(w);
      expect(r.markup, lang).not.toMatch(/Enclosures|cc:|Sincerely|Kind regards|Page/);
    }
  });
});

describe("letterheads", () => {
  // Before, a letter that named no logo got the pack's placeholder (an envelope icon) beside
  // its company's name; business now has none, and only a pack that extends it may add one.
  it("sets a business letterhead with a logo only when the letter gives one", async () => {
    const text = (logo: string) =>
      `template: business\nsender:\n  company: Harlow & Finch LLP\n  address: [350 Mission Street]\n${logo}body: Text.\n`;
    const laidOut = async (logo: string) => {
      const r = await renderLetter(
        { file: `${ROOT}/data/inline.yaml`, text: text(logo) },
        { ...letterOptions({ formats: [], creationDate: 0 }), cwd: ROOT, stopAfter: "layout" },
      );
      return (r.laidOut?.pages[0]?.items ?? []).map((i) => i.kind);
    };
    expect(await laidOut("  logo: logos/northwind.png\n")).toContain("image");
    const bare = await laidOut("  logo: false\n");
    expect(bare).not.toContain("image");
    expect(bare).toContain("rule");
    expect(await laidOut("")).toEqual(bare);
  });

  // Before, a letter one senator signs said "Letter from 1 signers to …" in its properties.
  it("names a senate letter's one signer in its subject, and counts several", async () => {
    const subject = async (signers: string) => {
      const r = await letter("senate", `recipient: [Jane Roe]\nbody: Text.\nsigners: ${signers}\n`);
      return String((await extractPdf(r.pdf as Uint8Array)).info.Subject);
    };
    expect(await subject("[{ name: Jane Doe }]")).toBe("Letter from Jane Doe to Jane Roe");
    expect(await subject("[{ name: A }, { name: B }]")).toBe("Letter from 2 signers to Jane Roe");
  });

  it("sets a senate letterhead's lines together, the space under them once", async () => {
    const r = await letter(
      "senate",
      "letterhead: { org: House of Commons, lines: [Audit Committee, London SW1A 0AA] }\ndate: 2024-02-06\nbody: Text.\nsigners: [{ name: Jane Doe }]\n",
    );
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const top = (s: string) => pdf.items.find((i) => i.str.includes(s))?.top ?? Number.NaN;
    // Set in capitals: the extracted text is the capitals.
    expect(top("LONDON") - top("AUDIT")).toBeCloseTo(11, 0);
    expect(top("February") - top("LONDON")).toBeGreaterThan(34);
  });

  // Before, with no lines the date sat 20pt under the organisation's name, the space under
  // the letterhead (which the last line carries) left out.
  it("leaves the space under a senate letterhead that has no lines under its name", async () => {
    const r = await letter(
      "senate",
      "letterhead: { org: House of Commons }\ndate: 2024-02-06\nbody: Text.\nsigners: [{ name: Jane Doe }]\n",
    );
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const top = (s: string) => pdf.items.find((i) => i.str.includes(s))?.top ?? Number.NaN;
    expect(top("February") - top("House")).toBeGreaterThan(34 + 20);
  });
});

// letters30: a professor's recommendation letter gave its sender's phone and e-mail as the
// business pack takes them, and the personal pack refused both as unknown fields.
describe("the personal pack's sender", () => {
  it("takes phone, email and web as business does, before the lines of contact", async () => {
    const r = await letter(
      "personal",
      "sender:\n  name: Eleanor Vance\n  address: [1101 University Avenue]\n  phone: (608) 262-1483\n  email: ev@chem.example\n  web: chem.example/vance\n  contact: [Fax (608) 262-0000]\nbody: Text.\n",
    );
    // A number's groups are tied (no-break spaces in the text too).
    expect((r.txt ?? "").replaceAll("\u00a0", " ")).toMatch(
      /1101 University Avenue\n\s*\(608\) 262-1483\n\s*ev@chem\.example\n\s*chem\.example\/vance\n\s*Fax \(608\) 262-0000\n/,
    );
  });
});

describe("company details", () => {
  it.each(["business", "din5008"])(
    "prints %s's sender.legal at the foot of page 1 only",
    async (pack) => {
      const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}.`).join("\n\n");
      const r = await letter(
        pack,
        `sender:\n  ${pack === "business" ? "company" : "name"}: Acme GmbH\n  address: [Hauptstr. 1]\n  legal: ["Amtsgericht Bonn HRB 4711", "Geschäftsführer: A. Muster"]\nbody: |\n  ${body.replaceAll("\n", "\n  ")}\n`,
      );
      expect(r.pages).toBeGreaterThan(1);
      const pdf = await extractPdf(r.pdf as Uint8Array);
      const on = (page: number) => pdf.items.filter((i) => i.page === page).map((i) => i.str);
      expect(on(1)).toContain("Amtsgericht Bonn HRB 4711");
      expect(on(1)).toContain("Geschäftsführer: A. Muster");
      const hrb = pdf.items.find((i) => i.str === "Amtsgericht Bonn HRB 4711");
      const lastBody = Math.max(
        ...pdf.items.filter((i) => i.page === 1 && i.str.startsWith("Paragraph")).map((i) => i.y),
      );
      expect(hrb?.top ?? 0).toBeGreaterThan(lastBody);
      expect(on(2).join(" ")).not.toContain("HRB");
    },
  );
});

describe("signatures", () => {
  it("sets title lines under a personal letter's signature, each in its language", async () => {
    const r = await letter(
      "personal",
      "sender: { name: Eleanor Vance }\nbody: Text.\nsignatureTitles: [Professor of Chemistry, { text: Professeure associée, lang: fr }]\n",
    );
    expect(r.txt).toMatch(/Eleanor Vance\nProfessor of Chemistry\nProfesseure associée/);
    expect(r.model?.body.find((b) => b.kind === "signatures")).toMatchObject({
      signers: [{ titleLangs: ["", "fr"] }],
    });
  });
});

describe("datelines and subjects", () => {
  it("prints a free-text date as written, after the place", async () => {
    const r = await letter(
      "personal",
      'place: Springfield, Illinois\ndate: "October 19, 1860"\nbody: Text.\n',
    );
    expect(r.txt).toContain("Springfield, Illinois, October\u00a019,\u00a01860");
  });

  it("keeps the line breaks of a free-text date", async () => {
    const r = await letter(
      "personal",
      'date: "Springfield, Illinois\\nOctober 19, 1860"\nbody: Text.\n',
    );
    expect(r.txt).toContain("Springfield, Illinois\nOctober\u00a019,\u00a01860");
  });

  // letters27: a subject typed with Markdown ("Re: *Smith v. Jones*") printed its stars.
  it.each(PACKS)(
    "sets a %s letter's subject and P.S. in their inline Markdown, the title without it",
    async (pack) => {
      const r = await letter(
        pack,
        `subject: 'Re: *Smith v. Jones*, case **12-345**, 5 \\* 3'\nbody: Text.\nps: See *the* file.\n${NEEDS[pack]}`,
      );
      expect(r.markup).toContain("Re: <i>Smith v. Jones</i>, case <b>12-345</b>, 5 * 3");
      expect(r.markup).toContain(" See <i>the</i> file.</ps>");
      expect(r.txt).toContain("Re: Smith v. Jones, case 12-345, 5 * 3");
      expect(r.txt).toMatch(/P\.?S\.?:? See the file\./);
      const pdf = await extractPdf(r.pdf as Uint8Array);
      const words = pdf.items.map((i) => i.str).join(" ");
      expect(words).not.toContain("*Smith");
      expect(words).not.toContain("*the*");
      const subject = "Re: Smith v. Jones, case 12-345, 5 * 3";
      expect(pdf.info.Subject ?? subject).toBe(subject);
      if (pack !== "senate") expect(pdf.info.Title).toBe(subject);
    },
  );

  // The DIN continuation header printed a subject's link address and its emphasis markup
  // ("Angebot (https://…) –" on a line of its own), and two separators where no date was
  // given ("Muster GmbH ·  · Angebot"): a header line names the subject as text.
  it("names the subject in the din5008 continuation header as plain text", async () => {
    const r = await letter(
      "din5008",
      'sender: {name: Muster GmbH, address: [Weg 1, 50667 Köln]}\nsubject: "Angebot zu [Los 17](https://example.org/17) – **dringend**"\nbody: Text.\n',
    );
    const header = /<line style="continuation">([^<]*)<\/line>/.exec(r.markup as string)?.[1];
    expect(header).toBe("Muster GmbH · Angebot zu Los 17 – dringend");
  });

  // letters36: a fine office's two-line subject ("Anhörung …\nKennzeichen FR-FW 2207") made
  // the header on page 2 three lines, its second line break where the subject's was typed.
  it("sets a subject of several lines on one line in the din5008 continuation header", async () => {
    const r = await letter(
      "din5008",
      'sender: {name: Muster GmbH, address: [Weg 1, 50667 Köln]}\nsubject: "Anhörung \\nKennzeichen FR-FW 2207"\nbody: Text.\n',
    );
    const header = /<line style="continuation">([^<]*)<\/line>/.exec(r.markup as string)?.[1];
    expect(header).toBe("Muster GmbH · Anhörung Kennzeichen FR-FW 2207");
    // The subject on page 1 keeps its line break.
    expect(r.txt).toMatch(/Anhörung\nKennzeichen FR-FW 2207/);
  });

  it("sets a sender's name of two lines on one line in the din5008 header and return line", async () => {
    const r = await letter(
      "din5008",
      'sender: {name: "Landratsamt\\nBreisgau-Hochschwarzwald", address: [Weg 1, 79104 Freiburg], returnLine: "Landratsamt · 79104 Freiburg"}\nsubject: Anhörung\nbody: Text.\n',
    );
    const header = /<line style="continuation">([^<]*)<\/line>/.exec(r.markup as string)?.[1];
    expect(header).toBe("Landratsamt Breisgau-Hochschwarzwald · Anhörung");
    // The letterhead keeps the name's two lines.
    expect(r.txt).toMatch(/Landratsamt\n +Breisgau-Hochschwarzwald/);
    // The return line over the window made of the name is one line too (it was refused as
    // two, taller than its box).
    const made = await letter(
      "din5008",
      'sender: {name: "Muster GmbH\\nNiederlassung Köln", address: [Weg 1, 50667 Köln]}\nbody: Text.\n',
    );
    const back = /<line style="return">([^<]*)<\/line>/.exec(made.markup as string)?.[1];
    expect(back).toBe("Muster GmbH Niederlassung Köln · Weg 1 · 50667 Köln");
  });

  it("names a couple's sender of two lines on one line in the personal continuation header", async () => {
    const r = await letter(
      "personal",
      'sender: {name: "Maria Santos\\nJuan Santos", address: [12 Rizal St, Makati]}\nbody: Text.\n',
    );
    // The page counters follow as <page/> and <pages/>.
    const header = /<line style="continuation">([^<]*)</.exec(r.markup as string)?.[1];
    expect(header).toBe("Maria Santos Juan Santos · Page ");
  });

  it("puts the subject before the address when asked", async () => {
    const r = await letter(
      "business",
      "recipient: [Ms. Dana Whitfield]\nsubject: 'Re: Order 17'\nsubjectPlacement: before-address\nbody: Text.\n",
    );
    const txt = r.txt as string;
    expect(txt.indexOf("Re: Order 17")).toBeLessThan(txt.indexOf("Whitfield"));
  });

  it("fits six address lines and three lines of postal notes in the DIN window", async () => {
    const r = await letter(
      "din5008",
      `notice: "Einschreiben\\nRückschein\\nNicht nachsenden"
recipient: [Firma, Muster AG, Abteilung Einkauf, Frau Dr. Anna Schäfer, Uferstraße 7, 53111 Bonn]
body: Text.
`,
    );
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const MM = 72 / 25.4;
    for (const line of ["Einschreiben", "Nicht nachsenden", "Firma", "53111 Bonn"]) {
      const hit = pdf.items.find((i) => i.str === line);
      expect(hit, line).toBeDefined();
      expect(hit?.y ?? 0).toBeLessThanOrEqual(90 * MM);
      expect(hit?.top ?? 0).toBeGreaterThanOrEqual(45 * MM);
    }
  });
});

describe("the business pack's defaults for British and Commonwealth English", () => {
  it.each(["en-GB", "en-IE", "en-AU", "en-NZ"])(
    "%s: a letter that names no one is to Sir or Madam, signed Yours faithfully",
    async (lang) => {
      const r = await letter("business", `lang: ${lang}\nbody: We write about your account.\n`);
      expect(r.txt).toMatch(/^Dear Sir or Madam,$/m);
      expect(r.txt).toMatch(/^Yours faithfully,$/m);
    },
  );

  // letters22: "Dear Mr Okafor," was signed off "Yours faithfully,", which British English
  // keeps for "Dear Sir or Madam,".
  it.each(["en-GB", "en-AU"])(
    "%s: a salutation that names its reader is signed Yours sincerely",
    async (lang) => {
      const named = await letter(
        "business",
        `lang: ${lang}\nsalutation: "Dear Mr Okafor,"\nbody: We write about your account.\n`,
      );
      expect(named.txt).toMatch(/^Yours sincerely,$/m);
      const typed = await letter(
        "business",
        `lang: ${lang}\nsalutation: "Dear Sir or Madam,"\nbody: We write about your account.\n`,
      );
      expect(typed.txt).toMatch(/^Yours faithfully,$/m);
      const none = await letter(
        "business",
        `lang: ${lang}\nsalutation: ""\nbody: We write about your account.\n`,
      );
      expect(none.txt).toMatch(/^Yours faithfully,$/m);
    },
  );

  // letters23: "Dear Sirs," and "To whom it may concern" name no one either, yet were signed
  // "Yours sincerely,", as a letter to a named reader is.
  it.each(["Dear Sirs,", "Dear Madam,", "DEAR SIR:", "To whom it may concern:", "Dear Sir/Madam,"])(
    "en-GB: a salutation that names no one, %s, is signed Yours faithfully",
    async (salutation) => {
      const r = await letter(
        "business",
        `lang: en-GB\nsalutation: "${salutation}"\nbody: We write about your account.\n`,
      );
      expect(r.txt).toMatch(/^Yours faithfully,$/m);
    },
  );

  // letters23: the senate pack signed a British letter "Sincerely," whatever its salutation.
  it("en-GB in the senate pack: Yours sincerely to a named reader, else Yours faithfully", async () => {
    const close = async (salutation: string) =>
      (
        await letter(
          "senate",
          `lang: en-GB\n${salutation}body: We write.\nsigners: [{ name: Jane Doe }]\n`,
        )
      ).txt;
    expect(await close('salutation: "Dear Secretary of State,"\n')).toMatch(/^Yours sincerely,$/m);
    expect(await close('salutation: "Dear Sirs,"\n')).toMatch(/^Yours faithfully,$/m);
    expect(await close("")).toMatch(/^Yours faithfully,$/m);
    const us = await letter(
      "senate",
      'salutation: "Dear Chair Khan:"\nbody: We write.\nsigners: [{ name: Jane Doe }]\n',
    );
    expect(us.txt).toMatch(/^Sincerely,$/m);
  });

  it("closes a named letter in other languages as any other", async () => {
    const de = await letter(
      "business",
      'lang: de-DE\nsalutation: "Sehr geehrte Frau Krüger,"\nbody: Wir schreiben.\n',
    );
    expect(de.txt).toMatch(/^Mit freundlichen Grüßen$/m);
    const us = await letter("business", 'salutation: "Dear Ms. Lee:"\nbody: We write.\n');
    expect(us.txt).toMatch(/^Sincerely,$/m);
  });

  it("keeps the US defaults for en and en-US", async () => {
    for (const lang of ["en", "en-US"]) {
      const r = await letter("business", `lang: ${lang}\nbody: We write about your account.\n`);
      expect(r.txt).toMatch(/^Dear Sir or Madam:$/m);
      expect(r.txt).toMatch(/^Sincerely,$/m);
    }
  });
});

// letters22: a Brazilian letter was saluted and closed as Portugal writes ("Exmos. Senhores," …
// "Com os melhores cumprimentos,"), which reads as foreign in Brazil.
describe("Brazilian Portuguese defaults", () => {
  it.each([
    ["business", "Prezados Senhores,", "Atenciosamente,"],
    ["personal", null, "Atenciosamente,"],
    ["senate", null, "Atenciosamente,"],
    ["din5008", "Prezados Senhores,", "Atenciosamente"],
  ])(
    "%s: salutes and closes as Brazil does, Portugal as before",
    async (pack, salutation, closing) => {
      const needs = pack === "senate" ? NEEDS.senate : "";
      const br = await letter(pack, `lang: pt-BR\nbody: Escrevo sobre a sua conta.\n${needs}`);
      const pt = await letter(pack, `lang: pt-PT\nbody: Escrevo sobre a sua conta.\n${needs}`);
      expect(br.txt).toMatch(new RegExp(`^${closing}$`, "m"));
      expect(br.txt).not.toContain("cumprimentos");
      expect(pt.txt).toContain("Com os melhores cumprimentos");
      if (salutation) {
        expect(br.txt).toMatch(new RegExp(`^${salutation}$`, "m"));
        expect(pt.txt).toMatch(/^Exmos\. Senhores,$/m);
      }
    },
  );
});

// letters21: a Turkish letter's enclosures and copies were labelled "Enclosures:" and "cc:",
// its second page "Page 2 of 3", as Turkish fell back to English.
describe("Turkish labels", () => {
  const PARTS =
    "enclosures: [Kira sözleşmesi, Yazınız]\ncc: [Av. Mehmet Öztürk]\nps: Yarın ararım.\n";
  it.each([
    ["business", "Sayın Yetkili,", "Saygılarımla,"],
    ["personal", null, "Saygılarımla,"],
    ["senate", null, "Saygılarımızla,"],
  ])("%s: Ekler, Bilgi, Not and the closing in Turkish", async (pack, salutation, closing) => {
    const body = `lang: tr-TR\nbody: Kira artışına itiraz ediyorum.\n${PARTS}`;
    const r = await letter(pack, `${body}${pack === "senate" ? NEEDS.senate : ""}`);
    expect(r.txt).toMatch(/^Ekler:\s+Kira sözleşmesi$/m);
    expect(r.txt).toMatch(/^Bilgi:\s+Av\. Mehmet Öztürk$/m);
    expect(r.txt).toMatch(/^Not: Yarın ararım\.$/m);
    expect(r.txt).toContain(closing);
    if (salutation) expect(r.txt).toContain(salutation);
    expect(r.txt).not.toMatch(/Enclosures|cc:|P\.S\./);
  });
});

// letters21: a school letter's tear-off reply slip had nowhere to go: only the P.S. came after
// the signature, and a slip's boxes to tick (☐) were no font's in personal and senate.
describe("an annex after everything else: a reply slip", () => {
  const ANNEX = `ps: See you there.
annex: |
  ---

  ### Reply slip {align=center}

  | | |
  |---|---|
  | Child's name | ______ |

  - [ ] My child may take part.
  - [x] I have paid the deposit.
`;
  it.each(PACKS)("%s: the annex comes last, its boxes drawn", async (pack) => {
    const r = await letter(pack, `body: Please return the slip below.\n${NEEDS[pack]}${ANNEX}`);
    const txt = r.txt ?? "";
    expect(txt.indexOf("Reply slip")).toBeGreaterThan(txt.indexOf("See you there."));
    expect(txt).toMatch(/^☐ My child may take part\.$/m);
    expect(txt).toMatch(/^☒ I have paid the deposit\.$/m);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const box = pdf.items.find((i) => i.str.includes("☐"));
    expect(box?.font ?? "").not.toBe("");
    const name = pdf.items.find((i) => i.str.startsWith("Child"));
    expect(name?.top ?? 0).toBeGreaterThan(pdf.items.find((i) => i.str === "Reply slip")?.top ?? 0);
  });
});

// A business letter's reference line typed with its own label ("Our file:", "N/Réf. :")
// printed "Reference: Our file: HL-31": the pack asks `labelled` for ownLabel=true.
describe("the business pack's reference line", () => {
  const line = async (value: string, lang = "en-US") => {
    const r = await letter(
      "business",
      `lang: ${lang}\nreference: ${JSON.stringify(value)}\nbody: Text.\n`,
    );
    // French typography makes the space before the colon a no-break one: compared as spaces.
    const lines = (r.txt as string).replace(/[\u00a0\u202f]/g, " ").split("\n");
    return lines.find((l) => l.includes(value.slice(-6)));
  };

  it("keeps a label the value starts with, in place of the pack's", async () => {
    expect(await line("Our file: HL-24-0031")).toBe("Our file: HL-24-0031");
    expect(await line("N/Réf. : JF/2024-017", "fr-FR")).toBe("N/Réf. : JF/2024-017");
    expect(await line("Unser Zeichen: ab-12", "de-DE")).toBe("Unser Zeichen: ab-12");
    expect(await line("Ref.:HL-24-0031")).toBe("Ref.:HL-24-0031");
    expect(await line("Az.:3 O 12/24", "de-DE")).toBe("Az.:3 O 12/24");
    // wrap29: typed tight after an abbreviation's full stop, before a "+" or a small letter.
    expect(await line("Tel.:+49 30 1234", "de-DE")).toBe("Tel.:+49 30 1234");
    expect(await line("Az.:abc-12", "de-DE")).toBe("Az.:abc-12");
  });

  it("labels a value whose colon follows no label", async () => {
    expect(await line("Invoice 2023-118")).toBe("Reference: Invoice 2023-118");
    expect(await line("Case 12: appeal")).toBe("Reference: Case 12: appeal");
    expect(await line("Time 10:30")).toBe("Reference: Time 10:30");
    expect(await line("urn:nbn:de:101-2024")).toBe("Reference: urn:nbn:de:101-2024");
    expect(await line("https://example.org/a")).toBe("Reference: https://example.org/a");
    expect(await line("tel:+493012345")).toBe("Reference: tel:+493012345");
    expect(await line("Letter of the Board of Trustees: 4")).toBe(
      "Reference: Letter of the Board of Trustees: 4",
    );
  });
});
