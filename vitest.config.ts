import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the real CLI; give a slow CI machine room.
    testTimeout: 30_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
