import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, normalize, resolve } from "node:path";
import { fail, isMissiveError, type Location, MissiveError, type Problem } from "../errors.js";
import { PAGE_SIZES, parseEms, parseLength } from "../model/length.js";
import { BASE_STYLE, type FontFamily, type TextStyle } from "../model/style.js";
import { textAreaProblem } from "../model/text-area.js";
import { ownOf } from "../own-of.js";
import { placeInRoots } from "../place-in-roots.js";
import { remember } from "../remember.js";
import type { Resources } from "../resources.js";
import { ALL_ON, typographyProblems, withTypography } from "../typography/typography-options.js";
import { canonicalTag, isLanguageTag, MAX_LANGUAGE_TAG, tooLongTag } from "./check-lang.js";
import { checkText } from "./check-text.js";
import { type FileReads, noteAllReads } from "./file-reads.js";
import { findPack, isPathLike, MANIFEST, type PackSearch } from "./find-pack.js";
import { readFirstMargin } from "./first-margin.js";
import { labelTableProblems } from "./label-tables.js";
import { locatedAt } from "./located-at.js";
import { outsidePack } from "./outside-roots.js";
import type { Ems, StyleRule, TemplatePack, TemplateSource } from "./pack-types.js";
import { parseYaml, type YamlData } from "./parse-yaml.js";
import { protoKeyProblems } from "./proto-keys.js";
import { readFontChains } from "./read-font-chains.js";
import { readSchema } from "./read-schema.js";
import { readText, type SourceText } from "./read-text.js";
import { missingFontPackage, resolveFontPath } from "./resolve-font-path.js";

type Manifest = Record<string, unknown>;

/**
 * Loads a pack folder (and the pack it extends), remembered per folder in the resources, so a
 * batch reads it once. `reads`, the run's record of files read, gets every file the pack was
 * read from (its manifests, schema and templates, the extended packs' too), whether or not
 * the pack loads. Why: its errors' code frames (`template.yaml:12:14`) show only the file the
 * run read, unchanged (file-reads.ts); before, a manifest or schema had no record and its
 * frame fell back to comparing the file's ctime with the process's clock.
 */
export function loadPack(
  dir: string,
  cwd: string,
  res: Resources,
  reads?: FileReads,
): TemplatePack {
  const hit = res.files.packs.get(dir);
  if (hit) {
    noteAllReads(reads, hit.reads);
    return hit;
  }
  const own: FileReads = new Map();
  try {
    return remember(res.files.packs, dir, loadUncached(dir, cwd, [], res, own));
  } finally {
    noteAllReads(reads, own);
  }
}

/**
 * findPack, remembered in the resources. Why: a merge asks for the same pack for every
 * record, and each search tries up to three folders on disk.
 */
export function findPackOnce(name: string, opts: PackSearch, res: Resources): string {
  const key = `${name}\0${opts.dataDir ?? ""}\0${opts.dataRoot ?? ""}\0${opts.cwd}`;
  let dir = res.files.found.get(key);
  if (dir === undefined) {
    dir = findPack(name, opts);
    remember(res.files.found, key, dir);
  }
  return dir;
}

/**
 * A parsed manifest, remembered by file and text. Why: a process started from the startup
 * snapshot reads each pack again (it may have changed), and parsing its YAML again was a
 * noticeable part of a start when the text was the same. Each caller gets its own copy.
 */
function parseManifest(file: string, res: Resources, reads: FileReads): YamlData {
  const src = readText(file, { reads });
  const key = `${src.file}\0${src.text}`;
  let yaml = res.compiled.manifests.get(key);
  if (!yaml) {
    yaml = remember(res.compiled.manifests, key, manifestYaml(src));
  }
  return { ...yaml, value: structuredClone(yaml.value) };
}

/** The manifest's YAML; a mistake in it is the pack's (exit 5), not the letter data's. */
function manifestYaml(src: SourceText): YamlData {
  try {
    return parseYaml(src);
  } catch (e) {
    if (isMissiveError(e) && e.kind === "data") throw new MissiveError("template", e.problems);
    throw e;
  }
}

/** Packs a chain of `extends` may pass through; a longer chain is a mistake or an attack. */
const MAX_EXTENDS = 8;

