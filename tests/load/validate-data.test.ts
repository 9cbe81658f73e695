import { describe, expect, it } from "vitest";
import type { MissiveError } from "../../src/errors.js";
import { loadLetter } from "../../src/load/load-letter.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

function problems(text: string) {
  try {
    loadLetter({ file: "letter.yaml", text }, { cwd: ROOT }, res);
  } catch (e) {
    return (e as MissiveError).problems.map((p) => ({
      at: `${p.location?.line}:${p.location?.col} ${p.location?.path}`,
      message: p.message,
      hints: p.hints ?? [],
    }));
  }
  return [];
}

const PERSONAL = [
  "template: personal",
  "sender: { name: Alex Morgan }",
  "date: 2024-09-02",
  "salutation: Dear Sam,",
  "body: Hello.",
];

describe("validateData", () => {
  it("fills in the schema's defaults", () => {
    const letter = loadLetter({ file: "l.yaml", text: PERSONAL.join("\n") }, { cwd: ROOT }, res);
    expect(letter.data.cc).toEqual([]);
    expect(letter.data.paper).toBe("letter");
    expect(letter.data.recipient).toEqual([]);
  });

  it("keeps numbers as written, so an unquoted postcode is text", () => {
    expect(problems([...PERSONAL, "recipient: [Sam, 02134]"].join("\n"))).toEqual([]);
  });

  it("says to quote a number where the schema wants text", () => {
    const p = problems([...PERSONAL, "recipient: [Sam, 97214, true]"].join("\n"));
    expect(p).toEqual([
      {
        at: "6:18 recipient.1",
        message: "must be text, not the number 97214",
        hints: ['quote it: - "97214"'],
      },
      {
        at: "6:25 recipient.2",
        message: "must be text, not true",
        hints: ['quote it: - "true"'],
      },
    ]);
  });

  // Before: "write 1 as text, not as key: value pairs", to a Turkish address line.
  it("says to quote a list item that YAML read as a key and a value", () => {
    const p = problems(
      [...PERSONAL, "recipient:", "  - Ayşe Yılmaz", "  - Moda Caddesi No: 047"].join("\n"),
    );
    expect(p).toEqual([
      {
        at: "8:5 recipient.1",
        message: "must be text, not a mapping",
        hints: [
          'a colon and a space make YAML read a key and a value: quote the whole text, - "Moda Caddesi No: 047"',
        ],
      },
    ]);
    // A mapping written on lines of its own is one: the hint stays.
    expect(
      problems(
        [...PERSONAL.slice(0, 3), "salutation:", "  text: Dear Sam,", "body: x"].join("\n"),
      )[0]?.hints,
    ).toEqual(["write salutation as text, not as key: value pairs"]);
  });

  it.each([
    ['"3"', "remove the quotes: columns: 3"],
    ["1e3", "write it in digits: columns: 1000"],
    [
      "9007199254740993",
      "9007199254740993 is too large to be read exactly; write a smaller number in digits",
    ],
    ["two", undefined],
  ])("says what to write for columns: %s, which YAML reads as text", (written, hint) => {
    const senate = [
      "template: senate",
      "letterhead: { org: X }",
      "date: 2020-03-11",
      "recipient: [a]",
    ];
    const p = problems(
      [...senate, "salutation: s", "body: b", `columns: ${written}`, "signers: []"].join("\n"),
    );
    expect(p[0]?.message).toMatch(/^must be a whole number, not the text /);
    expect(p[0]?.hints).toEqual(hint ? [hint] : []);
  });

  it("words limits plainly", () => {
    const p = problems(
      [
        "template: senate",
        "letterhead: { org: X }",
        "date: 2020-03-11",
        "recipient: [a]",
        "salutation: s",
        "body: b",
        "columns: 9",
        "signers: []",
      ].join("\n"),
    );
    expect(p.map((x) => `${x.at} ${x.message}`)).toEqual([
      "7:10 columns must be at most 6, not 9 (columns of the signature grid)",
      "8:10 signers has 0 entries; needs at least 1 entry (signatories in the order they sign)",
    ]);
  });

  it("suggests the enum value meant and reports a misspelt key once", () => {
    const p = problems(
      [...PERSONAL.filter((l) => !l.startsWith("salutation")), "paper: A4", "salutaton: Hi"].join(
        "\n",
      ),
    );
    expect(p.map((x) => x.message)).toEqual([
      'must be one of letter, a4, legal, a5, not "A4"',
      "unknown field `salutaton`",
    ]);
    expect(p.map((x) => x.hints[0])).toEqual(["did you mean `a4`?", "did you mean `salutation`?"]);
  });

  // Edit distance found nothing for `opening`, and `signatureNote` for personal's
  // `signatureTitles` in business, where a signer's titles are part of `signer`.
  it("names the field another letter tool's or pack's word means", () => {
    const p = problems(
      [
        "template: business",
        "sender: { company: Acme, address: [1 Main St] }",
        "date: 2024-09-02",
        "Opening: Dear Sam,",
        "to: [Sam Lee]",
        "body: Hello.",
        "sign_off: Regards,",
        "signatureTitles: [Manager]",
        "signer: { name: Ann, position: CEO }",
      ].join("\n"),
    );
    expect(p.map((x) => [x.at, ...x.hints])).toEqual([
      [
        "4:1 Opening",
        "did you mean `salutation`?",
        "`Opening` is another letter tool's or pack's name for it",
      ],
      [
        "5:1 to",
        "did you mean `recipient`?",
        "`to` is another letter tool's or pack's name for it",
      ],
      [
        "7:1 sign_off",
        "did you mean `closing`?",
        "`sign_off` is another letter tool's or pack's name for it",
      ],
      [
        "8:1 signatureTitles",
        "did you mean `signer`?",
        "`signatureTitles` is another letter tool's or pack's name; here `signer` holds name, title, titles, image, conformed",
      ],
      [
        "9:22 signer.position",
        "did you mean `title`?",
        "`position` is another letter tool's or pack's name for it",
      ],
    ]);
  });

  // A name written with its degree in a flow mapping lost it to a key of its own: "unknown
  // field `PE`" and the list of fields said nothing of the comma.
  it("says to quote a value a comma split inside { … }, and only there", () => {
    const p = problems(
      [
        ...PERSONAL.filter((l) => !l.startsWith("sender")),
        "sender: { name: Teresa Nakamura, PE, email: t@example.org }",
        "recipient:",
        "  - Sam",
        "signature: Ann",
        "PE:",
      ].join("\n"),
    );
    expect(p.map((x) => [x.at, ...x.hints])).toEqual([
      [
        "5:34 sender.PE",
        'a comma inside { … } ends a value: quote it, name: "Teresa Nakamura, PE"',
      ],
      ["9:1 PE", "did you mean `ps`?"],
    ]);
  });

  // A date in a `[ … ]` list is two items to YAML, and the year a number: "quote it: - 2024"
  // alone said nothing of the comma, and quoting the year kept the list's item split in two.
  it("says a comma inside [ … ] ended an item, only where a plain item came before it", () => {
    const p = problems(
      [
        ...PERSONAL,
        "enclosures: [Credit Agreement dated January 15, 2024, Statement of Account]",
        "notations: [Fee of $1,250, Plan, 3]",
        'cc: ["Ann Lee, Esq.", 2024]',
        "bcc:",
        "  - Registry",
        "  - 1999",
      ].join("\n"),
    );
    expect(p.map((x) => [x.at, ...x.hints])).toEqual([
      [
        "6:49 enclosures.1",
        'a comma inside [ … ] ends an item: if "Credit Agreement dated January 15, 2024" is one item, quote it whole',
      ],
      [
        "7:23 notations.1",
        'a comma inside [ … ] ends an item: if "Fee of $1,250" is one item, quote it whole',
      ],
      ["7:34 notations.3", 'quote it: - "3"'],
      ["8:23 cc.1", 'quote it: - "2024"'],
      ["11:5 bcc.1", 'quote it: - "1999"'],
    ]);
  });

  it("names a long value by its first 100 characters, not all of it", () => {
    const p = problems([...PERSONAL, `paper: ${"y".repeat(1_000_000)}`].join("\n"));
    // Before, the message held the whole megabyte, and so did stderr and --json.
    expect(p.map((x) => x.message)).toEqual([
      `must be one of letter, a4, legal, a5, not "${"y".repeat(98)}…`,
    ]);
  });

  it("names an unknown key of a megabyte (an explicit ? key) by its first 100 characters", () => {
    const key = "k".repeat(1_000_000);
    const p = problems([...PERSONAL, `? ${key}`, ": 1"].join("\n"));
    const cut = `${"k".repeat(99)}…`;
    expect(p.map((x) => [x.at, x.message])).toEqual([[`6:3 ${cut}`, `unknown field \`${cut}\``]]);
  });

  // letters27: `enclosures: 0` was four problems (true or false, at least 1, a list, fits
  // none of the forms) for one mistake.
  it("says a value that fits none of a field's forms once, in the form of its kind", () => {
    const hint =
      'documents sent with the letter: true ("Enclosure"), a number ("Enclosures (2)") or a list of them';
    expect(problems([...PERSONAL, "enclosures: 0"].join("\n"))).toEqual([
      { at: "6:13 enclosures", message: "must be at least 1, not 0", hints: [hint] },
    ]);
    expect(problems([...PERSONAL, "enclosures: some"].join("\n"))).toEqual([
      {
        at: "6:13 enclosures",
        message: 'must be true or false, a whole number or a list, not the text "some"',
        hints: [hint],
      },
    ]);
    // A list's item of the wrong kind is said at the item, with its own hint.
    expect(problems([...PERSONAL, "enclosures: [Plan, 3]"].join("\n"))).toEqual([
      {
        at: "6:20 enclosures.1",
        message: "must be text, not the number 3",
        hints: ['quote it: - "3"'],
      },
    ]);
  });

  it("tells that yes is text in YAML 1.2 where true or false is wanted", async () => {
    const { validateData } = await import("../../src/load/validate-data.js");
    const { parseYaml } = await import("../../src/load/parse-yaml.js");
    const yaml = parseYaml({ file: "x.yaml", text: "flag: yes\n" });
    const pack = {
      schema: { type: "object", properties: { flag: { type: "boolean" } } },
      manifestFile: "t.yaml",
    } as never;
    expect(() => validateData(yaml.value as Record<string, unknown>, pack, yaml, res)).toThrow(
      /must be true or false/,
    );
    try {
      validateData(yaml.value as Record<string, unknown>, pack, yaml, res);
    } catch (e) {
      expect((e as MissiveError).problems[0]?.hints).toEqual([
        "write true or false (YAML 1.2 reads yes as text)",
      ]);
    }
  });

  it("refuses a malformed schema as a template error naming its file", async () => {
    const { validatorFor } = await import("../../src/load/validate-data.js");
    const pack = {
      schema: { type: "object", properties: { a: { type: "strin" } } },
      schemaFile: "/packs/x/schema.json",
      manifestFile: "/packs/x/template.yaml",
    } as never;
    try {
      validatorFor(pack, res);
      expect.unreachable();
    } catch (e) {
      expect((e as MissiveError).kind).toBe("template");
      expect((e as MissiveError).problems[0]?.location?.file).toBe("/packs/x/schema.json");
    }
  });

  it("refuses a schema whose $refs lead round without reading into the data, and reads one that recurses through items", async () => {
    // Before: exit 70, "Maximum call stack size exceeded" with a stack trace from ajv's code.
    const { validateData } = await import("../../src/load/validate-data.js");
    const { parseYaml } = await import("../../src/load/parse-yaml.js");
    const yaml = parseYaml({ file: "x.yaml", text: `tree: ${"[".repeat(60)}${"]".repeat(60)}\n` });
    const check = (schema: object) => {
      const pack = { schema, schemaFile: "/packs/x/schema.json", manifestFile: "t.yaml" } as never;
      try {
        validateData(yaml.value as Record<string, unknown>, pack, yaml, res);
      } catch (e) {
        const p = (e as MissiveError).problems[0];
        return [(e as MissiveError).kind, p?.message, p?.location?.file];
      }
      return "valid";
    };
    const loop = (chain: string) => [
      "template",
      `the pack's schema refers to itself without end: ${chain}, without reading into the data`,
      "/packs/x/schema.json",
    ];
    expect(check({ type: "object", $ref: "#" })).toEqual(loop("# → #"));
    const ab = {
      a: { allOf: [{ $ref: "#/definitions/b" }] },
      b: { allOf: [{ $ref: "#/definitions/a" }] },
    };
    expect(check({ type: "object", $ref: "#/definitions/a", definitions: ab })).toEqual(
      loop("# → #/definitions/a → #/definitions/b → #/definitions/a"),
    );
    // Forty definitions each applying the next twice: 2^40 checks of one value (thirty took
    // 13 s before).
    const doubling = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `a${i}`,
        { allOf: [{ $ref: `#/definitions/a${i + 1}` }, { $ref: `#/definitions/a${i + 1}` }] },
      ]),
    );
    expect(
      check({ type: "object", $ref: "#/definitions/a0", definitions: { ...doubling, a40: {} } }),
    ).toEqual([
      "template",
      "the pack's schema checks a value against over 1,000 schemas (at #/definitions/a32): its $ref, allOf, anyOf and oneOf multiply",
      "/packs/x/schema.json",
    ]);
    const node = { type: "array", items: { $ref: "#/definitions/node" } };
    expect(check({ type: "object", properties: { tree: node }, definitions: { node } })).toBe(
      "valid",
    );
  });

  it("guesses within a budget and lists a few of thousands of fields or values", async () => {
    const { validateData } = await import("../../src/load/validate-data.js");
    const { parseYaml } = await import("../../src/load/parse-yaml.js");
    const n = 3000;
    const names = Array.from({ length: n }, (_, i) => `field${String(i).padStart(4, "0")}`);
    const typos = names.map((k) => k.replace("field", "feld"));
    const props = Object.fromEntries(names.map((k) => [k, {}]));
    const schema = {
      type: "object",
      additionalProperties: false,
      properties: { ...props, pick: { type: "array", items: { enum: names } } },
    };
    const text = [...typos.map((k) => `${k}: 1`), "pick:", ...typos.map((k) => `  - ${k}`)];
    const yaml = parseYaml({ file: "x.yaml", text: text.join("\n") });
    const pack = { schema, manifestFile: "t.yaml" } as never;
    let problems: MissiveError["problems"] = [];
    try {
      validateData(yaml.value as Record<string, unknown>, pack, yaml, res);
    } catch (e) {
      problems = (e as MissiveError).problems;
    }
    expect(problems).toHaveLength(2 * n);
    const unknown = problems.filter((p) => p.message.startsWith("unknown field"));
    expect(unknown[0]?.hints).toEqual(["did you mean `field0000`?"]);
    // Past the budget, the fields instead: 40 of them (with the keys every letter may carry,
    // dir to typography), as a schema may declare thousands.
    const fields = ["dir", ...names.slice(0, 39)].join(", ");
    expect(unknown[n - 1]?.hints).toEqual([`known fields here: ${fields}, and ${n + 8 - 40} more`]);
    const guessed = unknown.filter((p) => p.hints?.[0]?.startsWith("did you mean"));
    expect(guessed.length).toBeGreaterThan(50);
    expect(problems[n]?.message).toBe(
      `must be one of ${names.slice(0, 40).join(", ")}, and ${n - 40} more, not "feld0000"`,
    );
  });
});
