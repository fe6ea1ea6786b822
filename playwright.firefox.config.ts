import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The Firefox end-to-end suite: the built firefox-mv2 in Debian's firefox-esr (see tests/e2e-firefox).
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-firefox',
  // Each test starts its own Firefox (several seconds on a busy 2-core machine).
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
});
