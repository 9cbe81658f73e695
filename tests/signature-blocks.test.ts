import { expect, it } from "vitest";
import { caught } from "./helpers/errors.js";
import { extractPdf } from "./helpers/pdf-text.js";
import { ROOT, render } from "./helpers/render.js";

/** A business-pack letter; `extra` is appended YAML (signer, signatureIndent, …). */
function business(extra: string) {
  const text = `template: business
sender:
  company: Northwind Traders, Inc.
  address: [1200 Harbor Boulevard, "Boston, MA 02110"]
date: 2024-05-14
recipient: [Ms. Dana Whitfield]
salutation: "Dear Ms. Whitfield:"
body: Thank you for your order.
closing: Sincerely,
${extra}`;
  return { file: `${ROOT}/data/inline-signature-block.yaml`, text };
}

// Issue 18: a US modified-block letter signs from the centre line.
it("indents the closing and the signature block together by signatureIndent", async () => {
  const plain = await extractPdf(
    (await render(business("signer: {name: Jordan Alvarez}"))).pdf as Uint8Array,
  );
  const moved = await extractPdf(
    (
      await render(
        business("signatureIndent: 3in\nsigner: {name: Jordan Alvarez, titles: [Director]}"),
      )
    ).pdf as Uint8Array,
  );
  const x = (pdf: typeof plain, s: string) => pdf.items.find((i) => i.str === s)?.x ?? NaN;
  expect(x(moved, "Sincerely,") - x(plain, "Sincerely,")).toBeCloseTo(216, 0);
  expect(x(moved, "Jordan Alvarez") - x(plain, "Jordan Alvarez")).toBeCloseTo(216, 0);
  expect(x(moved, "Director")).toBeCloseTo(x(moved, "Jordan Alvarez"), 0);
  expect(x(moved, "Thank you for your order.")).toBeCloseTo(
    x(plain, "Thank you for your order."),
    0,
  );
});

// Issue 18: a bilingual signer (din5008 letter from an embassy), each title in its language.
it("sets a title given with its own lang in that language, in PDF and text", async () => {
  const text = `template: din5008
sender:
  name: Botschaft der Republik Beispiel
  address: [Unter den Linden 1, 10117 Berlin]
date: 2024-05-14
recipient: [Frau Dana Whitfield, Elmstraße 88, 10115 Berlin]
salutation: "Sehr geehrte Frau Whitfield,"
body: Vielen Dank für Ihren Brief.
closing: Mit freundlichen Grüßen
signer:
  name: Dr. Anna Muster
  titles: ['"Botschafterin"', { text: '"Ambassador"', lang: en }]
`;
  const r = await render({ file: `${ROOT}/data/inline-bilingual.yaml`, text });
  // German and English quotes show each line was typeset in its own language.
  expect(r.txt).toContain("„Botschafterin“\n“Ambassador”");
  const pdf = await extractPdf(r.pdf as Uint8Array);
  expect(pdf.items.map((i) => i.str)).toEqual(
    expect.arrayContaining(["„Botschafterin“", "“Ambassador”"]),
  );
});

it("says in plain words when a title line is neither text nor text with a lang", async () => {
  const text = `template: business
sender: { company: N, address: [A] }
recipient: [R]
body: B
signer: { name: A, titles: [{ text: Ambassador }] }
`;
  const e = await caught(() => render({ file: `${ROOT}/data/inline-bad-title.yaml`, text }));
  const messages = e.problems.map((p) => p.message);
  // The line is a mapping, so the form that takes one says what it lacks, once.
  expect(messages).toEqual(["`lang` is required in signer.titles.0"]);
  expect(messages.join("\n")).not.toMatch(/anyOf/);
});

// A company's letter is often signed by two people side by side (two authorised signatories,
// "i. V." and "i. A." in German). business and din5008 take `signers` for that, two to a row,
// as senate's grid does; before, only `signer` (one person), and two needed a pack of one's own.
// So does personal: a couple, neighbours, a tenants' association sign a personal letter.
it.each([
  ["business", business("")],
  [
    "personal",
    {
      file: `${ROOT}/data/inline-signature-block.yaml`,
      text: `template: personal
date: 2026-11-30
recipient: [Harbor Property Management, 400 Water Street]
body: We, the undersigned tenants of 12 Elm Street, write about the heating.
`,
    },
  ],
  [
    "din5008",
    {
      file: `${ROOT}/data/inline-signature-block.yaml`,
      text: `template: din5008
sender: { name: Muster GmbH, address: [Hauptstraße 1, 10115 Berlin] }
recipient: [Frau Anna Beispiel, Ringstraße 5, 80331 München]
date: 2024-05-14
subject: Angebot
body: Vielen Dank für Ihre Anfrage.
`,
    },
  ],
])("%s sets several signers side by side, two to a row", async (_, letter) => {
  const text = `${letter.text}signers:
  - { name: Jane Thornton, titles: [Partner] }
  - { name: Rahul Mehta, titles: [Associate] }
  - { name: Ann Lee, titles: [Counsel] }
`;
  const r = await render({ ...letter, text });
  const pdf = await extractPdf(r.pdf as Uint8Array);
  const at = (s: string) => pdf.items.find((i) => i.str === s);
  const [jane, rahul, ann] = ["Jane Thornton", "Rahul Mehta", "Ann Lee"].map(at);
  expect(rahul?.y).toBeCloseTo(jane?.y ?? NaN, 1);
  expect((rahul?.x ?? 0) - (jane?.x ?? 0)).toBeGreaterThan(150);
  expect(ann?.x).toBeCloseTo(jane?.x ?? NaN, 1);
  expect(ann?.y).toBeGreaterThan((at("Partner")?.y ?? Infinity) + 20);
  expect(at("Associate")?.x).toBeCloseTo(rahul?.x ?? NaN, 1);
  expect(r.txt).toMatch(/Jane Thornton {2,}Rahul Mehta\nPartner {2,}Associate\n/);
});

