// Playwright config of the Electron end-to-end spec (kept apart from the browser suite in tests/e2e).
// Run: npx playwright test -c tests/electron/playwright.config.ts   (on Linux without a display: xvfb-run -a ...)
// Skips with a stated reason when no Electron binary exists (as on machines where it cannot be downloaded).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../../test-results/electron-artifacts',
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['../skip-reasons-reporter.ts']],
});
