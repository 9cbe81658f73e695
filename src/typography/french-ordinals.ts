import type { Run } from "../model/letter-doc.js";
import { primaryLanguage } from "./block-text.js";

/**
 * A number's ordinal ending as French writes it, raised: 1er, 1re, 2e, 3es, 2nd, 2de (and the
 * common 2ème). Why: the Imprimerie nationale's rules and LaTeX's babel-french (\ier, \ieme)
 * set it as a superscript; on the line, "le 1er mars" reads as a word. Only after digits: a
 * roman numeral's ending ("XXe siècle") would be read in words such as "Ce" or "De".
 */
const ORDINAL = /(?<![\p{L}\p{N}])(\d{1,4})(ers?|res?|es?|ème|èmes|nde?s?)(?![\p{L}\p{N}])/gu;

/** The runs with each French ordinal's ending in a run of its own, raised (`sup`). */
export function frenchOrdinals(lines: Run[][], lang: string): Run[][] {
  return lines.map((line) => line.flatMap((run) => raised(run, lang)));
}

function raised(run: Run, lang: string): Run[] {
  if (run.code || run.note || run.field || run.sup) return [run];
  if (primaryLanguage(run.lang ?? lang) !== "fr" || !/\d/.test(run.text)) return [run];
  const out: Run[] = [];
  let at = 0;
  for (const m of run.text.matchAll(ORDINAL)) {
    const end = (m.index as number) + (m[1] as string).length;
    out.push({ ...run, text: run.text.slice(at, end) });
    out.push({ ...run, text: m[2] as string, sup: true });
    at = end + (m[2] as string).length;
  }
  if (out.length === 0) return [run];
  if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
  return out;
}