it("names every signer as the business letter's author, and refuses signer beside signers", async () => {
  const two = "signers: [{ name: Jane Thornton }, { name: Rahul Mehta }]\n";
  const r = await render(business(two));
  expect((await extractPdf(r.pdf as Uint8Array)).info.Author).toBe("Jane Thornton, Rahul Mehta");
  const e = await caught(() => render(business(`${two}signer: { name: Ann Lee }\n`)));
  expect(e.problems.map((p) => `${p.location?.line}: ${p.message}`)).toEqual([
    "11: `signer` is not allowed here: give signer (one person) or signers (several, side by side), not both",
  ]);
});

// personal's own short form (signature, signatureTitles, signatureImage, conformed) names one
// signer; beside signer or signers it would be dropped or doubled, so it is refused, at the
// field, saying where the short form's part goes.
it("refuses personal's short signature fields beside signer or signers, saying where they go", async () => {
  const letter = (extra: string) => ({
    file: `${ROOT}/data/inline-short-form.yaml`,
    text: `template: personal
sender: { name: Ann Lee, address: [1 Main Street] }
body: Hello.
signatureTitles: [Treasurer]
${extra}`,
  });
  const e = await caught(() => render(letter("signer: { name: Ann Lee }\n")));
  expect(e.problems.map((p) => `${p.location?.line}: ${p.message}`)).toEqual([
    "5: `signer` is not allowed here: signatureTitles is the short form of signer.titles: give one of them",
  ]);
  const many = await caught(() =>
    render(letter("signers: [{ name: Ann Lee }, { name: Bo Kim }]\n")),
  );
  expect(many.problems.map((p) => p.message)).toEqual([
    "`signers` is not allowed here: signatureTitles is the short form for one signer: with signers, give each its own titles",
  ]);
  const r = await render({
    ...letter(""),
    text: letter("").text.replace(
      "signatureTitles: [Treasurer]\n",
      "signer: { name: Ann Lee, titles: [Treasurer], conformed: true }\n",
    ),
  });
  expect(r.txt).toMatch(/\/s\/ Ann Lee\nAnn Lee\nTreasurer\n/);
  expect((await extractPdf(r.pdf as Uint8Array)).info.Author).toBe("Ann Lee");
});

// A closing indented past half the text width stood right of the names it signs above: the
// grid's indent is at most half the text width, the closing's was not (personal pack, 1.1in
// margins, signatureIndent 3.25in: "Sincerely," at 313.2pt, the name at 306pt).
it("lines the closing up with the signature when the indent is more than half the text", async () => {
  const text = `template: personal
sender: { name: Helen Okonjo, address: [400 College Ave] }
date: 2024-12-01
recipient: [Search Committee]
body: I recommend him without reservation.
closing: Sincerely,
signatureIndent: 3.25in
signature: Helen Okonjo
signatureTitles: [Professor of History]
`;
  const r = await render({ file: `${ROOT}/data/inline-indent.yaml`, text });
  const pdf = await extractPdf(r.pdf as Uint8Array);
  const x = (s: string) => pdf.items.find((i) => i.str === s)?.x ?? NaN;
  expect(x("Sincerely,")).toBeCloseTo(x("Professor of History"), 0);
  expect(x("Sincerely,")).toBeCloseTo(306, 0);
});

// A coalition letter's title lines wrapped in a half-width column flush with the title under
// them: "Polish Association of Wheelchair" / "Users" read as two titles. The packs' signer
// styles turn a wrapped line over indented (runover), in the PDF and the text output.
it("turns a signer's wrapped title line over indented, so it does not read as the next title", async () => {
  const r = await render(
    business(`signers:
  - { name: Jan Kowalczyk, titles: [Chair, "Polish Association of Wheelchair Users and Their Families"] }
  - { name: Henrik Østergaard, titles: [Secretary-General] }`),
  );
  const pdf = await extractPdf(r.pdf as Uint8Array);
  const at = (s: string) => pdf.items.find((i) => i.str.startsWith(s));
  const first = at("Polish Association");
  const turned = pdf.items.find(
    (i) => (first ? i.y > first.y : false) && i.x < 300 && i.str !== "",
  );
  expect(at("Chair")?.x).toBeCloseTo(first?.x ?? NaN, 0);
  expect((turned?.x ?? NaN) - (first?.x ?? NaN)).toBeCloseTo(10, 0);
  expect(r.txt).toContain("\nPolish Association of Wheelchair\n  Users and Their Families\n");
});
