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
    expect(afterLeading("Yth. Kepala Dinas", "Kepada|Kepada Yth.|Yth.", "id")).toBe("Kepala Dinas");
    expect(afterLeading("Kepada Yth. Kepala Dinas", "Kepada|Kepada Yth.|Yth.", "id")).toBe(
      "Kepala Dinas",
    );
    expect(afterLeading("An die Stadtverwaltung", de, "de")).toBe("Stadtverwaltung");
    expect(afterLeading("Frau", de, "de")).toBeUndefined();
    // A name's own quote stays.
    expect(afterLeading("Firma „Acme“", de, "de")).toBe("„Acme“");
    expect(afterLeading("Frauenhaus Nord", de, "de")).toBeUndefined();
  });

  it("keeps a name whose first word only begins with a courtesy, joined by a hyphen or an apostrophe", () => {
    // "Pan-European …" is a name, not "Pan" (Polish "Mr") before "-European …".
    expect(afterLeading("Pan-European Federation", "Pan|Pani", "pl")).toBeUndefined();
    expect(afterLeading("Frau-Holle-Verlag GmbH", de, "de")).toBeUndefined();
    expect(afterLeading("An’Nur Moschee e. V.", de, "de")).toBeUndefined();
    expect(afterLeading("Firma·Acme", de, "de")).toBeUndefined();
    // An entry's own words may be joined so.
    expect(afterLeading("г-н Иван Петров", "г-н|г-жа", "ru")).toBe("Иван Петров");
  });

  // text31: a courtesy that is also a name ate the name's first word ("An Nguyen" headed
  // "Nguyen", "Gentile Costruzioni S.r.l." "Costruzioni S.r.l.").
  it("keeps a name that begins with a courtesy word", () => {
    expect(afterLeading("An Nguyen", de, "de")).toBeUndefined();
    expect(afterLeading("Ao Li", "Ao Senhor|Ao|À", "pt")).toBeUndefined();
    expect(
      afterLeading("Gentile Costruzioni S.r.l.", "Gentile|Gentile Signora", "it"),
    ).toBeUndefined();
    expect(afterLeading("Pan Tadeusz Sp. z o.o.", "Szanowny Pan|Pan|Pani", "pl")).toBeUndefined();
    expect(afterLeading("Firma Acme GmbH", de, "de")).toBeUndefined();
    expect(afterLeading("Gentile Costruzioni SRL", "Gentile", "it")).toBeUndefined();
  });

  it("drops a courtesy that cannot be the name's: abbreviated, of several words, before a title, a quote or a name", () => {
    expect(afterLeading("Gentile Sig. Rossi", "Gentile|Gentile Signora", "it")).toBe("Sig. Rossi");
    expect(afterLeading("Herrn Dr. Max Muster", de, "de")).toBe("Dr. Max Muster");
    expect(afterLeading("Pan Jan Kowalski", "Pan|Pani", "pl")).toBe("Jan Kowalski");
    expect(afterLeading("Pan Jan K. Kowalski", "Pan|Pani", "pl")).toBe("Jan K. Kowalski");
    expect(afterLeading("Herrn Max von Muster", de, "de")).toBe("Max von Muster");
    expect(afterLeading("Ao Senhor Li", "Ao Senhor|Ao|À", "pt")).toBe("Li");
    expect(afterLeading("Spett.le Edilnova", "Spett.le|Gentile", "it")).toBe("Edilnova");
    expect(afterLeading("Kepada Bapak Budi Santoso", "Kepada|Yth.", "id")).toBe(
      "Bapak Budi Santoso",
    );
    expect(afterLeading("Frau Anna O’Brien-McDonald", de, "de")).toBe("Anna O’Brien-McDonald");
    expect(afterLeading("Κύριο Γεώργιο Παπαδόπουλο", "Προς|Κύριο", "el")).toBe(
      "Γεώργιο Παπαδόπουλο",
    );
  });

  // text32: a surname in capitals read as a firm's form kept "Monsieur" in the header; a
  // courtesy that is a name too lost it before two words ("An Thi Nguyen" headed "Thi
  // Nguyen"); Polish "dr" written without a full stop was read as no title.
  const fr = "Monsieur|Madame|Mademoiselle|Messieurs";
  const pl = "Szanowny Pan|Szanowna Pani|Sz. P.|Pan|Pani|Państwo";
  it("reads a surname in capitals as a name, a legal form as a firm's", () => {
    expect(afterLeading("Monsieur Jean DUPONT", fr, "fr")).toBe("Jean DUPONT");
    expect(afterLeading("Monsieur Jean Dupont", fr, "fr")).toBe("Jean Dupont");
    expect(afterLeading("Herrn Max MUSTERMANN", de, "de")).toBe("Max MUSTERMANN");
    expect(afterLeading("Madame Marie-Claire LE GALL", fr, "fr")).toBe("Marie-Claire LE GALL");
    expect(afterLeading("Monsieur Dupont SARL", fr, "fr")).toBeUndefined();
    expect(afterLeading("Firma MÜLLER GMBH", de, "de")).toBeUndefined();
    expect(afterLeading("Firma Müller & Co. KG", de, "de")).toBeUndefined();
    expect(afterLeading("Pan Tadeusz SP. Z O.O.", pl, "pl")).toBeUndefined();
  });

  it("keeps a courtesy the letter's language's addressees bear as a name too", () => {
    expect(afterLeading("An Thi Nguyen", de, "de")).toBeUndefined();
    expect(afterLeading("An Nguyen Van An", de, "de")).toBeUndefined();
    expect(afterLeading("An K. Nguyen", de, "de")).toBeUndefined();
    expect(afterLeading("Ao Li Wei", "Ao Senhor|Ao|À", "pt")).toBeUndefined();
    expect(afterLeading("Gentile Mario Rossi", "Gentile|Gentile Signora", "it")).toBeUndefined();
    // Before a title it is the courtesy all the same.
    expect(afterLeading("An Dr. Thi Nguyen", de, "de")).toBe("Dr. Thi Nguyen");
    // Not a name in another language's letters: an initial or two words follow a courtesy.
    expect(afterLeading("Herrn K. Muster", de, "de")).toBe("K. Muster");
    expect(afterLeading("Pan Jan Kowalski", pl, "pl")).toBe("Jan Kowalski");
  });

  it("drops a courtesy before a title the language writes without a full stop", () => {
    expect(afterLeading("Pan dr Jan Kowalski", pl, "pl")).toBe("dr Jan Kowalski");
    expect(afterLeading("Pan prof. Jan Nowak", pl, "pl")).toBe("prof. Jan Nowak");
    expect(afterLeading("Pani mgr inż. Anna Nowak", pl, "pl")).toBe("mgr inż. Anna Nowak");
    expect(afterLeading("Pan dr hab. Jan Kowalski", pl, "pl-PL")).toBe("dr hab. Jan Kowalski");
  });
});
