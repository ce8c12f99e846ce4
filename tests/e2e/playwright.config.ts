import { defineConfig } from '@playwright/test';

// Each test starts its own browser host on its own data folder; the browser runs Debian's
// chromium (Playwright cannot download its own build here). Two cores: two workers.
export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: '**/*.electron.spec.ts' },
    // Runs the real app where an Electron binary is installed (it needs `npm run build` first).
    { name: 'electron', testMatch: '**/*.electron.spec.ts' },
  ],
});
