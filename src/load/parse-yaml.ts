import {
  type Alias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  Scalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { fail, type Location, MissiveError, type Problem } from "../errors.js";
import { pushAll } from "../push-all.js";
import { nestedDeeperThan } from "./nested-deeper.js";
import type { SourceText } from "./read-text.js";
import { yamlLineHint } from "./yaml-line-hint.js";

/** A parsed YAML file that can say where any data path came from. */
export interface YamlData {
  file: string;
  value: unknown;
  /** Location of the node at a dotted data path (`signers.2.name`), or of its nearest parent. */
  locate(path: string): Location;
  /** Location of the key that names a mapping entry (for unknown keys), else like locate. */
  locateKey(path: string): Location;
  /** The scalar as written in the file (`02134`), to explain what YAML made of it. */
  raw(path: string): string | undefined;
  /**
   * The source of the number at `path` and the item before it, when only a comma after that
   * item's last digit split them in a `[ … ]` list: `[Agreement of January 15, 2024]` and
   * `[Fee of $1,250]` are each two items to YAML, a text and a number.
   */
  commaSplit(path: string): string | undefined;
  /**
   * Every plain item of a `[ … ]` list that a comma alone split from the plain item before
   * it, with the two items' source: `[Jane Doe, Esq.]` is two items to YAML.
   */
  splitItems(): readonly SplitItem[];
  /**
   * Where `needle` is written inside the value at `path` (a character in a `body: |` block
   * is on its own line, not on the `body:` line); falls back to the value's location.
   */
  locateText(path: string, needle: string): Location;
  /**
   * Where the character at `offset` of the text at `path` is written: the same words twice in
   * a `body: |` are told apart. Falls back to locateText, then to the value's location.
   */
  locateAt(path: string, offset: number): Location;
  /** Whether the data writes the field at `path`: not a schema's default filled in since. */
  written(path: string): boolean;
}

/** An item of a `[ … ]` list split from the one before it by a comma (YamlData.splitItems). */
export interface SplitItem {
  path: string;
  item: string;
  /** The source of both items, from the first's start to the second's end. */
  joined: string;
}

export const MAX_DEPTH = 64;
/** How many copies of values a file's aliases may stand for, counted as the yaml package counts them. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML 1.2 (core schema) with every problem located. Why the core schema: YAML 1.1
 * typing turns `NO` into false and `02134` into a number; letters carry postcodes and country
 * codes, so scalars stay strings unless they are plainly numbers or booleans in 1.2 terms.
 */
export function parseYaml(src: SourceText): YamlData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(src.text, {
    lineCounter,
    version: "1.2",
    schema: "core",
    // Checked by duplicateKeys: the yaml package compares each key with every one before it,
    // which took an hour for a file of 700,000 short lines.
    uniqueKeys: false,
    prettyErrors: false,
    merge: false,
    strict: true,
  });
  const placed = firstOnEachLine(
    doc.errors.map((e) => {
      const opened = unclosedQuote(e.message) ? openingQuote(doc, e.pos[0]) : undefined;
      return { e, opened, location: placeOf(src.file, lineCounter, opened ?? e.pos[0]) };
    }),
  );
  const problems: Problem[] = placed.map(({ e, opened, location }) => {
    if (opened !== undefined)
      return { message: yamlMessage(e.code, e.message), location, hints: [UNCLOSED_QUOTE_HINT] };
    const line = lineAt(src.text, lineCounter, location.line ?? 1);
    const said = yamlLineHint(e.code, e.message, line);
    return {
      message: said?.message ?? yamlMessage(e.code, e.message),
      location,
      hints: said?.hints ?? yamlHints(e.code),
    };
  });
  const overflow = doc.errors.findIndex((e) => /call stack/i.test(e.message));
  if (overflow >= 0) {
    // A mistake the parser met before it ran out of stack is told at its place: a value of a
    // thousand colons ("Re: a: a: …") nests a mapping at each, and said only "nested too
    // deeply", of no line. The first one alone: how many more it met depends on the stack.
    const before = new Set(doc.errors.slice(0, overflow));
    const first = problems.find((_, i) => placed[i] !== undefined && before.has(placed[i].e));
    if (first) throw new MissiveError("data", [first]);
    // Where the parser gave up depends on the thread's stack: say only which file.
    throw fail("data", "data is nested too deeply to read", { file: src.file }, [
      `a letter needs a few levels; the limit is ${MAX_DEPTH}`,
    ]);
  }
  // Broken YAML makes odd nodes: keys and tags are looked at only in a document that parsed.
  // Appended without spreading: a list of 200,000 tagged values (1.2 MB) has as many problems.
  if (problems.length === 0)
    for (const found of [
      collectionKeys(doc, src.file, lineCounter),
      duplicateKeys(doc, src.file, lineCounter),
      foreignTags(doc, src, lineCounter),
      unsetAliases(doc, src.file, lineCounter),
    ])
      pushAll(problems, found);
  if (problems.length > 0) throw new MissiveError("data", problems);
  keepNumbersAsWritten(doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const alias = aliasAtFault(doc);
    throw fail(
      "data",
      `YAML aliases expand too far${alias ? ` at *${alias.source}` : ""}: ${(e as Error).message}`,
      alias ? placeOf(src.file, lineCounter, alias.range?.[0] ?? 0) : { file: src.file },
      ["a letter does not need deeply nested aliases; write the values out"],
    );
  }
  checkDepth(value, src.file);
  const pairOf = pairIndex();
  const locate = (path: string): Location =>
    locateNode(doc.contents, path, src.file, lineCounter, false, pairOf);
  const locateKey = (path: string): Location =>
    locateNode(doc.contents, path, src.file, lineCounter, true, pairOf);
  const raw = (path: string): string | undefined => rawScalar(doc.contents, path, src.text, pairOf);
  const commaSplit = (path: string) => splitAtComma(doc.contents, path, src.text, pairOf);
  let split: SplitItem[] | undefined;
  const splitItems = () => {
    split ??= splitItemsOf(doc.contents, src.text);
    return split;
  };
  const locateText = (path: string, needle: string, nth = 0): Location => {
    const at = writtenAt(nodeAt(doc.contents, path, pairOf), src.text, needle, nth);
    if (at === undefined) return nth > 0 ? locateText(path, needle) : locate(path);
    return { ...placeOf(src.file, lineCounter, at), path };
  };
  const locateAt = (path: string, offset: number): Location => {
    const node = nodeAt(doc.contents, path, pairOf);
    const text = isScalar(node) && typeof node.value === "string" ? node.value : "";
    const { needle, nth } = occurrenceAt(text, offset);
    return needle ? locateText(path, needle, nth) : locate(path);
  };
  const written = (path: string) => nodeAt(doc.contents, path, pairOf) !== undefined;
  return {
    file: src.file,
    value,
    locate,
    locateKey,
    raw,
    commaSplit,
    splitItems,
    locateText,
    locateAt,
    written,
  };
}

