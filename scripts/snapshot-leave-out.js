// The esbuild plugin that keeps modules out of the startup snapshot's bundle
// (scripts/build-snapshot.js); a module of its own so tests can check the shims it writes.

/**
 * What the snapshot leaves out, because a letter rarely or never needs it and every start pays
 * for what the snapshot holds (about 2.5 ms a megabyte on a 2-core machine). Each is loaded
 * from the package that depends on it, the first time it is called:
 * - brotli: 1.3 MB of dictionary, for WOFF2 fonts only (fontkit);
 * - @noble/ciphers/aes: 1.5 MB of tables, for encrypted PDFs only (pdfkit; missive writes none).
 * source-map is left out entirely: Handlebars uses it only to map precompiled templates to
 * their source, and uses plain strings without it, as in a browser.
 */
export const LATER = [
  { module: "brotli/decompress.js", from: "fontkit", exports: "default" },
  { module: "@noble/ciphers/aes", from: "pdfkit", exports: ["cbc", "ecb"] },
];

/** CommonJS source that loads `module` from `from`'s folder at the first call of an export. */
export function laterShim({ module, from, exports }) {
  const where = `createRequire(__filename).resolve(${JSON.stringify(from)})`;
  const load = [
    'const { createRequire } = require("node:module");',
    "let loaded;",
    `const load = () => (loaded ??= createRequire(${where})(${JSON.stringify(module)}));`,
  ];
  const calls =
    exports === "default"
      ? ["module.exports = (...args) => load()(...args);"]
      : exports.map((e) => `exports.${e} = (...args) => load().${e}(...args);`);
  return [...load, ...calls].join("\n");
}

export const leaveOut = {
  name: "leave-out",
  setup(b) {
    for (const later of LATER) {
      const filter = new RegExp(`^${later.module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`);
      b.onResolve({ filter }, () => ({ path: later.module, namespace: "later" }));
    }
    b.onLoad({ filter: /.*/, namespace: "later" }, (a) => ({
      contents: laterShim(LATER.find((l) => l.module === a.path)),
      loader: "js",
    }));
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: "source-map", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
  },
};