/**
 * The pack an `extends` written as a path names: relative to the extending pack's folder, and
 * inside the folder that holds it (a sibling pack), after links are resolved. Why: packs come
 * in pull requests, and `extends: /home/me/other` would read a pack from anywhere on the machine.
 */
function packByPath(written: string, dir: string, location: Location): string {
  const holder = dirname(dir);
  const place = placeInRoots(resolve(dir, written), [holder]);
  if (place !== "missing" && !place.inside)
    throw new MissiveError("template", {
      message: `the pack ${written} is outside ${holder}, the folder that holds this pack (it resolves to ${place.real})`,
      location,
      hints: [
        "a pack extends a built-in pack or one in templates/ by name, or a pack beside it by path (../base)",
      ],
    });
  return findPack(resolve(dir, written), { cwd: dir, exclude: dir });
}

/**
 * `below`: the folders of the packs that extend this one, nearest last (to find loops);
 * `reads`: where the files read are noted, for the whole chain.
 */
function loadUncached(
  dir: string,
  cwd: string,
  below: string[],
  res: Resources,
  reads: FileReads,
): TemplatePack {
  const manifestFile = join(dir, MANIFEST);
  const linkedOut = outsidePack(MANIFEST, manifestFile, [dir], { file: manifestFile });
  if (linkedOut) throw new MissiveError("template", linkedOut);
  const yaml = parseManifest(manifestFile, res, reads);
  const m = (yaml.value ?? {}) as Manifest;
  const where = (path: string) => yaml.locate(path);
  if (typeof m !== "object" || Array.isArray(m)) {
    throw new MissiveError("template", {
      message: "a template manifest must be a mapping",
      location: where(""),
    });
  }
  const problems: Problem[] = protoKeyProblems(yaml);
  const base = basePack(m.extends, [...below, dir], where, cwd, (next, chain) =>
    loadUncached(next, cwd, chain, res, reads),
  );
  const dirs = [dir, ...(base?.dirs ?? [])];
  const fontRefs: Record<string, Location> = { ...base?.fontRefs };
  const pack: TemplatePack = {
    name: str(m.name) ?? base?.name ?? basename(dir),
    description: str(m.description) ?? base?.description ?? "",
    dirs,
    manifestFile,
    page: readPage(m, yaml, problems, base),
    lang: str(m.lang) ?? base?.lang ?? "en-US",
    typography: withTypography(base?.typography ?? ALL_ON, m.typography),
    fonts: readFonts(m, yaml, dirs, problems, base, fontRefs),
    fontRefs,
    fallbackFonts: Array.isArray(m.fallbackFonts)
      ? m.fallbackFonts.map(String)
      : (base?.fallbackFonts ?? []),

    ...readStyles(m, yaml, problems, base),
    labels: mergeLabels(base?.labels, m.labels as TemplatePack["labels"] | undefined),
    values: { ...base?.values, ...readValues(m.values, where, problems) },
    ...readSchema(m, dir, where, problems, base, reads),
    linkSchemes: [...(base?.linkSchemes ?? []), ...schemeList(m.linkSchemes, where, problems)],
    template: readTemplate(dir, base, problems, manifestFile, reads),
    partials: { ...base?.partials, ...readPartials(dir, problems, reads) },
    reads,
  };
  Object.assign(pack, readFontChains(m, base, pack.fonts, where, problems));
  problems.push(...manifestSanity(m, pack, where), ...styleProblems(m, pack, where));
  // The pack's texts that go into every letter, checked where they are written: a control
  // character in one was refused only as the markup it made, at the markup's line.
  problems.push(...labelTableProblems(m.labels, where));
  for (const field of ["labels", "values"] as const)
    problems.push(...checkText(m[field], yaml, field));
  if (problems.length > 0) throw new MissiveError("template", problems);
  return pack;
}

/**
 * The pack the manifest's `extends` (`written`) names, loaded by `load`; undefined when it
 * extends none. `chain`: the folders of the packs extending it, this pack's last.
 */