/** The place of a character of the file, for a problem found there. */
function placeOf(file: string, lineCounter: LineCounter, offset: number): Location {
  const pos = lineCounter.linePos(offset);
  return { file, line: pos.line, col: pos.col };
}

/**
 * Keys written as a list or a mapping (`? [a, b]`): no field has such a name, and turning one
 * into an object's key makes the yaml package print a warning of the process on stderr.
 */
function collectionKeys(
  doc: ReturnType<typeof parseDocument>,
  file: string,
  lineCounter: LineCounter,
): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isMap(key) && !isSeq(key)) return;
      problems.push({
        message: `a key must be text, not a ${isMap(key) ? "mapping" : "list"}`,
        location: placeOf(file, lineCounter, key.range?.[0] ?? 0),
        hints: ["name each field with a word, as `recipient:`"],
      });
    },
  });
  return problems;
}

/**
 * Keys written twice in one mapping, each after the first, as the yaml package words them.
 * Keys are compared as text, as they become an object's keys: `1:` and `"1":` are one key.
 */
function duplicateKeys(
  doc: ReturnType<typeof parseDocument>,
  file: string,
  lineCounter: LineCounter,
): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        problems.push({
          message: "Map keys must be unique",
          location: placeOf(file, lineCounter, pair.key.range?.[0] ?? 0),
          hints: yamlHints("DUPLICATE_KEY"),
        });
      }
    },
  });
  return problems;
}

