// Loads the built extension into Chromium on the bundled sample article, saves screenshots and
// prints what the extension found. Run through `npm run demo` (which builds first).
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../tests/serve-fixtures.mjs';

const extensionDir = resolve('.output/chrome-mv3');
const outDir = resolve('demo/out');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install -y chromium)`);
mkdirSync(outDir, { recursive: true });

const port = 4599;
const server = await startFixtureServer(port);
const profile = mkdtempSync(join(tmpdir(), 'countersignal-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1200, height: 1000 },
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
  ],
});
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/sample-article.html`);
  await page.waitForFunction(() => performance.getEntriesByName('countersignal:scan-done').length > 0, null, { timeout: 15000 });
  await page.screenshot({ path: join(outDir, 'page.png') });
  console.log(`demo: scan finished; screenshot saved to ${join(outDir, 'page.png')}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
