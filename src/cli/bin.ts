import { processIo } from "./io.js";
import { run } from "./main.js";

// The process entry: the only place that sets the exit code.
process.exitCode = await run(process.argv.slice(2), processIo());
