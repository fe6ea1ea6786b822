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

  // Rest the pointer on the misquoted figure, as a reader would, and wait for its card.
  const point = await page.evaluate(() => {
    for (const range of CSS.highlights.get('countersignal-differs') ?? []) {
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  if (!point) throw new Error('demo: no differing figure was highlighted');
  await page.mouse.move(point.x, point.y);
  await page.getByRole('dialog').waitFor({ state: 'visible', timeout: 5000 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(outDir, 'page.png') });
  console.log(`demo: page with highlights and an open card -> ${join(outDir, 'page.png')}`);
  console.log(`demo: card says: ${(await page.getByRole('dialog').locator('.cs-compare').textContent())?.trim()}`);

  // The popup for that tab, as a full page (the toolbar popup cannot be opened headless).
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async () => (await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  const extensionId = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-claim-id]').first().waitFor({ timeout: 5000 });
  await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
  console.log(`demo: popup -> ${join(outDir, 'popup.png')}`);
  const found = await popup.locator('[data-claim-id]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-claim-id')} [${e.getAttribute('data-verdicts')}]`));
  console.log(`demo: found ${found.length} claims on the sample article:`);
  for (const line of found) console.log(`  - ${line}`);

  // A Chinese article (written for the demo): its card is in Chinese, following the page.
  const zh = await context.newPage();
  await zh.goto(`http://127.0.0.1:${port}/zh-hans-article.html`);
  await zh.waitForFunction(() => performance.getEntriesByName('countersignal:scan-done').length > 0, null, { timeout: 15000 });
  const zhPoint = await zh.evaluate(() => {
    for (const [, h] of CSS.highlights) {
      for (const range of h) {
        if (!range.toString().includes('94%')) continue;
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!zhPoint) throw new Error('demo: nothing was highlighted on the Chinese article');
  await zh.mouse.move(zhPoint.x, zhPoint.y);
  await zh.getByRole('dialog').waitFor({ state: 'visible', timeout: 5000 });
  await zh.waitForTimeout(200);
  await zh.screenshot({ path: join(outDir, 'page-zh.png') });
  console.log(`demo: Chinese article with a Chinese card -> ${join(outDir, 'page-zh.png')}`);
  console.log(`demo: Chinese card title: ${(await zh.getByRole('dialog').locator('h2').textContent())?.trim()}`);

  // The popup for that tab with the language set to Simplified Chinese in the settings.
  await zh.bringToFront();
  const zhTabId = await worker.evaluate(async () => (await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  await worker.evaluate(async () => {
    const { settings } = await globalThis.chrome.storage.local.get('settings');
    await globalThis.chrome.storage.local.set({ settings: { ...(settings ?? { version: 1, runMode: 'all', sites: [], highlightStyle: 'underline', openOn: 'hover', counterSignals: 'expanded' }), language: 'zh-Hans' } });
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${zhTabId}`);
  await popup.locator('[data-claim-id]').first().waitFor({ timeout: 5000 });
  await popup.screenshot({ path: join(outDir, 'popup-zh.png'), fullPage: true });
  console.log(`demo: popup in Chinese -> ${join(outDir, 'popup-zh.png')}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
