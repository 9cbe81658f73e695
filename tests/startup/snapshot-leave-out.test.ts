import { createCipheriv } from "node:crypto";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runBin, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const BUNDLE = join(ROOT, "dist/snapshot/missive.cjs");
const STARTED = /^missive: started from the startup snapshot in \d+ ms$/m;

interface Later {
  module: string;
  from: string;
  exports: "default" | string[];
}
const { LATER, laterShim } = (await import(join(ROOT, "scripts/snapshot-leave-out.js"))) as {
  LATER: Later[];
  laterShim: (l: Later) => string;
};

/** Runs a shim as the bundle's CommonJS code would, and returns what it exports. */
function loadShim(name: string): unknown {
  const later = LATER.find((l) => l.module === name);
  if (!later) throw new Error(`no shim for ${name}`);
  const module = { exports: {} as unknown };
  new Function("require", "module", "exports", "__filename", laterShim(later))(
    createRequire(BUNDLE),
    module,
    module.exports,
    BUNDLE,
  );
  return module.exports;
}

/** Renders `letter` from the snapshot and from the plain entry into `dir`: the same bytes. */
async function expectSameFromSnapshot(letter: string, dir: string): Promise<void> {
  const r = runBin(["--debug", "render", letter, "-f", "pdf", "-o", join(dir, "snapshot.pdf")]);
  expect(r.stderr).toMatch(STARTED);
  expect(r.code).toBe(0);
  const plain = await runCli(["render", letter, "-f", "pdf", "-o", join(dir, "plain.pdf")]);
  expect(plain.code).toBe(0);
  const [a, b] = ["snapshot.pdf", "plain.pdf"].map((f) => readFileSync(join(dir, f)));
  expect(a?.equals(b as Buffer)).toBe(true);
}

describe("what the startup snapshot's bundle leaves out", () => {
  it("bundles neither brotli, AES tables nor source-map, only shims for the first two", () => {
    const bundle = readFileSync(BUNDLE, "utf8");
    for (const gone of ["node_modules/brotli/", "node_modules/@noble/ciphers/", "source-map/lib"])
      expect(bundle, gone).not.toContain(gone);
    for (const { module } of LATER) expect(bundle).toContain(`"later:${module}"`);
  });

  it("loads brotli from fontkit's dependencies when a WOFF2 font needs it", () => {
    const decompress = loadShim("brotli/decompress.js") as (b: Uint8Array) => Uint8Array;
    const text = "A letter is data poured into a letterhead. ".repeat(20);
    const packed = brotliCompressSync(Buffer.from(text));
    expect(Buffer.from(decompress(packed)).toString()).toBe(text);
  });

  it("loads AES from pdfkit's dependencies when an encrypted PDF would need it", () => {
    const aes = loadShim("@noble/ciphers/aes") as Record<
      "ecb" | "cbc",
      (...a: unknown[]) => { encrypt(b: Uint8Array): Uint8Array }
    >;
    const key = Buffer.from("000102030405060708090a0b0c0d0e0f", "hex");
    const iv = Buffer.from("f0e0d0c0b0a090807060504030201000", "hex");
    const block = Buffer.from("a letter, sealed");
    const node = (algo: string, ivOrNull: Buffer | null) => {
      const c = createCipheriv(algo, key, ivOrNull);
      return Buffer.concat([c.update(block), c.final()]);
    };
    expect(Buffer.from(aes.ecb(key).encrypt(block))).toEqual(node("aes-128-ecb", null));
    expect(Buffer.from(aes.cbc(key, iv).encrypt(block))).toEqual(node("aes-128-cbc", iv));
  });

  it("renders a letter set in a WOFF2 font from the snapshot as the in-process pipeline does", async () => {
    const dir = tempDir("woff2");
    const pack = join(dir, "pack");
    cpSync(join(ROOT, "templates/personal"), pack, { recursive: true });
    cpSync(
      join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2"),
      join(pack, "serif.woff2"),
    );
    const yaml = join(pack, "template.yaml");
    const regular = /regular: pkg:@expo-google-fonts\/source-serif-4\/400Regular\/\S+/;
    expect(readFileSync(yaml, "utf8")).toMatch(regular);
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace(regular, "regular: serif.woff2"));
    expect((await runCli(["init", "-t", pack, dir])).code).toBe(0);
    const letter = join(dir, "letter.yaml");
    await expectSameFromSnapshot(letter, dir);
  });

  it("renders a letter with an SVG logo (svg-to-pdfkit, loaded on use) as the plain entry does", async () => {
    const dir = tempDir("svg-snapshot");
    writeFileSync(
      join(dir, "logo.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" rx="4" fill="#1b5e9e"/></svg>',
    );
    const letter = join(dir, "letter.yaml");
    writeFileSync(
      letter,
      "template: business\nsender: { company: Example Co, address: [1 Main Street], logo: logo.svg }\ndate: 2024-05-14\nrecipient: [Ms. Ann Lee]\nsalutation: Dear Ms. Lee,\nbody: Thank you.\nclosing: Sincerely,\nsigner: { name: Jane Doe }\n",
    );
    await expectSameFromSnapshot(letter, dir);
  });
});
