// Preloaded into benchmarked processes: reports the peak resident memory of the whole process
// (worker threads included, they share it) on stderr as it exits.
process.on("exit", () => {
  process.stderr.write(`\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