function basePack(
  written: unknown,
  chain: string[],
  where: (path: string) => Location,
  cwd: string,
  load: (next: string, chain: string[]) => TemplatePack,
): TemplatePack | undefined {
  if (written === undefined) return undefined;
  // Why refused, not passed over: a pack that extends nothing fails further on, at a style or
  // font the pack it meant to extend defines (`extends: [senate]` was "style default uses
  // font serif, which the pack does not define", at the manifest's first line).
  if (typeof written !== "string")
    throw fail("template", "extends names one pack, by its name or its path", where("extends"), [
      "write extends: senate, or extends: ../base",
    ]);
  const dir = chain[chain.length - 1] as string;
  // A pack not found is said at the manifest's `extends`, as the data's `template:` is.
  const next = locatedAt(where("extends"), () =>
    isPathLike(written)
      ? packByPath(written, dir, where("extends"))
      : findPack(written, { cwd, exclude: dir }),
  );
  if (chain.includes(next) || chain.length > MAX_EXTENDS)
    throw new MissiveError("template", {
      message: chain.includes(next)
        ? `packs extend each other in a loop: ${[...chain, next].map((d) => basename(d)).join(" → ")}`
        : `a chain of more than ${MAX_EXTENDS} packs extending one another`,
      location: where("extends"),
    });
  return load(next, chain);
}

/** Each style's own problems, and a font family the pack does not define. */
function styleProblems(
  m: Manifest,
  pack: TemplatePack,
  where: (path: string) => Location,
): Problem[] {
  const problems: Problem[] = [];
  for (const [name, style] of Object.entries(pack.styles)) {
    problems.push(...styleSanity(name, style, pack.page.width, where, pack.styleRules[name]?.ems));
    // A family the manifest names whose files were not found has its own problem above.
    const fonts = (m.fonts ?? {}) as Record<string, unknown>;
    if (!ownOf(pack.fonts, style.font) && !Object.hasOwn(fonts, style.font)) {
      problems.push({
        message: `style ${name} uses font ${style.font}, which the pack does not define`,
        location: where(`styles.${name}.font`),
      });
    }
  }
  return problems;
}

