import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, it } from "vitest";
import { sfntFromTables } from "../../src/layout/sfnt-tables.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { FIXED_DATE, ROOT } from "../helpers/render.js";
import { tempPack } from "../helpers/temp-pack.js";

const require = createRequire(import.meta.url);
const SERIF = readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf"));

/** A name table (format 0) of Windows English names: family, style, full name, PostScript name. */
function nameTable(postscript: string): Uint8Array {
  const names: [number, string][] = [
    [1, "Evil Serif"],
    [2, "Book"],
    [4, "Evil Serif"],
    [6, postscript],
  ];
  const strings = names.map(([, s]) => Buffer.from(s, "utf16le").swap16());
  const header = Buffer.alloc(6 + 12 * names.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(names.length, 2);
  header.writeUInt16BE(header.length, 4);
  let at = 0;
  names.forEach(([id], i) => {
    const r = 6 + 12 * i;
    header.writeUInt16BE(3, r); // Windows
    header.writeUInt16BE(1, r + 2); // Unicode BMP
    header.writeUInt16BE(0x409, r + 4); // English (US)
    header.writeUInt16BE(id, r + 6);
    header.writeUInt16BE(strings[i]?.length ?? 0, r + 8);
    header.writeUInt16BE(at, r + 10);
    at += strings[i]?.length ?? 0;
  });
  return Buffer.concat([header, ...strings]);
}

/** DejaVu Serif under another PostScript name. */
function renamed(postscript: string): Uint8Array {
  const count = SERIF.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const tag = SERIF.toString("latin1", 12 + 16 * i, 16 + 16 * i);
    const at = SERIF.readUInt32BE(20 + 16 * i);
    const data = SERIF.subarray(at, at + SERIF.readUInt32BE(24 + 16 * i));
    return { tag, data: tag === "name" ? nameTable(postscript) : data };
  });
  return sfntFromTables(0x00010000, tables);
}

it("writes a pack font's PostScript name into the PDF as a name PDF allows, whatever the font says", async () => {
  // Before, the name was written as it came, spaces aside: a font from a pull request could
  // end the font's dictionary and write objects of its own into the letter's PDF.
  const evil = "Evil/Subtype/Type3>>\nendobj 99 0 obj<</S/JavaScript>>%(Ω)#";
  const pack = tempPack({});
  writeFileSync(join(pack, "evil.ttf"), renamed(evil));
  const manifest = readFileSync(join(pack, "template.yaml"), "utf8").replace(
    /^ {4}regular: pkg:@expo-google-fonts\/source-serif-4\/.*$/m,
    "    regular: evil.ttf",
  );
  writeFileSync(join(pack, "template.yaml"), manifest);
  const r = await renderLetter(
    {
      file: `${ROOT}/data/inline-font-name.yaml`,
      text: "letterhead: { org: Senate }\ndate: 2020-01-01\nrecipient: [Jane Doe]\nsalutation: Dear Jane,\nbody: Hello.\nclosing: Yours,\nsigners: [{ name: Bo }]\n",
    },
    { ...letterOptions({ template: pack, creationDate: FIXED_DATE.getTime() }), cwd: ROOT },
  );
  const pdf = Buffer.from(r.pdf as Uint8Array).toString("latin1");
  const names = [...pdf.matchAll(/\/(?:BaseFont|FontName) \/(\S+)/g)].map((m) => m[1]);
  const evilNames = names.filter((n) => n?.includes("Evil"));
  expect(evilNames.length).toBeGreaterThan(0);
  for (const n of evilNames)
    expect(n).toMatch(/^[A-Z]{6}\+Evil_Subtype_Type3___endobj_99_0_obj___S_JavaScript_______$/);
  expect(pdf).not.toContain("/Subtype/Type3");
  expect(pdf).not.toContain("99 0 obj");
});
