import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores here and in CI: the real-server suite runs its own pool.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 20_000,
  },
});