/** `values:`, a mapping the templates read as `@pack` (merged key by key over the parent's). */
function readValues(
  v: unknown,
  where: (p: string) => Location,
  problems: Problem[],
): Record<string, unknown> {
  if (v === undefined) return {};
  if (v !== null && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
  problems.push({
    message: "values must be a mapping",
    location: where("values"),
    hints: ["e.g. values: { header: { A: 8mm, B: 15mm } }, read as {{lookup @pack.header form}}"],
  });
  return {};
}

/** `linkSchemes: [ftp, sftp]`: a list of URI schemes, lower-cased. */
function schemeList(v: unknown, where: (p: string) => Location, problems: Problem[]): string[] {
  if (v === undefined) return [];
  const ok = (s: unknown) => typeof s === "string" && /^[a-z][a-z0-9+.-]*$/i.test(s);
  if (Array.isArray(v) && v.every(ok)) return v.map((s) => String(s).toLowerCase());
  problems.push({
    message: "linkSchemes must be a list of URI schemes",
    location: where("linkSchemes"),
    hints: ["e.g. linkSchemes: [ftp] (http, https, mailto and tel are always allowed)"],
  });
  return [];
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function readPage(
  m: Manifest,
  yaml: YamlData,
  problems: Problem[],
  base?: TemplatePack,
): TemplatePack["page"] {
  const page = (m.page ?? {}) as Record<string, unknown>;
  const size = str(page.size) ?? base?.page.size ?? "letter";
  const dims = ownOf(PAGE_SIZES, size.toLowerCase());
  if (!dims)
    problems.push({
      message: `unknown page size ${size}`,
      location: yaml.locate("page.size"),
      hints: [`use one of ${Object.keys(PAGE_SIZES).join(", ")}`],
    });
  const margin = { ...(base?.page.margin ?? { top: 72, right: 72, bottom: 72, left: 72 }) };
  const raw = page.margin;
  if (raw !== undefined) {
    const mapping = typeof raw === "object" && raw !== null;
    // One value for every side is one problem, at that value: not one for each side.
    const parts = mapping ? (raw as Record<string, unknown>) : { top: raw };
    for (const side of ["top", "right", "bottom", "left"] as const) {
      if (parts[side] === undefined) continue;
      const v = parseLength(parts[side]);
      if (v === null || v < 0)
        problems.push({
          message: mapping ? `page margin ${side} is not a length` : "page margin is not a length",
          location: yaml.locate(mapping ? `page.margin.${side}` : "page.margin"),
          hints: ["write e.g. 1in, 25mm or 72 (points)"],
        });
      else if (mapping) margin[side] = v;
      else Object.assign(margin, { top: v, right: v, bottom: v, left: v });
    }
  }
  const width = dims?.[0] ?? 612;
  const height = dims?.[1] ?? 792;
  // Before, margins wider than the page failed in the layout, blamed on the letter's first line.
  const narrow = textAreaProblem({ width, height }, margin);
  if (narrow) problems.push({ ...narrow, location: yaml.locate("page.margin") });
  const page1 = { width, height, margin };
  const first = readFirstMargin(page.firstMargin, page1, yaml, problems, base?.page.firstMargin);
  return {
    size: size.toLowerCase(),
    width,
    height,
    margin,
    ...(first ? { firstMargin: first } : {}),
  };
}

function readFonts(
  m: Manifest,
  yaml: YamlData,
  dirs: string[],
  problems: Problem[],
  base: TemplatePack | undefined,
  refs: Record<string, Location>,
): Record<string, FontFamily> {
  const out: Record<string, FontFamily> = { ...base?.fonts };
  const fonts = (m.fonts ?? {}) as Record<string, Record<string, unknown>>;
  // A file several faces name is blamed, when it is bad, on the first of them in this
  // manifest (it replaces the place a pack it extends gave it).
  const named = new Set<string>();
  for (const [family, faces] of Object.entries(fonts)) {
    const fam: Partial<FontFamily> = {};
    for (const face of ["regular", "bold", "italic", "boldItalic"] as const) {
      const ref = faces?.[face];
      if (ref === undefined) continue;
      const where = yaml.locate(`fonts.${family}.${face}`);
      const found = typeof ref === "string" ? findFont(ref, dirs, where) : null;
      const outside = typeof found === "object" && found !== null ? found : undefined;
      const path = typeof found === "string" ? found : null;
      if (outside) problems.push(outside);
      else if (path) {
        fam[face] = path;
        if (!named.has(path)) refs[path] = where;
        named.add(path);
      } else {
        const absent = missingFontPackage(String(ref), dirs);
        problems.push({
          message: `font file not found: ${String(ref)}`,
          location: where,
          hints: [
            absent
              ? `the npm package ${absent} is not installed: npm install ${absent}`
              : "use pkg:<npm package>/<file.ttf> or a path inside the pack folder",
          ],
        });
      }
    }
    // A pack that extends another may replace single faces of an inherited family.
    const merged = { ...out[family], ...fam };
    if (merged.regular) out[family] = merged as FontFamily;
    else if (faces?.regular === undefined)
      problems.push({
        message: `font family ${family} has no regular face`,
        location: yaml.locate(`fonts.${family}`),
      });
  }
  return out;
}

/**
 * A font file: an installed npm package's (`pkg:`), or the first pack folder's that holds the
 * path (an absolute path as written); else null, or the refusal of a path that leads outside.
 */
function findFont(ref: string, dirs: string[], at: Location): string | Problem | null {
  if (ref.startsWith("pkg:")) return resolveFontPath(ref, dirs);
  return firstInPack(
    `font ${ref}`,
    isAbsolute(ref) ? [ref] : dirs.map((d) => join(d, ref)),
    dirs,
    at,
  );
}

/**
 * The first of the paths that exists, or null; a path before it that leads outside the pack
 * folders, by its name or a link, is refused whether or not it exists (as a Problem placed at
 * `at`): "not found" for a missing file and "outside" for an existing one would tell a pack
 * from a pull request which files exist on the machine outside it.
 */
function firstInPack(
  what: string,
  paths: string[],
  dirs: readonly string[],
  at: Location,
): string | Problem | null {
  for (const path of paths) {
    const outside = outsidePack(what, path, dirs, at);
    if (outside) return outside;
    if (existsSync(path)) return path;
  }
  return null;
}

/** Properties a style may set: the base style's, and `fill`, which it leaves unset. */
const STYLE_KEYS: ReadonlySet<string> = new Set([...Object.keys(BASE_STYLE), "fill"]);
/** Lengths a style may write in ems of its size (not the size itself, nor counts or shares). */
const EM_LENGTHS: ReadonlySet<string> = new Set([
  "leading",
  "spaceBefore",
  "spaceAfter",
  "indent",
  "tracking",
  "runover",
  "firstLineIndent",
]);

function readStyles(
  m: Manifest,
  yaml: YamlData,
  problems: Problem[],
  base?: TemplatePack,
): { styles: Record<string, TextStyle>; styleRules: Record<string, StyleRule> } {
  const raw = (m.styles ?? {}) as Record<string, Record<string, unknown>>;
  const rules: Record<string, StyleRule> = { ...base?.styleRules };
  for (const [name, s] of Object.entries(raw)) {
    // Why: styles are looked up by name in objects, and every object has a `toString`; a style
    // so named was found there, unchecked, and wrote NaN into the PDF's text operators.
    if (name in Object.prototype) {
      problems.push({
        message: `a style may not be named ${name}, a name every JavaScript object has`,
        location: yaml.locateKey(`styles.${name}`),
        hints: ["name the style another way"],
      });
      continue;
    }
    const own: StyleRule = cleanStyle(s ?? {}, name, yaml, problems);
    if (typeof s?.extends === "string") own.extends = s.extends;
    // A new size for an inherited style keeps that style's proportion of leading.
    const inherited = base && ownOf(base.styles, name);
    if (inherited && name !== "default") Object.assign(own, matchingLeading(own, inherited));
    rules[name] = overRule(rules[name], own);
  }
  return { styles: resolveStyles(rules), styleRules: rules };
}

/**
 * A rule over another: its properties win, a length in points over one in ems (and one in
 * ems over one in points, as ems are made points last: inPoints).
 */
function overRule(under: StyleRule | undefined, over: StyleRule): StyleRule {
  const out: StyleRule = { ...under, ...over };
  const ems = { ...unlessSet(under?.ems, over), ...over.ems };
  if (Object.keys(ems).length > 0) out.ems = ems;
  else delete out.ems;
  return out;
}

/** The lengths in ems that a rule does not set in points. */
function unlessSet(ems: Ems | undefined, rule: Partial<TextStyle>): Ems {
  const out: Ems = {};
  for (const [k, v] of Object.entries(ems ?? {})) if (!(k in rule)) out[k as keyof TextStyle] = v;
  return out;
}

/** A style with its lengths in ems made points, by its own size. */
function inPoints(style: TextStyle, ems: Ems): TextStyle {
  const out: Record<string, unknown> = { ...style };
  for (const [k, v] of Object.entries(ems)) out[k] = (v ?? 0) * style.size;
  return out as unknown as TextStyle;
}

/**
 * Every style from its rule: missive's base style, then `default`, then the style it
 * `extends` (resolved first), then its own properties.
 */
function resolveStyles(rules: Record<string, StyleRule>): Record<string, TextStyle> {
  const { extends: _, ems: defaultEms = {}, ...defaultRule } = rules.default ?? {};
  const defaults = inPoints({ ...BASE_STYLE, ...defaultRule } as TextStyle, defaultEms);
  const out: Record<string, TextStyle> = { default: defaults };
  // Why kept apart: a style that starts from one with `2em` is two of its own size's ems.
  const emsOf: Record<string, Ems> = { default: defaultEms };
  const resolve = (name: string, seen: Set<string>): TextStyle => {
    const done = ownOf(out, name);
    if (done) return done;
    const { extends: parentName, ems: ownEms, ...own } = ownOf(rules, name) ?? {};
    const from =
      parentName && ownOf(rules, parentName) && !seen.has(parentName) ? parentName : undefined;
    const parent = from ? resolve(from, new Set([...seen, name])) : defaults;
    const ems = { ...unlessSet(emsOf[from ?? "default"], own), ...ownEms };
    const style = inPoints(
      { ...parent, ...matchingLeading(own, parent), ...own } as TextStyle,
      ems,
    );
    out[name] = style;
    emsOf[name] = ems;
    return style;
  };
  for (const name of Object.keys(rules)) resolve(name, new Set([name]));
  return out;
}

/**
 * A style that changes the size but not the leading keeps the proportion of the style it
 * starts from: `size: 20` under an 11/14 default gets a 25.5pt leading, not 14.
 */
function matchingLeading(own: Partial<TextStyle>, from: TextStyle): Partial<TextStyle> {
  if (own.size === undefined || own.leading !== undefined || from.size <= 0) return {};
  return { leading: Math.round(((from.leading * own.size) / from.size) * 100) / 100 };
}

function cleanStyle(
  s: Record<string, unknown>,
  name: string,
  yaml: YamlData,
  problems: Problem[],
): StyleRule {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === "extends") continue;
    if (!STYLE_KEYS.has(k)) {
      problems.push({
        message: `unknown style property ${k}`,
        location: yaml.locate(`styles.${name}.${k}`),
        hints: [`known: ${[...STYLE_KEYS].join(", ")}`],
      });
      continue;
    }
    const kind = k === "fill" ? "string" : typeof BASE_STYLE[k as keyof TextStyle];
    const ems = EM_LENGTHS.has(k) ? parseEms(v) : null;
    if (ems !== null) {
      out.ems = { ...(out.ems as Ems | undefined), [k]: ems };
      continue;
    }
    const value = kind === "number" ? parseLength(v) : v;
    if (value === null || typeof value !== kind) {
      problems.push({
        message: `style ${name}.${k} must be a ${kind === "number" ? "length" : kind}`,
        location: yaml.locate(`styles.${name}.${k}`),
      });
      continue;
    }
    out[k] = value;
  }
  return out as StyleRule;
}

