/**
 * Features every text is shaped with besides the font's defaults, by HarfBuzz and by fontkit
 * alike (hb-wasm.ts, font-file.ts). `chws`: a font's contextual half-width spacing for Chinese
 * and Japanese punctuation, which sets two in a row ("）』", "。」") in the room of one and a
 * half, as JIS X 4051 and CLREQ ask and browsers do by default (CSS text-spacing-trim). Fonts
 * without it, and text without such punctuation, are shaped as before.
 */
export const SHAPING_FEATURES: readonly string[] = ["chws"];
