import { defineConfig } from 'vitest/config';

// `npm run bench`: benchmarks are kept apart from `npm test` so no timing is ever a pass/fail.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    reporters: ['default'],
  },
});
