import { expect, it } from "vitest";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";

const FILE = `${ROOT}/data/inline.yaml`;
const warnings = async (fields: string) =>
  (
    await render(
      { file: FILE, text: `template: business\nbody: Hello.\nsigner: { name: J }\n${fields}` },
      ["txt"],
    )
  ).warnings.map(warningText);

// In a [ … ] list a comma ends an item: "Inc." printed as an address line of its own, and
// "Esq." was copied as a second person, without a word.
it("warns of a company's legal form or a person's suffix that a comma split off in [ … ]", async () => {
  expect(
    await warnings(
      "recipient: [Ms. Dana Whitfield, Hale Construction, Inc., 12 Main St]\ncc: [Jane Doe, Esq., Bo Kim,  Jr.]\n",
    ),
  ).toEqual([
    `${FILE}:4:52: recipient.2: "Inc." is an item of its own: in [ … ] a comma ends an item; if "Hale Construction, Inc." is one, quote it whole`,
    `${FILE}:5:16: cc.1: "Esq." is an item of its own: in [ … ] a comma ends an item; if "Jane Doe, Esq." is one, quote it whole`,
    `${FILE}:5:31: cc.3: "Jr." is an item of its own: in [ … ] a comma ends an item; if "Bo Kim,  Jr." is one, quote it whole`,
  ]);
});

it("leaves quoted items, items on lines of their own, and other words after a comma alone", async () => {
  expect(
    await warnings(
      'recipient: ["Hale Construction, Inc.", Springfield, IL 62701]\ncc:\n  - Jane Doe\n  - Esq.\nenclosures: [Plan A,\n  Esq.]\n',
    ),
  ).toEqual([]);
});
