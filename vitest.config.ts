import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the extension (crx) plugin stays out of test runs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/uts46-table.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
