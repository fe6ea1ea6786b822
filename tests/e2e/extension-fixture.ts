import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_PORT } from '../../playwright.config';

export const extensionDir = resolve('.output/chrome-mv3');
export const fixtureUrl = (name: string) => `http://127.0.0.1:${FIXTURE_PORT}/${name}`;

/** Chromium flags that load the built extension and keep Chromium off the network. */
export function chromiumArgs(dir = extensionDir): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(),
    viewport: { width: 1200, height: 900 },
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker');
}

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  /** Console errors and uncaught exceptions from every page of the context. */
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'countersignal-e2e-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  consoleErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: import('@playwright/test').Page) => {
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
});

export const expect = test.expect;

/** Resolves once the content script has recorded a finished scan on the page. */
export async function waitForScan(page: import('@playwright/test').Page, atLeast = 1) {
  await page.waitForFunction(
    (n) => performance.getEntriesByName('countersignal:scan-done').length >= n,
    atLeast,
    { timeout: 15_000 },
  );
}
