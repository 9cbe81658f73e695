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

  // text31: a courtesy that is also a name ate the name's first word ("An Nguyen" headed
  // "Nguyen", "Gentile Costruzioni S.r.l." "Costruzioni S.r.l.").
  it("keeps a name that begins with a courtesy word", () => {
    expect(afterLeading("An Nguyen", de)).toBeUndefined();
    expect(afterLeading("Ao Li", "Ao Senhor|Ao|À")).toBeUndefined();
    expect(afterLeading("Gentile Costruzioni S.r.l.", "Gentile|Gentile Signora")).toBeUndefined();
    expect(afterLeading("Pan Tadeusz Sp. z o.o.", "Szanowny Pan|Pan|Pani")).toBeUndefined();
    expect(afterLeading("Firma Acme GmbH", de)).toBeUndefined();
    expect(afterLeading("Gentile Costruzioni SRL", "Gentile")).toBeUndefined();
  });

  it("drops a courtesy that cannot be the name's: abbreviated, of several words, before a title, a quote or a name", () => {
    expect(afterLeading("Gentile Sig. Rossi", "Gentile|Gentile Signora")).toBe("Sig. Rossi");
    expect(afterLeading("Herrn Dr. Max Muster", de)).toBe("Dr. Max Muster");
    expect(afterLeading("Pan Jan Kowalski", "Pan|Pani")).toBe("Jan Kowalski");
    expect(afterLeading("Pan Jan K. Kowalski", "Pan|Pani")).toBe("Jan K. Kowalski");
    expect(afterLeading("Herrn Max von Muster", de)).toBe("Max von Muster");
    expect(afterLeading("Ao Senhor Li", "Ao Senhor|Ao|À")).toBe("Li");
    expect(afterLeading("Spett.le Edilnova", "Spett.le|Gentile")).toBe("Edilnova");
    expect(afterLeading("Kepada Bapak Budi Santoso", "Kepada|Yth.")).toBe("Bapak Budi Santoso");
    expect(afterLeading("Frau Anna O’Brien-McDonald", de)).toBe("Anna O’Brien-McDonald");
    expect(afterLeading("Κύριο Γεώργιο Παπαδόπουλο", "Προς|Κύριο")).toBe("Γεώργιο Παπαδόπουλο");
  });
});
