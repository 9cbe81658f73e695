// The hyphenation pattern modules the startup snapshot bundles (src/startup/snapshot-entry.ts).
declare module "hyphen/*/index.js" {
  const patterns: import("../layout/hyphenator.js").HyphenPatterns;
  export default patterns;
}
