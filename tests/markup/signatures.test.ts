import { expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import type { Block, SignatureBlock } from "../../src/model/letter-doc.js";
import { ALL_ON } from "../../src/typography/typography-options.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("business", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};
const blocks = (xml: string): Block[] =>
  toModel(
    parseXml(`<letter lang="en-US">\n${xml}</letter>`, "m.xml"),
    pack,
    "m.xml",
    noImages,
    ALL_ON,
  ).body;

it("reads indent on <signatures> and <closing> as lengths, absent when not given", () => {
  const [closing, sig] = blocks(
    `<closing indent="3in">Sincerely,</closing><signatures indent="3in"><signer name="A"/></signatures>`,
  );
  expect(closing).toMatchObject({ kind: "text", role: "closing", indent: 216 });
  expect((sig as SignatureBlock).indent).toBe(216);
  const [plain] = blocks(`<signatures><signer name="A"/></signatures>`);
  expect(plain).not.toHaveProperty("indent");
});

it("refuses an indent that is not a length, at its line", async () => {
  const e = await caught(() => blocks(`<signatures indent="wide"><signer name="A"/></signatures>`));
  expect(e.problems[0]?.message).toBe('indent="wide" is not a length');
  expect(e.problems[0]?.location?.line).toBe(2);
});

it("keeps each title line's own language, for a signer in two languages", () => {
  const [sig] = blocks(
    `<signatures><signer name="A" title="Botschafterin"><line lang="en">"Ambassador"</line></signer></signatures>`,
  );
  const s = (sig as SignatureBlock).signers[0];
  expect(s?.titles).toEqual(["Botschafterin", "“Ambassador”"]);
  expect(s?.titleLangs).toEqual(["", "en"]);
  const [plain] = blocks(`<signatures><signer name="A" title="T"/></signatures>`);
  expect((plain as SignatureBlock).signers[0]).not.toHaveProperty("titleLangs");
});
