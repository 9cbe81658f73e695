import { describe, expect, it } from "vitest";
import { formatLocation } from "../../src/errors.js";
import { checkLabels } from "../../src/load/check-labels.js";
import type { TemplatePack } from "../../src/load/pack-types.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
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
    expect(p).toContain(
      "the business pack has no label greeting | its labels: addressCourtesy, bcc, cc, closing,",
    );
    expect(p).toContain("longDate");
  });

  it("are taken when the pack, in some language, or missive has them", async () => {
    const r = await letter(
      `labels: { closing: "Cordially,", longDate: "{day}. {month} {year}" }\n`,
    );
    expect(r.txt).toContain("Cordially,");
  });
});

// Before, a pack of 50,000 labels made each unknown label's hint list all 50,000.
describe("the labels a hint lists", () => {
  it("are the first 40, and how many more", () => {
    const labels = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, i) => [`l${String(i).padStart(5, "0")}`, "x"]),
    );
    const pack = { name: "big", labels: { en: labels } } as unknown as TemplatePack;
    const yaml = parseYaml({ file: "letter.yaml", text: "labels:\n  zzzzzzzzzzzz: x\n" });
    const [p] = checkLabels((yaml.value as { labels: unknown }).labels, pack, yaml);
    const hint = p?.hints?.[0] ?? "";
    expect(hint).toMatch(/^its labels: [^,]+(, [^,]+){39}, and \d+ more$/);
    expect(hint.length).toBeLessThan(1_000);
  });
});
