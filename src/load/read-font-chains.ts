import type { Location, Problem } from "../errors.js";
import { type FontChains, scriptPattern } from "../model/font-chains.js";
import { ownOf } from "../own-of.js";
import { isLanguageTag } from "./check-lang.js";
import type { TemplatePack } from "./pack-types.js";

/**
 * A manifest's `fontChains` (model/font-chains.ts), over those of the pack it extends: each
 * key a Unicode script name or a language tag, each value a list of the pack's font
 * families. Every mistake is reported at its place in the manifest.
 */
export function readFontChains(
  m: Record<string, unknown>,
  base: TemplatePack | undefined,
  fonts: Record<string, unknown>,
  where: (path: string) => Location,
  problems: Problem[],
): { fontChains?: FontChains } {
  const raw = m.fontChains;
  const chains: FontChains = { ...base?.fontChains };
  if (raw !== undefined && (raw === null || typeof raw !== "object" || Array.isArray(raw))) {
    problems.push({
      message: "fontChains must be a mapping of scripts or languages to lists of font families",
      location: where("fontChains"),
      hints: ["e.g. fontChains: { Han: [cjk], ja: [cjk-jp] }"],
    });
    return base?.fontChains ? { fontChains: chains } : {};
  }
  const own = chainsChecked(raw, fonts, where, problems);
  const merged = { ...chains, ...own };
  return Object.keys(merged).length > 0 ? { fontChains: merged } : {};
}

/**
 * The chains of a manifest's or a letter's `fontChains` mapping that name scripts or
 * languages and families of `fonts`; each other entry is a problem at its place.
 */
export function chainsChecked(
  raw: unknown,
  fonts: Record<string, unknown>,
  where: (path: string) => Location,
  problems: Problem[],
): FontChains {
  const chains: FontChains = {};
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const problem = chainProblem(key, value, fonts);
    if (problem) problems.push({ ...problem, location: where(`fontChains.${key}`) });
    else chains[key] = (value as unknown[]).map(String);
  }
  return chains;
}

function chainProblem(
  key: string,
  value: unknown,
  fonts: Record<string, unknown>,
): Omit<Problem, "location"> | null {
  if (!scriptPattern(key) && !isLanguageTag(key))
    return {
      message: `fontChains: ${key} is neither a Unicode script name nor a language tag`,
      hints: ["use a script as Unicode names it (Han, Arabic, Devanagari) or a tag such as ja"],
    };
  if (!Array.isArray(value) || value.length === 0)
    return { message: `fontChains.${key} must be a list of font families`, hints: [] };
  const unknown = value.map(String).filter((f) => ownOf(fonts, f) === undefined);
  if (unknown.length > 0)
    return {
      message: `fontChains.${key} names ${unknown.join(", ")}, not a family in fonts`,
      hints: [`the families are ${Object.keys(fonts).join(", ")}`],
    };
  return null;
}
