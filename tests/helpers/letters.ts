import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceText } from "../../src/load/read-text.js";
import { ROOT } from "./render.js";
import { tempDir } from "./temp-dir.js";

/** A senate-pack letter with `n` signers in `columns` columns, as inline YAML. */
export function senateLetter(n: number, columns: number, extra = ""): SourceText {
  const signers = Array.from(
    { length: n },
    (_, i) => `  - name: Signer Number ${i + 1}\n    title: United States Senator`,
  ).join("\n");
  const body = Array.from(
    { length: 3 },
    (_, i) =>
      `  Paragraph ${i + 1} says something important about the matter at hand, with enough words to wrap across several lines of a justified paragraph in the letter body.`,
  ).join("\n\n");
  const text = `template: senate
letterhead:
  org: United States Senate
  lines: ["WASHINGTON, DC 20510"]
date: 2021-06-01
recipient:
  - The Honorable Jane Doe
  - Secretary
salutation: Dear Secretary Doe,
body: |
${body}
closing: Sincerely,
columns: ${columns}
signers:
${signers}
${extra}`;
  return { file: `${ROOT}/data/inline-${n}x${columns}.yaml`, text };
}

/** A Japanese letter on the personal-chinese example pack whose body is `body`. */
export function japaneseLetter(body: string, name: string): SourceText {
  const text = `template: personal-chinese
lang: ja
sender: { name: 株式会社みなと書房, address: [東京都] }
date: 2024-08-20
recipient: [山田 太郎 様]
salutation: 拝啓
body: "${body}"
closing: 敬具
`;
  return { file: `${ROOT}/data/${name}.yaml`, text };
}

/**
 * A Japanese letter, its body `body`, on a pack whose Japanese font has one face (as most
 * script fonts a pack names): its path, in a temporary folder with the pack beside it.
 */
export function oneFaceJapaneseLetter(body: string, packExtra = ""): string {
  const dir = tempDir("one-face");
  mkdirSync(join(dir, "templates", "ja-one-face"), { recursive: true });
  writeFileSync(
    join(dir, "templates", "ja-one-face", "template.yaml"),
    `name: ja-one-face
extends: personal
lang: ja
fonts:
  cjk:
    regular: pkg:@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf
fontChains:
  Han: [cjk]
  Hiragana: [cjk]
  Katakana: [cjk]
${packExtra}`,
  );
  writeFileSync(
    join(dir, "letter.yaml"),
    `template: ja-one-face
lang: ja
sender: { name: 山田花子 }
date: 2024-11-18
recipient: [株式会社サンプル 御中]
subject: 契約更新のお知らせ
salutation: 拝啓
body: "${body}"
closing: 敬具
`,
  );
  return join(dir, "letter.yaml");
}
