import { defineConfig } from 'vitest/config';

const all = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const notHere = ['tests/e2e/**', 'node_modules/**'];
// Component tests (React, happy-dom) and the Electron shell's tests mock modules and globals, so
// each file gets fresh modules.
const isolated = ['tests/renderer/**', 'tests/electron/shell/**'];

export default defineConfig({
  test: {
    environment: 'node',
    // Services touch real temporary folders; two cores, so keep the pool small and steady.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, which is one here: two cut the run from
    // about 175 s to 122 s (three gained little more).
    maxWorkers: 2,
    // A hang detector, not a speed check: `npm test` runs these beside the end-to-end run, where a
    // test that starts processes took 2-3x as long as alone, and 4x again with a second run beside it
    // (the CLI's export and import test: 9 s, then 36 s).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: all,
          exclude: [...notHere, ...isolated],
          // The services' tests share nothing but the modules' code (every test opens its own
          // folders and studio), so a worker loads the contract, zod and the services once instead
          // of once per file: that loading was over half of the unit run's time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: isolated.map((dir) => `${dir}/*.test.{ts,tsx}`), exclude: notHere } },
    ],
  },
});
