import { describe, it } from "vitest";
import { checkCorpusCase, corpusCases } from "../helpers/corpus.js";
import { runBin } from "../helpers/run-cli.js";

// Every corpus case through bin/missive, as a user runs it: from the startup snapshot (mail
// merges from the plain entry), with the same pinned messages, exit codes and output.
describe.each(corpusCases)("corpus case %s through bin/missive", (name) => {
  it("ends with the pinned messages and exit code", () =>
    checkCorpusCase(name, (args, opts) => runBin(args, opts)));
});