/**
 * The base pack's labels under the pack's own, each keyed by its language as Intl writes it
 * (canonicalTag). Why: a letter's `tl` or `iw` is read as `fil` or `he`, and labels a pack keys
 * `tl` or `iw`, as its author wrote the letter's language, were passed over for missive's own
 * or its base pack's. A key written so (`fil`) goes last, over another a pack writes for it.
 */
function mergeLabels(
  base: TemplatePack["labels"] | undefined,
  own: TemplatePack["labels"] | undefined,
): TemplatePack["labels"] {
  const out: TemplatePack["labels"] = {};
  for (const src of [base, own]) {
    const entries = Object.entries(src ?? {}).map(([lang, table]) => {
      const tag = canonicalTag(lang);
      return { tag, table, written: tag === lang };
    });
    for (const { tag, table } of [
      ...entries.filter((e) => !e.written),
      ...entries.filter((e) => e.written),
    ])
      out[tag] = { ...out[tag], ...table };
  }
  return out;
}

function readTemplate(
  dir: string,
  base: TemplatePack | undefined,
  problems: Problem[],
  manifestFile: string,
  reads: FileReads,
): TemplateSource {
  const file = join(dir, "letter.hbs");
  const outside = outsidePack("letter.hbs", file, [dir], { file });
  if (outside) {
    problems.push(outside);
    return { file, source: "" };
  }
  if (existsSync(file)) return templateSource(file, reads);
  if (base) return base.template;
  problems.push({
    message: "the pack has no letter.hbs",
    location: { file: manifestFile },
    hints: ["add letter.hbs next to template.yaml, or `extends:` a pack that has one"],
  });
  return { file, source: "" };
}

