import { fail } from "../errors.js";
import { decodeUtf8, MAX_INPUT_BYTES, type SourceText } from "./read-text.js";

/** How a letter read from standard input is named in error locations. */
export const STDIN_NAME = "<stdin>";

/**
 * Reads a letter from standard input (`missive render -`) as strict UTF-8, with the same
 * size limit as a file. Its relative paths (images, packs) start from the current folder, as
 * `<stdin>` resolves there.
 */
export async function readStdinText(
  stdin: NodeJS.ReadableStream | undefined,
  maxBytes = MAX_INPUT_BYTES,
): Promise<SourceText> {
  if (!stdin)
    throw fail("usage", "render - reads the letter from standard input, and there is none");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes)
      throw fail("input", `standard input is over ${maxBytes} bytes, the limit`, {
        file: STDIN_NAME,
      });
    chunks.push(bytes);
  }
  return { file: STDIN_NAME, text: decodeUtf8(Buffer.concat(chunks), STDIN_NAME) };
}
