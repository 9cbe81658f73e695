import { describe, expect, it } from "vitest";
import { isBaseOwn } from "../../src/batch/base-own.js";

const BASE = {
  sender: { name: "Muster GmbH", returnLine: "Muster · Köln" },
  recipient: ["Frau", "{{name}}", "Uferstraße 7"],
  signer: { name: "{{signer_name}}", title: "Director" },
};

describe("isBaseOwn", () => {
  it("is true for the base letter's text that no record sets or fills", () => {
    expect(isBaseOwn(BASE, new Set(["recipient"]), "sender.returnLine")).toBe(true);
    expect(isBaseOwn(BASE, new Set(), "signer.title")).toBe(true);
  });

  it("is false for a field a record sets, whole or in part", () => {
    expect(isBaseOwn(BASE, new Set(["sender"]), "sender.returnLine")).toBe(false);
  });

  it("is false for a text, or a list or mapping holding one, that puts a record's value in", () => {
    expect(isBaseOwn(BASE, new Set(), "recipient.1")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), "recipient")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), "signer")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), "recipient.2")).toBe(true);
  });

  // Another pack, language, direction, typography, fonts, labels or link schemes lays out,
  // words or checks the base letter's own text otherwise: a return line too wide in one
  // record's pack may fit another's.
  it.each(["template", "lang", "dir", "typography", "fontChains", "labels", "linkSchemes"])(
    "is false for every path when a record sets %s, which every letter may carry",
    (key) => {
      expect(isBaseOwn(BASE, new Set([key, "recipient"]), "sender.returnLine")).toBe(false);
    },
  );

  it("is false for a path the base letter does not hold", () => {
    expect(isBaseOwn(BASE, new Set(), "sender.tagline")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), "sender.returnLine.0")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), "__proto__")).toBe(false);
  });
});
