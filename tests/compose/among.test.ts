import { describe, expect, it } from "vitest";
import { afterLeading, among } from "../../src/compose/among.js";

describe("among", () => {
  const list = "Dear Sir or Madam|Dear Sir/Madam|Dear Sirs|To whom it may concern";
  it("finds a text in the list word for word, case, punctuation and spacing aside", () => {
    expect(among("Dear Sirs,", list)).toBe(true);
    expect(among("DEAR SIRS:", list)).toBe(true);
    expect(among("Dear Sir / Madam,", list)).toBe(true);
    expect(among("To Whom It May Concern:", list)).toBe(true);
  });

  it("does not find a text that only begins or ends like an entry", () => {
    expect(among("Dear Sirs and Madams,", list)).toBe(false);
    expect(among("Dear Sir Ian,", list)).toBe(false);
    expect(among("", list)).toBe(false);
    expect(among(",", "|,")).toBe(false);
  });

  it("reads a label's character references back", () => {
    expect(among("Dear Sir & Madam,", "Dear Sir &amp; Madam")).toBe(true);
  });
});

describe("afterLeading", () => {
  const de = "Herrn|Herr|Frau|Firma|An|An die";
  it("drops a courtesy that leads the name, the longest entry first", () => {
    expect(afterLeading("Yth. Kepala Dinas", "Kepada|Kepada Yth.|Yth.")).toBe("Kepala Dinas");
    expect(afterLeading("Kepada Yth. Kepala Dinas", "Kepada|Kepada Yth.|Yth.")).toBe(
      "Kepala Dinas",
    );
    expect(afterLeading("An die Stadtverwaltung", de)).toBe("Stadtverwaltung");
    expect(afterLeading("Frau", de)).toBeUndefined();
    // A name's own quote stays.
    expect(afterLeading("Firma „Acme“", de)).toBe("„Acme“");
    expect(afterLeading("Frauenhaus Nord", de)).toBeUndefined();
  });

  it("keeps a name whose first word only begins with a courtesy, joined by a hyphen or an apostrophe", () => {
    // "Pan-European …" is a name, not "Pan" (Polish "Mr") before "-European …".
    expect(afterLeading("Pan-European Federation", "Pan|Pani")).toBeUndefined();
    expect(afterLeading("Frau-Holle-Verlag GmbH", de)).toBeUndefined();
    expect(afterLeading("An’Nur Moschee e. V.", de)).toBeUndefined();
    expect(afterLeading("Firma·Acme", de)).toBeUndefined();
    // An entry's own words may be joined so.
    expect(afterLeading("г-н Иван Петров", "г-н|г-жа")).toBe("Иван Петров");
  });
});
