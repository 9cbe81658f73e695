/**
 * npm packages with fonts for scripts missive's own fonts do not cover, to name in the error
 * for a character no font can draw. Why a table: the user's next step is an `npm install`,
 * and the name of a package that exists saves a search. Each was checked on the registry.
 */
const PACKAGES: [RegExp, string, string][] = [
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, "Japanese", "@expo-google-fonts/noto-serif-jp"],
  [/\p{Script=Hangul}/u, "Korean", "@expo-google-fonts/noto-serif-kr"],
  [/\p{Script=Han}/u, "Chinese", "@expo-google-fonts/noto-serif-sc (or -tc, -jp)"],
  [/\p{Script=Arabic}/u, "Arabic", "@expo-google-fonts/noto-naskh-arabic"],
  [/\p{Script=Hebrew}/u, "Hebrew", "@expo-google-fonts/noto-serif-hebrew"],
  [/\p{Script=Devanagari}/u, "Devanagari", "@expo-google-fonts/noto-serif-devanagari"],
  [/\p{Script=Thai}/u, "Thai", "@expo-google-fonts/noto-sans-thai"],
  [/\p{Script=Ethiopic}/u, "Ethiopic", "@expo-google-fonts/noto-sans-ethiopic"],
  [/\p{Script=Bengali}/u, "Bengali", "@expo-google-fonts/noto-sans-bengali"],
  [/\p{Script=Tamil}/u, "Tamil", "@expo-google-fonts/noto-sans-tamil"],
  [/\p{Script=Khmer}/u, "Khmer", "@expo-google-fonts/noto-sans-khmer"],
  [/\p{Script=Myanmar}/u, "Myanmar", "@expo-google-fonts/noto-sans-myanmar"],
  [/\p{Script=Lao}/u, "Lao", "@expo-google-fonts/noto-sans-lao"],
  [/\p{Script=Sinhala}/u, "Sinhala", "@expo-google-fonts/noto-sans-sinhala"],
  [/\p{Script=Gurmukhi}/u, "Gurmukhi", "@expo-google-fonts/noto-sans-gurmukhi"],
  [/\p{Script=Gujarati}/u, "Gujarati", "@expo-google-fonts/noto-sans-gujarati"],
  [/\p{Script=Telugu}/u, "Telugu", "@expo-google-fonts/noto-sans-telugu"],
  [/\p{Script=Kannada}/u, "Kannada", "@expo-google-fonts/noto-sans-kannada"],
  [/\p{Script=Malayalam}/u, "Malayalam", "@expo-google-fonts/noto-sans-malayalam"],
  [/\p{Script=Oriya}/u, "Odia", "@expo-google-fonts/noto-sans-oriya"],
  [/\p{Script=Tibetan}/u, "Tibetan", "@expo-google-fonts/noto-serif-tibetan"],
  [/\p{Script=Thaana}/u, "Thaana", "@expo-google-fonts/noto-sans-thaana"],
];

/** A hint naming a font package for the character's script, or null for other scripts. */
export function fontPackageHint(ch: string): string | null {
  const hit = PACKAGES.find(([script]) => script.test(ch));
  if (!hit) return null;
  const [, script, pkg] = hit;
  return `${script} fonts: npm install ${pkg} in your project, then name its .ttf as pkg:<package>/<file> in a pack's fonts and fallbackFonts (docs/templates.md)`;
}
