import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUILTIN_TEMPLATES, findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { decodeUtf8 } from "../../src/load/read-text.js";
import { packFiles } from "../../src/scaffold/eject-pack.js";
import { scaffoldData } from "../../src/scaffold/scaffold-data.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

const pack = (name: string) => loadPack(findPack(name, { cwd: ROOT }), ROOT, res);

describe("scaffoldData", () => {
  it("describes every field, fills required and usual ones (with examples) and comments out the rest", () => {
    const text = scaffoldData(pack("din5008"), "schema.json");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=schema.json");
    expect(text).toContain(
      "# DIN 5008 form: B (45 mm letterhead, the usual one) or A (27 mm) (optional, default B)\n# form: B\n",
    );
    expect(text).toContain("# Betreff (optional)\nsubject: Ihre Anfrage vom 28. Februar\n");
    const data = parse(text);
    expect(Object.keys(data)).toEqual([
      "template",
      "sender",
      "recipient",
      "date",
      "subject",
      "salutation",
      "body",
      "signer",
    ]);
    expect(data.sender).toEqual({
      name: "Muster GmbH",
      address: ["Hauptstraße 1", "10115 Berlin"],
    });
  });

  // Before, a new letter to "Frau Dr. Anna Schäfer" began "Sehr geehrte Damen und Herren," and
  // its body was English; a business letter to "Ms. Dana Whitfield" began "Dear Sir or Madam:".
  it("greets the example recipient by name, and writes the pack's own example body", () => {
    const din = parse(scaffoldData(pack("din5008"), undefined));
    expect(din.salutation).toBe("Sehr geehrte Frau Dr. Schäfer,");
    expect(din.body).toBe(
      "Schreiben Sie hier den Brief, in Markdown: eine Leerzeile beginnt einen neuen Absatz,\n**fett**, *kursiv*, [Links](https://example.com) und Listen mit - gehen.\n",
    );
    const business = parse(scaffoldData(pack("business"), undefined));
    expect(business.recipient[0]).toBe("Ms. Dana Whitfield");
    expect(business.salutation).toBe("Dear Ms. Whitfield:");
    expect(business.body).toMatch(/^Write the letter here, in Markdown/);
  });

  // personal signs with sender.name unless told; a signer filled in from an example signed a
  // new personal letter from "Alex Morgan" with another person's name.
  it("leaves personal's signer to sender.name, filling only the sender", () => {
    const personal = parse(scaffoldData(pack("personal"), undefined));
    expect(personal.sender.name).toBe("Alex Morgan");
    for (const key of ["signer", "signers", "signature"])
      expect(Object.keys(personal)).not.toContain(key);
  });

  it("leaves settings with an example (a pattern, a choice) to the pack: room to sign, block style", () => {
    for (const name of ["senate", "business", "personal"]) {
      const text = scaffoldData(pack(name), undefined);
      expect(text).toContain("# signatureIndent: 3.25in\n");
      expect(Object.keys(parse(text))).not.toContain("signatureIndent");
    }
    const senate = scaffoldData(pack("senate"), undefined);
    expect(senate).toContain("# signatureSpace: 0pt\n");
    expect(Object.keys(parse(senate))).not.toContain("signatureSpace");
  });

  // Before, "# email: email goes here" and "#   - legal goes here".
  it("marks a field without an example with its name in angle brackets", () => {
    const text = scaffoldData(pack("business"), undefined);
    expect(text).toContain("  # email: <email>\n");
    expect(text).toContain("  #   - <legal>\n");
  });

  it("writes lists of mappings from the schema's example", () => {
    const data = parse(scaffoldData(pack("senate"), undefined));
    expect(data.signers).toEqual([
      { name: "Rob Portman", title: "United States Senator" },
      { name: "Mark R. Warner", title: "United States Senator" },
    ]);
  });
});

describe("packFiles", () => {
  // A pack from a pull request writes the comments and examples; each line break in them
  // began a line of data of the pack's choosing in the letter init wrote.
  it("keeps a pack's line breaks out of the data: its texts stay comments, its values one line", () => {
    const hostile = {
      ...pack("business"),
      name: "evil\nsubject: from the name",
      description: "nice\nsubject: from the description",
      schema: {
        type: "object",
        required: ["body"],
        properties: {
          body: { type: "string", description: "the body\nps: from a description" },
          "a\nps: x": { type: "string" },
          note: { type: "string", default: "one\nps: from a default" },
          cc: {
            type: "array",
            items: { type: "string" },
            examples: [["two\nps: from an example"]],
          },
        },
      },
    };
    const body = { type: "string", examples: ["    indented first\nsubject: from a body"] };
    const indented = { ...hostile, schema: { ...hostile.schema, properties: { body } } };
    expect(parse(scaffoldData(indented, undefined))).toEqual({
      template: "evil\nsubject: from the name",
      body: "    indented first\nsubject: from a body\n",
    });
    // missive reads a lone CR as a line end: in the body's lines it began a key of its own.
    const cr = { type: "string", examples: ["Hi,\rsignatureImage: seal.png\r\nps: x"] };
    const crBody = { ...hostile, schema: { ...hostile.schema, properties: { body: cr } } };
    const asRead = decodeUtf8(Buffer.from(scaffoldData(crBody, undefined)), "letter.yaml");
    expect(parse(asRead)).toEqual({
      template: "evil\nsubject: from the name",
      body: "Hi,\nsignatureImage: seal.png\nps: x\n",
    });
    const data = parse(scaffoldData(hostile, undefined));
    expect(data).toEqual({
      template: "evil\nsubject: from the name",
      body: expect.any(String),
      cc: ["two\nps: from an example"],
    });
  });

  it("lists a pack's files under a new folder, binary assets included", () => {
    const dir = tempDir("pack-files");
    cpSync(join(BUILTIN_TEMPLATES, "business"), dir, { recursive: true });
    mkdirSync(join(dir, "assets"));
    const logo = readFileSync(join(ROOT, "data", "logos", "northwind.png"));
    writeFileSync(join(dir, "assets", "logo.png"), logo);
    const files = packFiles(dir, "/x/templates/business");
    const png = files.find((f) => f.path === "/x/templates/business/assets/logo.png");
    expect(png?.data).toEqual(logo);
    expect(files.map((f) => f.path)).toContain("/x/templates/business/template.yaml");
  });

  // Before, every file was held until all were written, whatever they came to: a pack from a
  // pull request with forty sparse files of 64 MB took 2.7 GB of memory; two hundred, more
  // than the machine has. The limit here stands for MAX_EJECT_BYTES (1 GiB).
  it("refuses a pack whose files come to more than an eject copies", () => {
    const dir = tempDir("pack-files-large");
    cpSync(join(BUILTIN_TEMPLATES, "business"), dir, { recursive: true });
    mkdirSync(join(dir, "assets"));
    for (const name of ["a.bin", "b.bin"])
      writeFileSync(join(dir, "assets", name), "x".repeat(600_000));
    expect(() => packFiles(dir, "/x/templates/business", 1_000_000)).toThrow(
      `${dir}: the pack's files come to over 1,000,000 bytes (at ${join("assets", "b.bin")}); init --eject copies at most that`,
    );
    expect(packFiles(dir, "/x/templates/business", 2_000_000).length).toBeGreaterThan(2);
  });
});
