import type { Problem } from "../errors.js";
import type { YamlData } from "./parse-yaml.js";

/**
 * A problem for each `__proto__` key of a pack's manifest, at the key. Why: the manifest's
 * mappings are copied into objects by assignment (label languages, partials, fonts), and
 * assigning `__proto__` sets an object's prototype instead of a key: the entry was silently
 * lost (a label language `__proto__` gave its labels to no letter). No manifest needs the name.
 */
export function protoKeyProblems(yaml: YamlData): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== "object" || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === "__proto__")
        problems.push({
          message: `a key may not be named __proto__, a name that sets what every JavaScript object inherits`,
          location: yaml.locateKey(at),
          hints: ["name it another way"],
        });
      else walk(inner, at);
    }
  };
  walk(yaml.value, "");
  return problems;
}
