import { describe, expect, it } from "vitest";
import { formatLocation } from "../../src/errors.js";
import { caught } from "../helpers/errors.js";
import { ROOT, render } from "../helpers/render.js";

const letter = (yaml: string) =>
  render({
    file: `${ROOT}/data/inline.yaml`,
    text: `template: business\nbody: Text.\nsigner: { name: J }\n${yaml}`,
  });

const said = async (yaml: string) =>
  (await caught(() => letter(yaml))).problems.map(
    (p) => `${formatLocation(p.location)}: ${p.message} | ${(p.hints ?? []).join(" | ")}`,
  );

// Before, a misspelt label was ignored and the pack's own word printed ("Sincerely,").
describe("a letter's own labels", () => {
  it("are refused where the pack has no such label, with a guess", async () => {
    expect(await said("labels:\n  closng: Cordially,\n")).toEqual([
      `${ROOT}/data/inline.yaml:5:3: labels.closng: the business pack has no label closng | did you mean \`closing\`?`,
    ]);
  });

  it("are refused with the pack's labels listed when nothing is close", async () => {
    const [p] = await said("labels: { greeting: Hi }\n");
    expect(p).toContain("the business pack has no label greeting | its labels: bcc, cc, closing,");
    expect(p).toContain("longDate");
  });

  it("are taken when the pack, in some language, or missive has them", async () => {
    const r = await letter(
      `labels: { closing: "Cordially,", longDate: "{day}. {month} {year}" }\n`,
    );
    expect(r.txt).toContain("Cordially,");
  });
});
