// Browser end-to-end tests: the built renderer through the real local HTTP host, in Debian's Chromium.
// `npx playwright install` is not needed (and does not work here): we drive /usr/bin/chromium.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
// the same flags as the PDF export's Chromium (one list)
import { CHROMIUM_ARGS } from './src/node/pdf';

const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  // the _electron spec (owned by the Electron engineer) runs in its own project
  testIgnore: /electron/,
  outputDir: 'test-results/artifacts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./tests/skip-reasons-reporter.ts']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: [...CHROMIUM_ARGS],
    },
  },
});
