import { defineConfig } from 'vitest/config';

// Unit (packages/domain) and integration (apps/server) tests. The integration tier runs on PGlite
// by default and on PostgreSQL when JIUYE_TEST_DB=postgres (scripts/test.mjs does both).
export default defineConfig({
  test: {
    include: ['packages/**/*.test.ts', 'apps/server/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: more workers than that only adds contention for PGlite's WASM start-up.
    maxWorkers: 2,
    // Migrates once per run the database each integration test file starts from a copy of.
    globalSetup: ['apps/server/test/global-setup.ts'],
  },
});
