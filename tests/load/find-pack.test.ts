import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES, findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { caught } from "../helpers/errors.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

function pack(dir: string, manifest: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "template.yaml"), manifest);
  return dir;
}

describe("findPack search order", () => {
  const root = tempDir("find");
  const dataDir = join(root, "letters");
  const cwd = join(root, "project");
  pack(join(dataDir, "templates", "both"), "name: both\n");
  pack(join(cwd, "templates", "both"), "name: both\n");
  pack(join(cwd, "templates", "project-only"), "name: project-only\n");
  const explicit = pack(join(root, "elsewhere", "mine"), "name: mine\n");

  it("takes an explicit path first", () => {
    expect(findPack(explicit, { cwd, dataDir })).toBe(explicit);
    expect(findPack("../elsewhere/mine", { cwd, dataDir })).toBe(explicit);
  });
  it("then templates/<name> next to the data file", () => {
    expect(findPack("both", { cwd, dataDir })).toBe(join(dataDir, "templates", "both"));
  });
  it("then ./templates/<name> in the current folder", () => {
    expect(findPack("project-only", { cwd, dataDir })).toBe(join(cwd, "templates", "project-only"));
  });
  it("then the built-ins", () => {
    expect(findPack("business", { cwd, dataDir })).toBe(join(BUILTIN_TEMPLATES, "business"));
  });
  it("says where it looked when nothing is found", () => {
    expect(() => findPack("nope", { cwd, dataDir })).toThrow(/template pack not found: nope/);
  });
});

// A checked-out pull request may hold templates/acme -> another pack of the machine (its
// signatures, its letterhead), which a letter or a pack's `extends: acme` then took by name.
describe("a pack in templates/ that a link leads outside", () => {
  const root = realpathSync(tempDir("find-link"));
  const cwd = join(root, "repo");
  const theirs = pack(join(root, "private"), "name: private\n");
  mkdirSync(join(cwd, "templates"), { recursive: true });
  symlinkSync(theirs, join(cwd, "templates", "acme"));

  it("is refused, by the data's choice or an extends", () => {
    const said = `template pack acme is outside ${cwd}: templates/acme leads to ${theirs}`;
    expect(() => findPack("acme", { cwd, dataDir: cwd })).toThrow(said);
    expect(() => findPack("acme", { cwd })).toThrow(said);
  });
  it("is found when the data's root holds it", () => {
    expect(findPack("acme", { cwd, dataDir: cwd, dataRoot: root })).toBe(
      join(cwd, "templates", "acme"),
    );
  });
  it("is found when the link stays inside", () => {
    const inRepo = pack(join(cwd, "packs", "inside"), "name: inside\n");
    symlinkSync(inRepo, join(cwd, "templates", "local"));
    expect(findPack("local", { cwd })).toBe(join(cwd, "templates", "local"));
  });
});

