import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/helpers/db-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests start real bot processes and emulators; two cores are all we have.
    maxWorkers: 2,
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
  },
});
