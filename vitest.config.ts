import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests start Chromium; two cores run them best one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // Browser steps wait for debounced saves and checks; give them room on a loaded 2-core machine.
    expect: { poll: { timeout: 5_000, interval: 50 } },
    hookTimeout: 120_000,
  },
});
