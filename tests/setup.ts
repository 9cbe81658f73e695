import fc from "fast-check";
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/temp-dir.js";

afterAll(removeTempDirs);

// `npm test` draws the same inputs on every run, so whether a commit passes CI does not depend
// on the draw; `npm run fuzz` draws new ones (FUZZ_SEED=random) and fast-check prints the seed
// of any failure, which FUZZ_SEED then replays.
const seed = process.env.FUZZ_SEED ?? "20261205";
if (seed !== "random") fc.configureGlobal({ seed: Number(seed) });