describe("a user pack that extends a built-in", () => {
  it("overrides a partial, a style and an asset without copying the rest", async () => {
    const dir = tempDir("user-pack");
    const own = join(dir, "templates", "acme");
    mkdirSync(join(own, "partials"), { recursive: true });
    mkdirSync(join(own, "assets"), { recursive: true });
    writeFileSync(
      join(own, "template.yaml"),
      [
        "extends: business",
        "name: acme",
        "description: Acme's letterhead",
        "styles:",
        '  company: { size: 22, color: "#aa0000" }',
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(own, "partials", "continuation.hbs"),
      '<continuation><line style="continuation">ACME CONTINUED <page/></line></continuation>\n',
    );
    // Acme's logo, under the name the business letterhead looks for (business has none).
    const { readFileSync } = await import("node:fs");
    writeFileSync(
      join(own, "assets", "logo.png"),
      readFileSync(join(ROOT, "data", "logos", "northwind.png")),
    );
    const data = withoutLogo(
      readFileSync(join(ROOT, "data", "business-northwind-2024.yaml"), "utf8"),
    );
    const file = join(dir, "letter.yaml");
    writeFileSync(file, data.replace("template: business", "template: acme"));
    const r = await render(file);
    expect(r.template).toBe("acme");
    const model = r.model;
    expect(model?.styles.company?.size).toBe(22);
    expect(model?.styles.company?.bold).toBe(true); // inherited from business
    // The business letterhead places its logo beside the sender block (<place reserve>).
    const logo = JSON.stringify(model?.placed);
    expect(logo).toContain(join(own, "assets", "logo.png"));
    const pdf = await extractPdf(r.pdf as Uint8Array);
    expect(pdf.items.some((i) => i.page === 2 && i.str.startsWith("ACME CONTINUED"))).toBe(true);
  });
});

// packs37: a law firm's pack moved the date into its reference table and had to copy all of
// business's letter.hbs to do it; a council's pack, to set its reply slip at the foot of the
// last page; and a firm's SVG logo in assets/ was not shown at all.
describe("a user pack that extends business by its dateline and annex partials", () => {
  it("replaces the date line and the annex alone, and shows the pack's assets/logo.svg", async () => {
    const { readFileSync } = await import("node:fs");
    const dir = tempDir("user-parts");
    const own = join(dir, "templates", "firm");
    mkdirSync(join(own, "partials"), { recursive: true });
    mkdirSync(join(own, "assets"), { recursive: true });
    writeFileSync(join(own, "template.yaml"), "extends: business\nname: firm\n");
    writeFileSync(
      join(own, "partials", "dateline.hbs"),
      '<table><row header="true"><cell>Date</cell></row><row><cell>{{date date}}</cell></row></table>\n',
    );
    writeFileSync(
      join(own, "partials", "annex.hbs"),
      '{{#if annex}}<body keep="together" at="foot">{{markdown annex path="annex"}}</body>{{/if}}\n',
    );
    writeFileSync(
      join(own, "assets", "logo.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10" fill="#123456"/></svg>\n',
    );
    const data = withoutLogo(
      readFileSync(join(ROOT, "data", "business-northwind-2024.yaml"), "utf8"),
    )
      .replace("template: business", "template: firm")
      .replace(/^body: \|\n( {2}.*\n|\n)*/m, "body: A short letter.\n");
    const file = join(dir, "letter.yaml");
    writeFileSync(file, `${data}annex: "---\\n\\nReply slip"\n`);
    const r = await render(file);
    expect(JSON.stringify(r.model?.placed)).toContain(join(own, "assets", "logo.svg"));
    const model = JSON.stringify(r.model?.body);
    expect(model).not.toContain('"role":"date"');
    expect(model).toContain('"kind":"table"');
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const slip = pdf.items.find((i) => i.str === "Reply slip");
    const closing = pdf.items.find((i) => i.str.startsWith("Sincerely"));
    expect(slip?.page).toBe(closing?.page);
    // At the foot: far below the closing, above the bottom margin (0.9in) of US Letter.
    expect((slip?.y ?? 0) - (closing?.y ?? 0)).toBeGreaterThan(200);
  });
});

describe("a user pack whose schema extends the built-in's", () => {
  it("adds a field and a partial that prints it, without copying the parent's schema", async () => {
    const dir = tempDir("user-schema");
    const own = join(dir, "templates", "agency");
    mkdirSync(join(own, "partials"), { recursive: true });
    writeFileSync(join(own, "template.yaml"), "extends: business\nschema: schema.json\n");
    writeFileSync(
      join(own, "schema.json"),
      JSON.stringify({
        properties: { docket: { type: "string", description: "docket number" } },
        required: ["docket"],
      }),
    );
    // The business pack's subject partial, replaced by one that prints the new field too.
    writeFileSync(
      join(own, "partials", "subject.hbs"),
      "<subject>Docket {{docket}}{{#if subject}}: {{subject}}{{/if}}</subject>\n",
    );
    const { readFileSync } = await import("node:fs");
    const data = withoutLogo(
      readFileSync(join(ROOT, "data", "business-northwind-2024.yaml"), "utf8"),
    );
    const file = join(dir, "letter.yaml");
    writeFileSync(
      file,
      data.replace("template: business", "template: agency\ndocket: FDA-2024-N-17"),
    );
    const r = await render(file);
    expect(r.txt).toContain("Docket FDA-2024-N-17: Revised delivery schedule");
    // The parent's fields are still checked, and the child's field is required.
    writeFileSync(file, data.replace("template: business", "template: agency"));
    await expect(render(file)).rejects.toMatchObject({ kind: "data" });
    writeFileSync(
      file,
      data.replace("template: business", "template: agency\ndocket: x\nrecipent: [x]"),
    );
    await expect(render(file)).rejects.toThrow(/recipent/);
  });
});

/** The example without its logo, which lies beside it in data/, not in a test's folder. */
function withoutLogo(yaml: string): string {
  return yaml.replace(/^ {2}logo: .*\n/m, "");
}

// Before: "error: template pack not found: hartly" with no place, and a guess only among the
// built-ins, though the pack that extends it sat beside `hartley` in the project's templates/.
describe("an extends that names no pack", () => {
  const cwd = tempDir("find-extends");
  pack(join(cwd, "templates", "hartley"), "name: hartley\n");
  const child = pack(join(cwd, "templates", "child"), "name: child\nextends: hartly\n");

  it("is located at its line in the manifest, with a guess among the project's packs", async () => {
    const e = await caught(() => loadPack(child, cwd, res));
    const [p] = e.problems;
    expect(p?.message).toBe("template pack not found: hartly");
    expect(p?.location).toMatchObject({ file: join(child, "template.yaml"), line: 2, col: 10 });
    expect(p?.hints?.[0]).toBe("did you mean `hartley`?");
  });

  // review37: `hartly`'s own `extends: hartlee` guessed `hartly`, the pack itself: a loop.
  it("guesses no pack the manifest is the pack of", async () => {
    const dir = tempDir("find-extends-self");
    const own = pack(join(dir, "templates", "hartly"), "name: hartly\nextends: hartlee\n");
    const e = await caught(() => loadPack(own, dir, res));
    expect(e.problems[0]?.message).toBe("template pack not found: hartlee");
    expect(e.problems[0]?.hints?.[0]).toMatch(/^looked in /);
  });
});
