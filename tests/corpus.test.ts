import { describe, it } from "vitest";
import { checkCorpusCase, corpusCases } from "./helpers/corpus.js";
import { runCli } from "./helpers/run-cli.js";

// Every corpus case in-process; tests/startup/snapshot-corpus.test.ts runs them as a user would.
describe.each(corpusCases)("corpus case %s", (name) => {
  it("ends with the pinned messages and exit code", () => checkCorpusCase(name, runCli, true));
});