/** The core schema's own tags: a value so tagged is what it would be untagged, or text. */
const CORE_TAGS = ["str", "int", "float", "bool", "null", "map", "seq"] as const;

function isCoreTag(tag: string): boolean {
  return CORE_TAGS.some((t) => tag === `tag:yaml.org,2002:${t}`);
}

/**
 * Values with any other tag. Why: the yaml package still reads YAML 1.1's `!!binary`,
 * `!!timestamp`, `!!set` and `!!omap` into a byte array, a Date, a Set or a Map, which no field
 * takes, so they were called mappings (`must be text, not a mapping`) or passed as an empty one
 * (`typography: !!set {quotes}`); an unknown tag (`!js/function`) was dropped with a warning
 * nobody saw.
 */
function foreignTags(
  doc: ReturnType<typeof parseDocument>,
  src: SourceText,
  lineCounter: LineCounter,
): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Node(_, node) {
      if (!node.tag || node.tag === "!" || isCoreTag(node.tag)) return;
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
      problems.push({
        message: `the YAML tag ${tag} is not read: a value is text, a number, true or false, a list or a mapping`,
        location: placeOf(src.file, lineCounter, tagStart(src.text, node.range?.[0] ?? 0)),
        hints: [`remove ${tag} and write the value out`],
      });
    },
  });
  return problems;
}

/**
 * Aliases that name no anchor set before them (`subject: *sig` without `&sig` above), at their
 * place. Why here: the reader met them only while building the values, and said so as an
 * alias bomb of no line ("YAML aliases expand too far: Unresolved alias").
 */
function unsetAliases(
  doc: ReturnType<typeof parseDocument>,
  file: string,
  lineCounter: LineCounter,
): Problem[] {
  const problems: Problem[] = [];
  // In the document's order, as the reader resolves them; not Alias.resolve, which walks the
  // whole document for each alias.
  const anchors = new Set<string>();
  visit(doc, {
    Node(_, node) {
      if (node.anchor) anchors.add(node.anchor);
    },
    Alias(_, node) {
      if (anchors.has(node.source)) return;
      problems.push({
        message: `the alias *${node.source} names no anchor &${node.source} set before it`,
        location: placeOf(file, lineCounter, node.range?.[0] ?? 0),
        hints: [`set &${node.source} on a value above, or write the value out`],
      });
    },
  });
  return problems;
}

/**
 * The alias at which the reader gives up expanding aliases: the document read again with each
 * alias's lookup noting it. Why: the reader's refusal of an alias bomb names no place, where
 * every other problem of a data or records file is told at its line.
 */
function aliasAtFault(doc: ReturnType<typeof parseDocument>): Alias | undefined {
  let last: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      const resolve = node.resolve.bind(node);
      node.resolve = (...args) => {
        last = node;
        return resolve(...args);
      };
    },
  });
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return last;
  }
  return undefined;
}

/** Where the tag before the value at `offset` is written (the node's range starts after it). */
function tagStart(text: string, offset: number): number {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, offset - 1024), offset));
  return before?.[1]?.startsWith("!") ? offset - before[0].length : offset;
}

/**
 * The text from `offset` to the end of its line (without the spaces around it), and how many
 * times it occurs in `text` before. Why: the value of a `body: |` is its lines without their
 * indentation, so the same words occur in the same order in the file; the nth occurrence in
 * the file is the one at `offset` (a folded `>` line split in the file falls back to the first).
 */
