import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    setupFiles: ['tests/unit/setup.ts'],
    // No test may depend on an idle machine: two cores are shared with other builds and tests,
    // and a child process or a workbook build can take many times longer than alone. A test
    // that hangs still fails, after two minutes instead of five seconds. (Speed is measured by
    // `npm run bench`, never by a timeout.)
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
