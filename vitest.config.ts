import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongFilesFirst from './test/support/long-files-first.js';

/**
 * Files at once. Vitest's default leaves one core free (one worker on CI's 2 cores: the whole run
 * in series), but most files here wait on Chromium, a CLI or a loopback server rather than compute,
 * so the 2 cores stay busy only with more files in flight. Vitest's --maxWorkers (or the
 * VITEST_MAX_WORKERS variable) overrides it.
 */
const WORKERS = Math.max(3, availableParallelism());

// Kept apart from vite.config.ts so the extension (crx) plugin stays out of test runs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/uts46-table.ts'],
    // A hang detector, not a speed check: an e2e test that opens page after page shares 2 cores
    // with the other workers' browsers, and may take longer than it would alone.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for a page to show something: its 1 s default is shorter than one
    // re-render of a popup on 2 busy cores (CI failed on it), and a poll that passes returns at once.
    expect: { poll: { timeout: 10_000 } },
    maxWorkers: WORKERS,
    sequence: { sequencer: LongFilesFirst },
  },
});
