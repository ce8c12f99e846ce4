import { defineConfig } from '@playwright/test';

// Each test starts its own browser host on its own data folder; the browser is Debian's chromium
// headless shell (Playwright cannot download its own build here; tests/support/chromium.ts). Two cores: two workers.
export default defineConfig<{ keepScreenshots: boolean }>({
  testDir: '.',
  globalSetup: './global-setup.ts',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A hang detector: beside the unit tests and a second run, the slowest tests took 45-60 s.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // No trace by default: recording one costs every test a DOM snapshot per action (about a tenth of the
  // run's CPU here, kept or not), and a CI log shows only the failure's message, screenshot path and the
  // host's stderr, which the fixture attaches. To look at a failure, run it again with
  // `--trace retain-on-failure` (screenshots in traces cost a third of the run: leave them off).
  use: { trace: 'off' },
  projects: [
    { name: 'chromium', testIgnore: '**/*.electron.spec.ts' },
    // The same tests, keeping the pictures of each screen for a person to look at (npm run screenshots).
    { name: 'screenshots', testIgnore: '**/*.electron.spec.ts', use: { keepScreenshots: true } },
    // All six answers through the fake microphone in real time (npm run test:accuracy; each run records two).
    { name: 'accuracy', testMatch: ['**/pipeline-accuracy.spec.ts', '**/*.accuracy.ts'] },
    // Runs the real app where an Electron binary is installed (it needs `npm run build` first).
    { name: 'electron', testMatch: '**/*.electron.spec.ts' },
  ],
});