function templateSource(file: string, reads: FileReads): TemplateSource {
  return { file, source: readText(file, { reads }).text };
}

function readPartials(
  dir: string,
  problems: Problem[],
  reads: FileReads,
): Record<string, TemplateSource> {
  const pdir = join(dir, "partials");
  if (!existsSync(pdir)) return {};
  const out: Record<string, TemplateSource> = {};
  for (const f of readdirSync(pdir).sort()) {
    if (extname(f) !== ".hbs") continue;
    const file = join(pdir, f);
    const outside = outsidePack(`partial ${f}`, file, [dir], { file });
    if (outside) problems.push(outside);
    else if (f === "__proto__.hbs")
      // Assigned, the name would set the table's prototype: the partial was silently lost.
      problems.push({
        message:
          "a partial may not be named __proto__, a name that sets what every JavaScript object inherits",
        location: { file },
        hints: ["name the partial another way"],
      });
    else out[basename(f, ".hbs")] = templateSource(file, reads);
  }
  return out;
}

/**
 * Resolves a `pack:` asset reference against the pack folders, nearest first; null when no
 * folder has it. One that leads outside the pack is refused (firstInPack), placed at `at`.
 */
export function findPackAsset(pack: TemplatePack, ref: string, at: Location): string | null {
  const paths = pack.dirs.map((d) => join(d, ref));
  const found = firstInPack(`asset ${ref}`, paths, pack.dirs, at);
  if (typeof found === "object" && found !== null) throw new MissiveError("template", found);
  return found;
}

