#!/usr/bin/env node
// missive's plain entry (bin/missive runs it when the startup snapshot cannot start): the
// bundled command when it is current, else dist/'s modules (src/startup/bundled.ts).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bundledOr } from "../dist/startup/bundled.js";

const entry = bundledOr(
  new URL("../dist/bundle/cli.cjs", import.meta.url),
  new URL("../dist/cli/start.js", import.meta.url),
);
const { startCli } = entry.pathname.endsWith(".cjs")
  ? createRequire(import.meta.url)(fileURLToPath(entry))
  : await import(entry.href);
await startCli(process.argv.slice(2));
