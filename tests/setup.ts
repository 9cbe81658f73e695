import { afterAll, beforeAll } from "vitest";
import { loadHarfBuzz } from "../src/layout/harfbuzz.js";
import { removeTempDirs } from "./helpers/temp-dir.js";

// Tests that lay text out without going through a render (which loads HarfBuzz itself).
beforeAll(loadHarfBuzz);
afterAll(removeTempDirs);
