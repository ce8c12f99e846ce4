import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Services touch real temporary folders; two cores, so keep the pool small and steady.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
