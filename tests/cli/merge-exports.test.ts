import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// Contact exports as the tools write them (their documented columns; the people invented):
// each merged as docs/merge.md shows it, recipient lines from columns, keys with spaces and
// punctuation in brackets, --allow-unused for the columns the letter does not read.
const EXPORTS = resolve(import.meta.dirname, "../fixtures/exports");

function letter(recipient: string[], salutation: string): string {
  return [
    "template: business",
    "sender: { company: Northwind Traders, address: [1200 Harbor Boulevard, 'Boston, MA 02110'] }",
    "date: 2024-06-03",
    `recipient: ${JSON.stringify(recipient)}`,
    "subject: Holiday greetings",
    `salutation: ${JSON.stringify(salutation)}`,
    "body: Warm wishes from all of us.",
    "closing: Sincerely,",
    "signer: { name: Jordan Alvarez }",
    "",
  ].join("\n");
}

async function merged(file: string, yaml: string, name: string, ...extra: string[]) {
  const dir = tempDir("merge-exports");
  writeFileSync(join(dir, "letter.yaml"), yaml);
  const args = ["render", "letter.yaml", "--merge", join(EXPORTS, file), "-o", "out"];
  const r = await runCli([...args, "-f", "txt", "-j", "1", "--name", name, ...extra], {
    cwd: dir,
  });
  const text = (f: string) => readFileSync(join(dir, "out", f), "utf8");
  return { ...r, text };
}

/** The recipient's block of a letter's text, its no-break spaces (typography's) as spaces. */
const block = (text: string) =>
  /2024\n\n([\s\S]*?)\n\nHoliday/.exec(text.replaceAll("\u00a0", " "))?.[1];

it("merges a Mailchimp audience export (quoted headers with spaces, upper-case merge tags)", async () => {
  const yaml = letter(
    ["{{[First Name]}} {{[Last Name]}}", "{{Address}}"],
    "Dear {{[First Name]}},",
  );
  const r = await merged(
    "mailchimp-audience.csv",
    yaml,
    "{{slug [Last Name]}}-{{slug [First Name]}}.txt",
    "--allow-unused",
  );
  expect(r.code).toBe(0);
  expect(block(r.text("menon-raj.txt"))).toBe(
    "Raj Menon\n77 Larch Street    Springfield  IL  62704  US",
  );
});

it("merges a HubSpot contacts export (State/Region, an empty cell under #if)", async () => {
  const yaml = letter(
    [
      "{{[First Name]}} {{[Last Name]}}",
      "{{#if [Company Name]}}{{[Company Name]}}{{/if}}",
      "{{[Street Address]}}",
      "{{[Postal Code]}} {{City}}{{#if [State/Region]}}, {{[State/Region]}}{{/if}}",
      "{{[Country/Region]}}",
    ],
    "Dear {{[First Name]}},",
  );
  const r = await merged(
    "hubspot-contacts.csv",
    yaml,
    "{{[Record ID]}}-{{slug [Last Name]}}.txt",
    "--allow-unused",
  );
  expect(r.code).toBe(0);
  expect(block(r.text("51234002-o-reilly.txt"))).toBe(
    "Tomás O’Reilly\n4 Quay Street\nH91 X2YK Galway, Connacht\nIreland",
  );
  expect(block(r.text("51234001-holmqvist.txt"))).toBe(
    "Greta Holmqvist\nNordlys AB\nStorgatan 12\n114 55 Stockholm\nSweden",
  );
});

it("merges an Outlook contacts export (92 columns, most empty; a street of two lines)", async () => {
  const yaml = letter(
    [
      "{{#if Title}}{{Title}} {{/if}}{{[First Name]}} {{[Last Name]}}",
      "{{Company}}",
      "{{[Business Street]}}",
      "{{[Business City]}}, {{[Business State]}} {{[Business Postal Code]}}",
    ],
    "Dear {{[First Name]}},",
  );
  const r = await merged(
    "outlook-contacts.csv",
    yaml,
    "{{slug [Last Name]}}.txt",
    "--allow-unused",
  );
  // merge41: its Gender column, in every row, warned "looks like a misspelt `sender`".
  expect([r.code, r.stderr]).toEqual([0, "done merged 2 records: 2 rendered → out\n"]);
  expect(block(r.text("park.txt"))).toBe(
    "Dr. Helen Park\nLakeside Clinic\n300 Lakeshore Dr\nSuite 210\nMadison, WI 53703",
  );
});

it("merges a Google Contacts export (an address formatted in one cell of several lines)", async () => {
  const yaml = letter(["{{Name}}", "{{[Address 1 - Formatted]}}"], "Dear {{[Given Name]}},");
  const r = await merged("google-contacts.csv", yaml, "{{slug Name}}.txt", "--allow-unused");
  expect([r.code, r.stderr]).toEqual([0, "done merged 2 records: 2 rendered → out\n"]);
  expect(block(r.text("kwame-mensah.txt"))).toBe(
    "Kwame Mensah\nPO Box 1123\n22 Oak Avenue\nOakland, CA 94612\nUS",
  );
});

// merge39: a .txt was refused "cannot tell the records format from its extension", though
// Excel saves its "Unicode Text" (UTF-16 with a mark, tab-separated) and tab-delimited text so.
it("merges Excel's Unicode Text (.txt: UTF-16LE with a mark, tabs, a quoted cell of two lines)", async () => {
  const yaml = letter(["{{Name}}", "{{Street}}", "{{Postcode}} {{Town}}"], "{{Greeting}},");
  const r = await merged("excel-unicode-text.txt", yaml, "{{slug Name}}.txt");
  expect([r.code, r.stderr]).toEqual([0, "done merged 2 records: 2 rendered → out\n"]);
  expect(block(r.text("jurgen-weiss.txt"))).toBe(
    "Jürgen Weiß\nHauptstraße 5\nHinterhaus\n50667 Köln",
  );
});

it("names --merge-format for an extension it does not know", async () => {
  const dir = tempDir("merge-exports");
  writeFileSync(join(dir, "people.dat"), "recipient.0\nAnn\n");
  const r = await runCli(
    ["render", join(EXPORTS, "../../../data/senate-itu-2020.yaml"), "--merge", "people.dat"],
    {
      cwd: dir,
    },
  );
  expect([r.code, r.stderr]).toEqual([
    2,
    "error: people.dat: --merge people.dat: cannot tell the records format from its extension\n" +
      "  hint: use a .csv, .tsv, .txt, .xlsx, .ods, .yaml, .json or .jsonl file, or - for JSON Lines on standard input\n" +
      "  hint: or name its format: --merge-format csv|jsonl|yaml|json|xlsx|ods (csv for any delimited text: commas, semicolons or tabs)\n",
  ]);
});
