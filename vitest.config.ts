import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // the compiled build the entry-point tests run is brought up to date first
    globalSetup: ['./tests/support/fresh-build.ts'],
    // The suite runs on 2-core machines; keep it parallel but bounded.
    maxWorkers: 2,
    // generous: CI machines are shared and both cores may be busy; a hang still fails, later
    testTimeout: 120_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