function occurrenceAt(text: string, offset: number): { needle: string; nth: number } {
  const end = text.indexOf("\n", offset);
  const line = text.slice(offset, end < 0 ? undefined : end);
  const needle = line.trim();
  const start = offset + line.length - line.trimStart().length;
  let nth = 0;
  for (
    let at = text.indexOf(needle);
    needle && at >= 0 && at < start;
    at = text.indexOf(needle, at + 1)
  )
    nth++;
  return { needle, nth };
}

/**
 * The file offset of the nth occurrence of `needle` in the value written by `node`; for a
 * block scalar, after its `|` or `>` line, whose indicators and comment are not the value.
 */
function writtenAt(
  node: Node | undefined,
  file: string,
  needle: string,
  nth: number,
): number | undefined {
  if (!node?.range || !needle) return undefined;
  let [from] = node.range;
  const to = node.range[1];
  if (isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED")) {
    const header = file.indexOf("\n", from);
    from = header < 0 || header > to ? to : header + 1;
  }
  let at = file.indexOf(needle, from);
  for (let i = 0; i < nth && at >= 0; i++) at = file.indexOf(needle, at + 1);
  return at >= 0 && at + needle.length <= to ? at : undefined;
}

/**
 * A number stays a number only if it prints the way it was written: `02134` (a postcode),
 * `1.50` and `1e3` stay the text the user typed. Why: YAML would silently change them.
 */
function keepNumbersAsWritten(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, node) {
      if (
        typeof node.value === "number" &&
        node.type === "PLAIN" &&
        typeof node.source === "string" &&
        node.source !== String(node.value)
      ) {
        node.value = node.source;
      }
    },
  });
}

function yamlMessage(code: string, message: string): string {
  // Its own words name the library's API: `please use YAML.parseAllDocuments()`.
  if (code === "MULTIPLE_DOCS") return "a second YAML document starts here (`---`)";
  // The yaml library appends a code frame with line numbers; we print our own location.
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

const UNCLOSED_QUOTE_HINT =
  "this quote is never closed, so the value runs on to the end: add the closing quote";

function unclosedQuote(message: string): boolean {
  return /^Missing closing .?quote/.test(message);
}

/**
 * Where the quoted value that runs to `end` opens. Why: the parser reports a missing closing
 * quote where the file ends, often many lines after the mistake.
 */
function openingQuote(doc: ReturnType<typeof parseDocument>, end: number): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range?.[1] === end) at = node.range[0];
    },
  });
  return at;
}

function yamlHints(code: string): string[] | undefined {
  if (code === "MULTIPLE_DOCS")
    return ["a file holds one document: remove the `---` line and what follows, or split the file"];
  if (code === "DUPLICATE_KEY")
    return ["each key may appear once in a mapping; remove or rename one"];
  return undefined;
}

/** The text of line `n` (1-based). */
function lineAt(text: string, lc: LineCounter, n: number): string {
  const from = lc.lineStarts[n - 1] ?? text.length;
  const end = text.indexOf("\n", from);
  return text.slice(from, end < 0 ? text.length : end).replace(/\r$/, "");
}

/**
 * The first problem of each line. Why: after a mistake the parser reads the rest of its line
 * as something else, and each of its three or four further complaints about the same line
 * ("Implicit keys need to be on a single line") is a consequence, not a mistake to fix.
 */
