import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pdfSources } from "../../src/load/pdf-sources.js";
import { caught } from "../helpers/errors.js";

/** A PDF as pdfkit writes its embedded files: file specs naming stream objects by number. */
function pdfWith(specs: { name: string; ref: number }[], streams: [number, Buffer][]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n", "latin1")];
  specs.forEach((s, i) => {
    parts.push(
      Buffer.from(
        `${100 + i} 0 obj\n<<\n/Type /Filespec\n/AFRelationship /Source\n/UF (${s.name})\n/EF <<\n/F ${s.ref} 0 R\n>>\n>>\nendobj\n`,
        "latin1",
      ),
    );
  });
  for (const [n, data] of streams) {
    const packed = deflateSync(data);
    parts.push(
      Buffer.from(`${n} 0 obj\n<<\n/Length ${packed.length}\n/Filter /FlateDecode\n>>\nstream\n`),
      packed,
      Buffer.from("\nendstream\nendobj\n"),
    );
  }
  return Buffer.concat(parts);
}

describe("pdfSources", () => {
  it("finds each file spec's own stream, wherever the objects are", () => {
    const pdf = pdfWith(
      [
        { name: "a.yaml", ref: 7 },
        { name: "b.json", ref: 3 },
      ],
      [
        [3, Buffer.from("b: 2\n")],
        [7, Buffer.from("a: 1\n")],
      ],
    );
    const got = pdfSources(pdf, "x.pdf").map((s) => [s.name, Buffer.from(s.data).toString()]);
    expect(got).toEqual([
      ["a.yaml", "a: 1\n"],
      ["b.json", "b: 2\n"],
    ]);
  });

  // Each source under its own limit, twenty names for one stream of 60 MiB: 1.2 GB in memory.
  it("refuses sources that unpack past their limit in all", async () => {
    const specs = Array.from({ length: 20 }, (_, i) => ({ name: `b${i}.yaml`, ref: 2 }));
    const pdf = pdfWith(specs, [[2, Buffer.alloc(60 * 1024 * 1024)]]);
    const e = await caught(() => pdfSources(pdf, "bomb.pdf"));
    expect([e.kind, e.message]).toEqual([
      "input",
      "the embedded sources unpack to more than 1024 MiB in all",
    ]);
  });

  // Each was a lazy regular expression tried from every start: 3 MB of starts that never end
  // took 15 s, so these (20 MB each) would take minutes, past the suite's test timeout (a hang
  // guard, not a speed target). Read once, each takes about a second.
  it("reads starts that never end in time linear in the file", async () => {
    const big = (s: string) => Buffer.from(`%PDF-1.7\n${s}`, "latin1");
    const spec = "<<\n/Type /Filespec\n/AFRelationship /Source\n";
    expect(pdfSources(big(spec.repeat(500_000)), "x.pdf")).toEqual([]);
    const names = `${spec}/UF (${"/UF (".repeat(4_000_000)}\n>>\nendobj\n`;
    expect(pdfSources(big(names), "x.pdf")).toEqual([]);
    // Specs naming 200,000 objects, whose dictionaries all run on to one far `>> stream`.
    const refs = Array.from({ length: 200_000 }, (_, i) => i + 1);
    const specs = refs.map((n) => `${spec}/UF (a${n})\n/EF <<\n/F ${n} 0 R\n>>\n>>\nendobj\n`);
    const objects = refs.map((n) => `${n} 0 obj\n<<\n/Length 1\n`);
    const far = big(`${specs.join("")}${objects.join("")}\n>>\nstream\nx`);
    await expect(caught(() => pdfSources(far, "x.pdf"))).resolves.toMatchObject({
      message: "the embedded source is damaged",
    });
  });
});
