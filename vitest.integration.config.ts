import { defineConfig } from 'vitest/config';

/** `npm run test:integration`: the tests against real servers (Virtuoso), one at a time. */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { NEWSGRAPH_INTEGRATION: '1' },
  },
});
