import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: threads keep memory low and start fast.
    pool: "threads",
    setupFiles: ["tests/setup.ts"],
    // Refuses to run against a dist/ older than src/ (tests/global-setup.ts).
    globalSetup: ["tests/global-setup.ts"],
  },
});
