import { defineConfig } from '@playwright/test';

// FIXTURE_PORT lets two checkouts run their suites side by side.
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // One Chromium with the extension per worker; two cores on CI.
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI, where the two cores are shared; a retried test is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  webServer: {
    command: `node tests/serve-fixtures.mjs ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