function firstOnEachLine<P extends { location: Location }>(problems: P[]): P[] {
  const seen = new Set<number | undefined>();
  return problems.filter((p) => {
    const line = p.location.line;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function checkDepth(value: unknown, file: string): void {
  if (nestedDeeperThan(value, MAX_DEPTH))
    throw fail("data", `data is nested more than ${MAX_DEPTH} levels deep`, { file });
}

function locateNode(
  root: unknown,
  path: string,
  file: string,
  lc: LineCounter,
  preferKey: boolean,
  pairOf: PairOf,
): Location {
  let node = root as Node | null | undefined;
  let best: Node | null | undefined = node;
  let keyNode: Node | null | undefined;
  const parts = path === "" ? [] : path.split(".");
  for (const [i, part] of parts.entries()) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = pairOf(node, part);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      node = node.items[Number(part)] as Node | undefined;
    } else {
      break;
    }
    if (preferKey && i === parts.length - 1 && keyNode?.range) best = keyNode;
    else if (node?.range) best = node;
    else if (keyNode?.range) best = keyNode;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return { file, path };
  const pos = lc.linePos(offset);
  return { file, line: pos.line, col: pos.col, path };
}

/** The entry of a mapping with a key. */
type PairOf = (map: YAMLMap, key: string) => Pair | undefined;

/**
 * Each mapping's entries by key, made on the first look-up. Why: looking through the entries
 * for each problem took a mapping's size for each, and a letter of 100,000 unknown keys a
 * square of it (hours) before its problems were reported.
 */
function pairIndex(): PairOf {
  const entries = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map, key) => {
    let byKey = entries.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const p of map.items)
        if (isPair(p) && isScalar(p.key) && !byKey.has(String(p.key.value)))
          byKey.set(String(p.key.value), p);
      entries.set(map, byKey);
    }
    return byKey.get(key);
  };
}

/** The node at a dotted path, or undefined if the path leaves the document. */
function nodeAt(root: unknown, path: string, pairOf: PairOf): Node | undefined {
  let node = root as Node | null | undefined;
  for (const part of path === "" ? [] : path.split(".")) {
    if (isMap(node)) {
      node = pairOf(node, part)?.value as Node | null | undefined;
    } else if (isSeq(node)) node = node.items[Number(part)] as Node | undefined;
    else return undefined;
  }
  return node ?? undefined;
}

function rawScalar(root: unknown, path: string, text: string, pairOf: PairOf): string | undefined {
  const node = nodeAt(root, path, pairOf);
  if (!isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]);
}

function splitAtComma(
  root: unknown,
  path: string,
  text: string,
  pairOf: PairOf,
): string | undefined {
  const at = path.lastIndexOf(".");
  const seq = nodeAt(root, at < 0 ? "" : path.slice(0, at), pairOf);
  const index = Number(path.slice(at + 1));
  if (!isSeq(seq) || !Number.isInteger(index)) return undefined;
  const [before, item] = [seq.items[index - 1], seq.items[index]];
  if (!isPlain(before) || !isPlain(item)) return undefined;
  if (typeof before.value !== "string" || typeof item.value !== "number") return undefined;
  return /\d$/.test(before.value) ? joinedByComma(seq, index, text) : undefined;
}

/** The source of a flow list's items `index - 1` and `index` when a comma alone parts them. */
function joinedByComma(seq: YAMLSeq, index: number, text: string): string | undefined {
  const [before, item] = [seq.items[index - 1], seq.items[index]];
  if (!seq.flow || index < 1 || !isPlain(before) || !isPlain(item)) return undefined;
  if (!before.range || !item.range) return undefined;
  const between = text.slice(before.range[1], item.range[0]);
  return /^,[ \t]*$/.test(between) ? text.slice(before.range[0], item.range[1]) : undefined;
}

/** Why a walk of its own, not `visit`: it keeps the dotted path the data's values are named by. */
function splitItemsOf(root: unknown, text: string): SplitItem[] {
  const found: SplitItem[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items)
        if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const joined = joinedByComma(node, i, text);
        if (joined !== undefined && isScalar(item))
          found.push({ path: [...path, String(i)].join("."), item: String(item.value), joined });
        walk(item, [...path, String(i)]);
      });
    }
  };
  walk(root, []);
  return found;
}

function isPlain(node: unknown): node is Scalar {
  return isScalar(node) && node.type === Scalar.PLAIN;
}
