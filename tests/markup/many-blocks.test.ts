import { expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};

// A letter of 700,000 one-word paragraphs (3.5 MB of data, under the 4 MiB limit) was exit 70:
// the body's blocks were appended with push(...blocks), which passes each as an argument
// (a thread of the tests has a larger stack than the command: a million overflows it).
it("takes a body of a million paragraphs", () => {
  const xml = `<letter><body>${"<p>x</p>".repeat(1_000_000)}</body><p>end</p></letter>`;
  const doc = toModel(parseXml(xml, "m.xml"), pack, "m.xml", noImages);
  expect(doc.body).toHaveLength(1_000_001);
});
