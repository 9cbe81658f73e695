import Handlebars from "handlebars";
import { fail, isStackOverflow, MissiveError } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";
import { hasPackAsset } from "../load/load-pack.js";
import { ownLabels } from "../load/pack-labels.js";
import type { TemplatePack, TemplateSource } from "../load/pack-types.js";
import { withCommonKeys } from "../load/validate-data.js";
import { ownOf } from "../own-of.js";
import { remember } from "../remember.js";
import type { Resources } from "../resources.js";
import { checkFields } from "./check-fields.js";
import { CHECKED_BLOCKS, checkedBlock } from "./checked-blocks.js";
import { countPartials } from "./counted-partials.js";
import { handlebarsInstance } from "./handlebars-instance.js";
import { type HelperContext, makeHelpers } from "./helpers.js";
import { letterLanguage } from "./letter-language.js";
import { addDataPaths, checkAndRewrite, parseTemplate } from "./template-ast.js";

type Compiled = (ctx: unknown, opts: { data: Record<string, unknown> }) => string;

/**
 * The most markup a letter's template may make: a letter of 4 MiB of data (the most it may
 * hold), 100,000 signers say, makes about 10 million characters. More is a template that
 * loops over the data within loops over it, which would lay out for ever.
 */
export const MAX_MARKUP_CHARS = 64 * 1024 * 1024;

function tooMuch(what: string, file: string): Error {
  return fail("template", `the template made ${what}; the limit is ${MAX_MARKUP_CHARS}`, { file }, [
    "a loop over the data inside another loop over it repeats the data many times over",
  ]);
}

export interface PackEnv {
  render: Compiled;
  /** Set before each render; helpers read it. Batches reuse one compiled pack. */
  current: HelperContext | null;
}

/**
 * Pours letter data into the pack's Handlebars template and returns the letter markup.
 * `today`: what `date: today` stands for (ISO), the letter's creation day.
 */
export function compose(
  letter: LoadedLetter,
  res: Resources,
  today?: string,
  markPartials = false,
): string {
  const env = envFor(letter.pack, res);
  const { lang, labels } = letterLanguage(letter.data, letter.pack);
  env.current = {
    lang,
    labels,
    ownLabels: ownLabels(letter) ?? {},
    locate: (p) => letter.yaml.locate(p),
    locateText: (p, needle) => letter.yaml.locateText(p, needle),
    templateFile: letter.pack.template.file,
    formats: res.formats,
    hasAsset: (f, at) => hasPackAsset(letter.pack, f, at),
    loopSteps: 0,
    tables: { cells: 0, styles: new Set(Object.keys(letter.pack.styles)) },
    today,
    markPartials,
  };
  const file = letter.pack.template.file;
  try {
    const data = { lang, labels: env.current.labels, pack: letter.pack.values };
    const markup = env.render({ ...letter.data, lang }, { data });
    if (markup.length > MAX_MARKUP_CHARS) throw tooMuch(`${markup.length} characters`, file);
    return markup;
  } catch (e) {
    if (isStackOverflow(e))
      throw fail("template", "the template nests too deeply (a partial that includes itself?)", {
        file,
      });
    // JavaScript's longest string, some 500 million characters.
    if (e instanceof RangeError && /string length/i.test(e.message))
      throw tooMuch("more text than JavaScript can hold", file);
    // Only Handlebars' own exceptions are the template's fault; anything else is a bug.
    if (e instanceof MissiveError || !(e instanceof Handlebars.Exception)) throw e;
    const err = e as Error & { lineNumber?: number; column?: number };
    throw fail(
      "template",
      err.message.replace(/ - \d+:\d+$/, "").replace(/ in \[object Object\]/, " in the data"),
      {
        file: letter.pack.template.file,
        line: err.lineNumber,
        col: err.column !== undefined ? err.column + 1 : undefined,
      },
    );
  } finally {
    env.current = null;
  }
}

/** Parses and checks a pack's templates without rendering (for `missive check`). */
export function prepareTemplates(pack: TemplatePack, res: Resources): void {
  envFor(pack, res);
}

/**
 * Why not Handlebars' strict mode: it throws a bare TypeError when a path passes through null
 * (`recipient.[0]` with `recipient: null`). Every printed path goes through `__text`, which
 * reports a missing value with its template location instead.
 */
function envFor(pack: TemplatePack, res: Resources): PackEnv {
  const { templates, templatesOfPack } = res.compiled;
  const cached = templatesOfPack.get(pack);
  if (cached) return cached;
  // Kept by what the templates say too. Why: a pack is read again in every process started
  // from the startup snapshot (its files may have changed), and parsing, checking and
  // compiling the built-in packs' templates again was much of a start when nothing had
  // changed. Everything the compiled templates depend on is in the key: their text and files
  // (errors name them), and the schema and values their fields were checked against; not what
  // the files were when read (a touched file says the same).
  const said = ({ file, source }: TemplateSource) => [file, source];
  const partials = Object.entries(pack.partials).map(([name, p]) => [name, ...said(p)]);
  const key = JSON.stringify([said(pack.template), partials, pack.schema ?? null, pack.values]);
  const same = templates.get(key) ?? remember(templates, key, compileEnv(pack));
  templatesOfPack.set(pack, same);
  return same;
}

function compileEnv(pack: TemplatePack): PackEnv {
  const hb = handlebarsInstance();
  const env: PackEnv = { render: () => "", current: null };
  const ctx = (): HelperContext => {
    if (!env.current) throw new Error("helper called outside compose");
    return env.current;
  };
  const helpers = makeHelpers(ctx, hb.SafeString);
  hb.registerHelper(helpers);
  countPartials(hb, ctx, (name) => ownOf(pack.partials, name)?.file ?? pack.template.file);
  for (const name of CHECKED_BLOCKS)
    hb.registerHelper(name, checkedBlock(name, hb.helpers[name] as never, ctx));
  const helperNames = new Set(Object.keys(helpers));
  const partialNames = new Set(Object.keys(pack.partials));
  const partials = Object.fromEntries(
    Object.entries(pack.partials).map(([name, src]) => [
      name,
      { src, ast: parseTemplate(hb, src) },
    ]),
  );
  const main = { src: pack.template, ast: parseTemplate(hb, pack.template) };
  checkFields(main, partials, pack.schema && withCommonKeys(pack.schema), pack.values);
  for (const [name, { src, ast }] of Object.entries(partials)) {
    // Packs include partials at the data's root (docs/templates.md says so).
    addDataPaths(ast);
    checkAndRewrite(ast, src.file, helperNames, partialNames);
    hb.registerPartial(name, hb.compile(ast as never, { strict: false }));
  }
  addDataPaths(main.ast);
  checkAndRewrite(main.ast, pack.template.file, helperNames, partialNames);
  env.render = hb.compile(main.ast as never, { strict: false }) as Compiled;
  return env;
}
