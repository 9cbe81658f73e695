import { describe, expect, it } from "vitest";
import { printedParts } from "../../src/compose/greeting-in-body.js";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";

const FILE = `${ROOT}/data/inline.yaml`;
const warnings = async (pack: string, yaml: string) =>
  (await render({ file: FILE, text: `template: ${pack}\n${yaml}` })).warnings.map(warningText);

// Before, a whole letter pasted into body: came out "Dear Sir or Madam:" above "Dear Ms. Lee,"
// and "Sincerely," under "Best regards, Jane Doe", without a word.
describe("a body with its own salutation and closing", () => {
  it("is warned about where each is written, when the pack sets its own", async () => {
    const body = "body: |\n  Dear Ms. Lee,\n\n  Thank you.\n\n  Best regards,\n  Jane Doe\n";
    expect(await warnings("business", `${body}signer: { name: Jane Doe }\n`)).toEqual([
      `${FILE}:3:3: body: the body begins with a salutation ("Dear Ms. Lee,"), and the pack sets its own above it ("Dear Sir or Madam:"): move it to salutation:`,
      `${FILE}:7:3: body: the body ends with a closing ("Best regards,"), and the pack sets its own below it ("Sincerely,"): move it to closing: and the name to the signer, or write closing: "" for none`,
    ]);
  });

  it("knows the language's closing without a comma", async () => {
    const body = "body: |\n  Vielen Dank.\n\n  Mit freundlichen Grüßen\n\n  Anna\n";
    const [w] = await warnings("din5008", `${body}signer: { name: Anna }\n`);
    expect(w).toContain('the body ends with a closing ("Mit freundlichen Grüßen")');
  });

  // Before, the warning quoted the pack's label "Yours faithfully," where the letter printed
  // "Yours sincerely,": the template chooses the closing by the salutation.
  it("quotes the closing the letter prints, as its template chose it", async () => {
    const body = "body: |\n  Thank you.\n\n  Kind regards,\n\n  Jo\n";
    const named = "lang: en-GB\nsalutation: Dear Mr Smith,\nsigner: { name: Jo }\n";
    expect(await warnings("business", `${body}${named}`)).toEqual([
      `${FILE}:5:3: body: the body ends with a closing ("Kind regards,"), and the pack sets its own below it ("Yours sincerely,"): move it to closing: and the name to the signer, or write closing: "" for none`,
    ]);
    const [w] = await warnings("business", `${body}lang: en-GB\nsigner: { name: Jo }\n`);
    expect(w).toContain('the pack sets its own below it ("Yours faithfully,")');
  });

  it("is warned about when the letter sets its own as well", async () => {
    const body = "body: |\n  Dear Ann,\n\n  Thank you.\n\n  Best,\n  Jo\n";
    const own = "salutation: Dear Ann,\nclosing: Yours,\nsigner: { name: Jo }\n";
    expect(await warnings("business", `${body}${own}`)).toEqual([
      `${FILE}:3:3: body: the body begins with a salutation ("Dear Ann,") under the letter's salutation: ("Dear Ann,"): keep one of them`,
      `${FILE}:7:3: body: the body ends with a closing ("Best,") above the letter's closing: ("Yours,"): keep one of them`,
    ]);
  });

  // From the review: lead-ins and sentences were taken for a second salutation and closing.
  it("is not warned about for a lead-in or a closing sentence under the letter's own", async () => {
    const own = "salutation: Dear Ms. Okafor,\nclosing: Best wishes,\nsigner: { name: Jo }\n";
    const lead = "body: |\n  As agreed on the phone yesterday,\n\n  - the deposit is refunded.\n";
    expect(await warnings("business", `${lead}${own}`)).toEqual([]);
    const wish = "body: |\n  Thank you.\n\n  Best wishes to your family.\n";
    expect(await warnings("business", `${wish}${own}`)).toEqual([]);
    const thanks = "body: |\n  Thank you.\n\n  Many thanks for your help\n";
    const ownThanks = own.replace("Best wishes,", "Many thanks,");
    expect(await warnings("business", `${thanks}${ownThanks}`)).toEqual([]);
  });

  it("is not warned about when the letter asks for none, or the body only looks alike", async () => {
    const pasted = "body: |\n  Dear Ms. Lee,\n\n  Thank you.\n\n  Best regards,\n  Jane Doe\n";
    const set = 'salutation: ""\nclosing: ""\nsigner: { name: Jane Doe }\n';
    expect(await warnings("business", `${pasted}${set}`)).toEqual([]);
    const prose =
      "body: |\n  Thank you for your letter of May 3, which we read with care.\n\n  We will write again,\n  soon.\n\n  - one item,\n";
    expect(await warnings("business", `${prose}signer: { name: J }\n`)).toEqual([]);
  });

  // From the review: an address written with commas was taken for a closing, and a closing
  // whose words the body used before was placed at their first use.
  it("leaves an address alone, and places a closing at its own line", async () => {
    const address =
      "body: |\n  Please reply to:\n\n  Flat 3, Rose Court,\n  London,\n  SW1A 1AA\n\n  Thank you.\n";
    const said = await warnings("business", `${address}signer: { name: J }\n`);
    expect(said.filter((w) => w.includes("closing"))).toEqual([]);
    const again = "body: |\n  Thanks, we got it.\n\n  More.\n\n  Thanks,\n  Jane Doe\n";
    const [w] = await warnings("business", `${again}signer: { name: J }\n`);
    expect(w).toMatch(
      new RegExp(`^${FILE}:7:3: body: the body ends with a closing \\("Thanks,"\\)`),
    );
  });

  it("knows a greeting ending in an Arabic comma", async () => {
    const [w] = await warnings(
      "business",
      "lang: ar\nbody: |\n  عزيزي أحمد،\n\n  شكرا.\nsigner: { name: J }\n",
    );
    expect(w).toContain("the body begins with a salutation");
  });
});

// From the review: an empty <closing/> was read as an opening tag, up to a later </closing>.
describe("the salutation and closing a letter's markup prints", () => {
  it("are the elements' texts, entities read, and none for an empty element", () => {
    expect(
      printedParts(
        '<letter><salutation>Dear Ann &amp; Bo,</salutation><closing indent="2"/><p>Thanks.</p><closing>x</closing></letter>',
      ),
    ).toEqual({ salutation: "Dear Ann & Bo,", closing: "x" });
    expect(printedParts('<closing indent="2">Yours<br/>truly,</closing>')).toEqual({
      closing: "Yours truly,",
    });
    expect(printedParts("<closing/><salutation></salutation>")).toEqual({});
  });
});
