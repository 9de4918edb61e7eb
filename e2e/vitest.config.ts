import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys against the real server. One worker: they share one server and one Chromium is
// all two cores can drive without timing out.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    maxWorkers: 1,
    fileParallelism: false,
    // First page loads pull every lazy chunk through a cold server; a career-centre import waits on a job.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
