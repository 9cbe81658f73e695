import { describe, expect, it } from "vitest";
import { isBaseOwn } from "../../src/batch/base-own.js";

const BASE = {
  sender: { name: "Muster GmbH", returnLine: "Muster · Köln" },
  recipient: ["Frau", "{{name}}", "Uferstraße 7"],
  signer: { name: "{{signer_name}}", title: "Director" },
};

/** The letter's settings (letter-settings.ts), as the personal pack's schema gives them. */
const SETTINGS = new Set(["template", "lang", "dir", "paper", "signatureIndent"]);

describe("isBaseOwn", () => {
  it("is true for the base letter's text that no record sets or fills", () => {
    expect(isBaseOwn(BASE, new Set(["recipient"]), SETTINGS, "sender.returnLine")).toBe(true);
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "signer.title")).toBe(true);
  });

  it("is false for a field a record sets, whole or in part", () => {
    expect(isBaseOwn(BASE, new Set(["sender"]), SETTINGS, "sender.returnLine")).toBe(false);
  });

  it("is false for a text, or a list or mapping holding one, that puts a record's value in", () => {
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "recipient.1")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "recipient")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "signer")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "recipient.2")).toBe(true);
  });

  // Another pack, language, direction or paper lays the base letter's own text out otherwise:
  // a return line too wide in one record's pack may fit another's; a letterhead placed for
  // Letter reaches past the edge of A5.
  it.each(["template", "lang", "paper"])(
    "is false for every path when a record sets %s, a setting of the letter",
    (key) => {
      expect(isBaseOwn(BASE, new Set([key, "recipient"]), SETTINGS, "sender.returnLine")).toBe(
        false,
      );
    },
  );

  it("is false for a path the base letter does not hold", () => {
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "sender.tagline")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "sender.returnLine.0")).toBe(false);
    expect(isBaseOwn(BASE, new Set(), SETTINGS, "__proto__")).toBe(false);
  });
});
