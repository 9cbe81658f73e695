import { createRequire } from "node:module";
import { beforeAll, expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { render, SEED } from "../helpers/render.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";

// These tests lay text out directly; a render would load HarfBuzz itself.
beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);

// Fonts are shared by every letter of a process (a merge, the startup snapshot): what was drawn
// before must not change the text a letter's PDF gives to copy and paste.
it("keeps each letter's characters in its PDF text, whatever was drawn before", async () => {
  // U+2010 and "-" share a glyph, as do no-break space and space: ask for the others first.
  for (const face of ["400Regular/SourceSerif4_400Regular", "600SemiBold/SourceSerif4_600SemiBold"])
    loadFont(require.resolve(`@expo-google-fonts/source-serif-4/${face}.ttf`)).layout(
      "\u2010\u00a0",
    );
  const r = await render(SEED);
  const text = (await extractPdf(r.pdf as Uint8Array)).items.map((i) => i.str).join(" ");
  expect(text).toContain("AI-based");
  expect(text).not.toMatch(/[\u2010\u00a0]/);
});
