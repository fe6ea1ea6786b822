import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The Firefox end-to-end suite: the built firefox-mv2 in Debian's firefox-esr (see tests/e2e-firefox).
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-firefox',
  // Its own folder, so that it does not wipe the Chromium run's artefacts.
  outputDir: 'test-results/firefox',
  // Generous: the shared 2-core machine can be very busy (Firefox itself starts once per worker).
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
});
