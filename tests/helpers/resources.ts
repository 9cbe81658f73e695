import type { Font } from "fontkit";
import { defaultResources } from "../../src/resources.js";

/**
 * The resources the tests of one file share (vitest gives each file its own modules): the
 * process's default set, which the public API (src/index.ts) uses.
 */
export const res = defaultResources();

export const loadHarfBuzz = (): Promise<void> => res.shaper.load();
export const loadFont = (path: string): Font => res.fonts.files.load(path);
export const hyphenatorFor = res.hyphenators.for;