/**
 * Whether the pack (or one it extends) has the file `ref`, for a template that draws an asset
 * only when a pack supplies it (`{{#if (hasAsset "assets/logo.png")}}`). What leads outside the
 * pack is refused, as findPackAsset refuses it.
 */
export function hasPackAsset(pack: TemplatePack, ref: string, at: Location): boolean {
  if (ref === "" || isAbsolute(ref) || /^\.\.(?:[/\\]|$)/.test(normalize(ref)))
    throw fail("template", `hasAsset: ${JSON.stringify(ref)} is not a file inside the pack`, at, [
      'name a file by its path in the pack folder, e.g. "assets/logo.png"',
    ]);
  return findPackAsset(pack, ref, at) !== null;
}

/** Values of the right type but impossible on paper: a negative size, an indent past the page. */
function styleSanity(
  name: string,
  st: TextStyle,
  pageWidth: number,
  where: (p: string) => Location,
  ems?: Ems,
): Problem[] {
  const rules: [keyof TextStyle, boolean, string][] = [
    ["size", st.size > 0 && st.size <= 500, "a size from above 0 to 500pt"],
    ["leading", st.leading > 0 && st.leading <= 1000, "a leading from above 0 to 1000pt"],
    [
      "indent",
      st.indent >= 0 && st.indent < pageWidth / 2,
      "an indent from 0 to half the page width",
    ],
    [
      "runover",
      st.runover >= 0 && st.runover < pageWidth / 2,
      "a runover from 0 to half the page width",
    ],
    [
      "firstLineIndent",
      st.firstLineIndent >= 0 && st.firstLineIndent < pageWidth / 2,
      "a first-line indent from 0 to half the page width",
    ],
    ["spaceBefore", st.spaceBefore >= 0, "a space of 0 or more"],
    ["spaceAfter", st.spaceAfter >= 0, "a space of 0 or more"],
    [
      "tracking",
      st.tracking > -st.size / 4 && st.tracking < st.size,
      "a tracking between -size/4 and size",
    ],
  ];
  rules.push(
    ["color", /^#[0-9a-fA-F]{6}$/.test(st.color), "a colour written #rrggbb, like #1f3a60"],
    [
      "fill",
      st.fill === undefined || /^#[0-9a-fA-F]{6}$/.test(st.fill),
      "a colour written #rrggbb, like #e8eef5",
    ],
    [
      "align",
      ["left", "center", "right", "justify"].includes(st.align),
      "left, center, right or justify",
    ],
  );
  return rules
    .filter(([, ok]) => !ok)
    .map(([key, , want]) => ({
      // A length written in ems is named as written, with the points it came to.
      message: `style ${name}.${key} is ${ems?.[key] === undefined ? st[key] : `${ems[key]}em (${st[key]}pt)`}; it must be ${want}`,
      location: where(`styles.${name}.${key}`),
    }));
}

function manifestSanity(
  m: Manifest,
  pack: TemplatePack,
  where: (p: string) => Location,
): Problem[] {
  const problems: Problem[] = [];
  const size = (m.page as Record<string, unknown> | undefined)?.size;
  if (size !== undefined && typeof size !== "string") {
    problems.push({
      message: "page size must be a name",
      location: where("page.size"),
      hints: [`use one of ${Object.keys(PAGE_SIZES).join(", ")}`],
    });
  }
  if (!isLanguageTag(pack.lang)) {
    problems.push({
      message:
        pack.lang.length > MAX_LANGUAGE_TAG
          ? tooLongTag(pack.lang)
          : `${pack.lang} is not a language tag`,
      location: where("lang"),
      hints: ["write a BCP 47 tag such as en-US or de-DE"],
    });
  }
  for (const p of typographyProblems(m.typography))
    problems.push({ message: p.message, location: where(p.path) });
  return problems;
}
