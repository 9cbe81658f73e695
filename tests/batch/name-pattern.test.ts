import { describe, expect, it } from "vitest";
import { compileNamePattern, literalPattern, slug } from "../../src/batch/name-pattern.js";
import { isMissiveError } from "../../src/errors.js";

describe("name patterns", () => {
  it("slug keeps letters of any script and drops accents", () => {
    expect(slug("José Núñez, Jr.")).toBe("jose-nunez-jr");
    expect(slug("王小明")).toBe("王小明");
  });

  // merge30: "Weiß" and "Yılmaz" kept ß and ı, which no decomposition takes apart.
  it("slug writes Latin letters without a decomposition in ASCII", () => {
    expect(slug("Jürgen Weiß")).toBe("jurgen-weiss");
    expect(slug("STRAẞE")).toBe("strasse");
    expect(slug("Ömer Yılmaz")).toBe("omer-yilmaz");
    expect(slug("İzmir")).toBe("izmir");
    expect(slug("Œuvre Łódź Þór Đorđe")).toBe("oeuvre-lodz-thor-dorde");
    // Only Latin: other scripts keep their letters.
    expect(slug("Сергей ßı")).toBe("сергей-ssi");
  });

  it("slug keeps the marks that are part of a letter outside Latin", () => {
    expect(slug("राजेश कुमार")).toBe("राजेश-कुमार");
    expect(slug("สมชาย ใจดี")).toBe("สมชาย-ใจดี");
    expect(slug("Сергей Йоргов")).toBe("сергей-йоргов");
    expect(slug("Ærøskøbing Straße, Zoë")).toBe("aeroskobing-strasse-zoe");
    // A mark with no letter before it is no word of its own.
    expect(slug("\u0301x \u0301")).toBe("x");
  });

  it("slug is cut at 80 units with no dash or half a character left at its end", () => {
    const a79 = "a".repeat(79);
    expect(slug(`${a79} b`)).toBe(a79);
    expect(slug(`${a79}\u{20000}x`)).toBe(a79);
    expect(slug(`${"a".repeat(78)}\u{20000}x`)).toBe(`${"a".repeat(78)}\u{20000}`);
  });

  // The default --name is the data file's name: a pull request's `{{name}}.yaml` ran as a
  // template over each record, and `a{{.yaml` was "--name is not a valid pattern".
  it("prints a data file's name as it is in the default pattern, braces and all", () => {
    const names = ["{{name}}", "a{{", "{{{x}}}", "{{#each list}}y{{/each}}", "{{!c}}", "a}}b{{"];
    for (const name of names) {
      const p = compileNamePattern(`${literalPattern(name)}-{{pad @number}}`);
      expect(p({ name: "Ann", x: "X", list: [1] }, 0, 9)).toBe(`${name}-1`);
    }
    // No escape keeps a backslash before {{: it becomes `_`, as file names make it anyway.
    const p = compileNamePattern(`${literalPattern("a\\{{b}}\\")}-{{pad @number}}`);
    expect(p({ b: "B" }, 0, 9)).toBe("a_{{b}}_-1");
  });

  it("pads @number to the width of the total, and takes data fields", () => {
    const p = compileNamePattern("{{pad @number}}-{{slug who.name}}.pdf");
    expect(p({ who: { name: "Ann Lee" } }, 6, 120)).toBe("007-ann-lee.pdf");
  });

  // Before, 3,000 items made 9,000,000 blocks: minutes, then a name of megabytes.
  it("stops a loop inside a loop over the same list, and counts each name afresh", () => {
    const p = compileNamePattern("{{#each list}}{{#each ../list}}x{{/each}}{{/each}}.pdf");
    const list = Array.from({ length: 3000 }, (_, i) => i);
    expect(() => p({ list }, 0, 1)).toThrow(
      "each: this loop would repeat its block more than 2,000,000 times in all; missive stops a template there",
    );
    const small = Array.from({ length: 1000 }, (_, i) => i);
    for (const n of [0, 1, 2]) expect(p({ list: small }, n, 3)).toHaveLength(1_000_004);
  });

  it("takes a CSV's FALSE (a spreadsheet's checkbox) for false in #if and #unless", () => {
    const p = compileNamePattern(
      "{{#if vip}}vip/{{/if}}{{#unless vip}}other/{{/unless}}{{id}}.pdf",
    );
    expect(
      ["TRUE", "FALSE", "false", " False ", true, false, "", "no"].map((vip) =>
        p({ vip, id: 1 }, 0, 1),
      ),
    ).toEqual([
      "vip/1.pdf",
      "other/1.pdf",
      "other/1.pdf",
      "other/1.pdf",
      "vip/1.pdf",
      "other/1.pdf",
      "other/1.pdf",
      "vip/1.pdf",
    ]);
  });

  it("turns slashes in data into _, but keeps slashes written in the pattern", () => {
    const p = compileNamePattern("{{dept}}/{{name}}.pdf");
    expect(p({ dept: "sales", name: "../../x" }, 0, 1)).toBe("sales/.._.._x.pdf");
  });

  it("escapes parts shared by many records the same way each time, and each record's own", () => {
    const p = compileNamePattern("{{base.org}}/{{who.[0]}}.pdf");
    const base = { org: "a/b" };
    expect(p({ base, who: ["c/d"] }, 0, 2)).toBe("a_b/c_d.pdf");
    expect(p({ base, who: ["e\\f"] }, 1, 2)).toBe("a_b/e_f.pdf");
    expect(base.org).toBe("a/b");
  });

  it("refuses a field that is not set, also inside a helper", () => {
    expect(() => compileNamePattern("{{who}}.pdf")({}, 0, 1)).toThrow(/"who" not defined/);
    expect(() => compileNamePattern("{{slug who}}.pdf")({}, 0, 1)).toThrow(/not set/);
  });

  it("refuses a list or a mapping where a name prints text, not a,b or [object Object]", () => {
    const problem = (pattern: string) => {
      try {
        return compileNamePattern(pattern)({ tags: ["a", "b"], to: { city: "X" } }, 0, 1);
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(problem("{{tags}}.pdf")).toBe("tags is a list, not text");
    expect(problem("{{to}}.pdf")).toBe("to is a mapping, not text");
    expect(problem("{{slug to}}.pdf")).toBe("slug: to is a mapping, not text");
    expect(problem("{{pad tags}}.pdf")).toBe("pad: tags is a list, not text");
    expect(problem("{{tags.[1]}}-{{to.city}}-{{#each tags}}{{this}}{{/each}}.pdf")).toBe(
      "b-X-ab.pdf",
    );
    // Before, "[object Object].pdf" and "a,b.pdf"; what lookup does not find is still nothing.
    expect(problem('{{lookup this "to"}}.pdf')).toBe("this.[to] is a mapping, not text");
    expect(problem("{{lookup this 'tags'}}.pdf")).toBe("this.[tags] is a list, not text");
    expect(problem('{{lookup to "city"}}-{{lookup tags 0}}-{{lookup to "zip"}}.pdf')).toBe(
      "X-a-.pdf",
    );
  });

  it("rejects a broken pattern as a usage error", () => {
    try {
      compileNamePattern("{{#if x}}");
      expect.unreachable();
    } catch (e) {
      expect(isMissiveError(e) && e.kind).toBe("usage");
    }
  });
});
