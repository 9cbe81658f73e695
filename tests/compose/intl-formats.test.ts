import { afterEach, describe, expect, it } from "vitest";
import { IntlFormats } from "../../src/compose/intl-formats.js";

describe("IntlFormats.joinList", () => {
  const Real = Intl.ListFormat;
  // Intl's constructors are read-only in TypeScript's view, writable in fact.
  const intl = Intl as { ListFormat: typeof Intl.ListFormat };
  afterEach(() => {
    intl.ListFormat = Real;
  });

  it("joins names as the language joins a list", () => {
    const f = new IntlFormats();
    expect(f.joinList("en", ["Ann Lee", "Bo Li"])).toBe("Ann Lee and Bo Li");
    expect(f.joinList("de", ["A", "B", "C"])).toBe("A, B und C");
    expect(f.joinList("fr", ["A", "B"])).toBe("A et B");
  });

  // Making a list format loads the language's list patterns from ICU, a cost every cold start
  // paid for the one addressee most letters have.
  it("gives one name, or none, as it is, without making a list format", () => {
    let made = 0;
    intl.ListFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    };
    const f = new IntlFormats();
    expect(f.joinList("en", ["The Honorable Ann Lee"])).toBe("The Honorable Ann Lee");
    expect(f.joinList("de", [])).toBe("");
    expect(made).toBe(0);
    expect(f.joinList("en", ["A", "B"])).toBe("A and B");
    expect(made).toBe(1);
  });
});
