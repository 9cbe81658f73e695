import { processIo } from "./io.js";
import { run } from "./main.js";

// A reader that stops early (`missive … --emit layout | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

// The process entry: the only place that sets the exit code.
process.exitCode = await run(process.argv.slice(2), processIo());
