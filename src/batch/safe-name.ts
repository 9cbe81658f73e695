import { isAbsolute, relative, resolve, sep } from "node:path";
import { withoutTrailing } from "../without-trailing.js";

/** Why 255 bytes: the per-name limit of ext4, APFS and NTFS (in UTF-8 bytes for the first two). */
const MAX_SEGMENT_BYTES = 255;

/** Windows refuses these as file names, with any extension, in any folder. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/**
 * Makes one produced name safe on every common file system and keeps it under `outDir`.
 * A `/` from the pattern makes sub-folders; in each segment, invisible characters go,
 * other spaces become the ASCII space, control characters, separators and characters Windows
 * forbids become `_`, leading dots become `_` (so `..` cannot climb), a leading hyphen and
 * reserved device names get a `_` prefix, trailing dots and spaces go, and long segments are
 * cut at a character boundary keeping the extension (and lose trailing dots and spaces
 * again). Returns null when nothing usable is left.
 */
export function safeRelativeName(raw: string): string | null {
  const segments = raw
    .normalize("NFC")
    .split(/[/\\]+/)
    .filter((s) => s !== "")
    .map(safeSegment);
  if (segments.length === 0 || segments.some((s) => s === "")) return null;
  return segments.join("/");
}

/**
 * Characters that show nothing, or reorder what follows, in a file manager: format characters
 * (Cf: zero-width spaces and joiners, bidirectional controls such as U+202E that make
 * `Smith‮fdp.exe` look like `Smithexe.pdf`, the byte-order mark, the soft hyphen) and the rest
 * of Unicode's default-ignorable characters (variation selectors, the Hangul fillers).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** Line and paragraph separators and lone surrogates, which no file name should hold. */
const UNPRINTABLE = /[\p{Zl}\p{Zp}\p{Cs}]/gu;
/** Spaces other than the ASCII one (no-break, ideographic, thin), which look alike. */
const OTHER_SPACES = /(?! )\p{Zs}/gu;

/** The text without its invisible characters: what a name shows. */
export function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** What Windows drops from the end of a name. */
const DOT_OR_SPACE = /[. ]/;

function safeSegment(seg: string): string {
  let s = seg
    .replace(INVISIBLE, "")
    .replace(UNPRINTABLE, "_")
    .replace(OTHER_SPACES, " ")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, "_");
  s = withoutTrailing(s, DOT_OR_SPACE)
    // A leading dot would hide the file (and could match missive's own temporary files).
    .replace(/^[. ]+/, "_")
    // A leading hyphen makes the name an option to a command given `*` in the folder
    // (`cd out && tar cf all.tar *` meeting a letter named `--checkpoint-action=…`).
    .replace(/^-/, "_-");
  if (s === "") return "_";
  // Windows drops the spaces before an extension: `CON .pdf` is the console too.
  const stem = (s.split(".")[0] ?? s).trimEnd();
  if (RESERVED.test(stem)) s = `_${s}`;
  // Cutting may leave a dot or space at the end again, which Windows drops.
  return withoutTrailing(truncateBytes(s, MAX_SEGMENT_BYTES), DOT_OR_SPACE);
}

/** Cuts the stem so the whole name fits in `max` UTF-8 bytes, keeping the extension. */
function truncateBytes(name: string, max: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  // The longest run of whole characters that fits, counted from the start: dropping one
  // character at a time from the end, each time measuring what was left, took time by the
  // square of the name (a name of 10,000 characters, 23 s).
  let room = max - Buffer.byteLength(ext);
  let stem = "";
  for (const ch of ext ? name.slice(0, dot) : name) {
    room -= Buffer.byteLength(ch);
    if (room < 0) break;
    stem += ch;
  }
  return stem + ext;
}

/** True when `path` is `dir` itself or below it (after resolving `..` and the like). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
