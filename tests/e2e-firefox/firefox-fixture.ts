/**
 * The Firefox counterpart of `tests/e2e/extension-fixture.ts`: Playwright Test runs the specs, and
 * each test gets its own Debian `firefox-esr` (driven by puppeteer-core over WebDriver BiDi, since
 * Playwright cannot drive a stock Firefox) with the built `.output/firefox-mv2` installed as a
 * temporary add-on.
 */
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { FIXTURE_PORT } from '../../playwright.config';

export const extensionDir = resolve('.output/firefox-mv2');
export const fixtureUrl = (name: string) => `http://127.0.0.1:${FIXTURE_PORT}/${name}`;

/** The add-on id, as the build declares it. */
const geckoId: string = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** moz-extension UUIDs are random per profile; the pref below pins this one, so extension URLs are known. */
const EXTENSION_UUID = 'c0a75e12-5b7f-4c1e-9d3a-2f64e8b1a907';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/** Firefox ready to take the extension as a temporary add-on (`browser.installExtension(extensionDir)`). */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets BiDi open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
}

/** The raw WebDriver BiDi connection behind a puppeteer browser (for what puppeteer does not wrap). */
type BidiConnection = {
  send(method: string, params: object): Promise<unknown>;
  on(event: string, listener: (params: never) => void): void;
  off(event: string, listener: (params: never) => void): void;
};
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextIdOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Opens an extension page (`/popup.html?tabId=3`) in `page`. puppeteer's `goto()` hangs on
 * moz-extension:// URLs, so this sends BiDi's own navigate command.
 */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  await bidi(page.browser()).send('browsingContext.navigate', { context: contextIdOf(page), url: `${extensionOrigin}${path}`, wait: 'complete' });
}

/**
 * Errors of everything the extension touches. Web pages and content scripts: BiDi log entries
 * (console errors and uncaught exceptions). The background and extension pages are not reported
 * over BiDi; their uncaught exceptions and unhandled rejections appear on Firefox's output as
 * `JavaScript error: moz-extension://<uuid>/..., line N: ...` and are taken by that URL, while
 * Firefox's own errors (chrome://, resource:// code) are left out. A plain `console.error()` of the
 * background or an extension page reaches that output without its source, just like Firefox's own
 * console noise (`console.error: RSLoader: ...`), so it cannot be told apart and is not counted.
 * Calls `report` for each, from Firefox's start to its end.
 */
function watchErrors(browser: Browser, report: (error: string) => void): void {
  bidi(browser).on('log.entryAdded', (entry: { level: string; text: string; type: string }) => {
    if (entry.level === 'error') report(`${entry.type}: ${entry.text}`);
  });
  const ours = (url: string) => url.startsWith(extensionOrigin) || url.startsWith(fixtureUrl(''));
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      const jsError = /^JavaScript error: (\S*), line \d+: /.exec(line);
      if (jsError && ours(jsError[1]!)) report(line);
    });
  }
}

/** Closes every tab but the first (Firefox keeps running with one) and forgets the extension's stored data. */
async function resetBetweenTests(firefox: Browser): Promise<void> {
  const [first, ...rest] = await firefox.pages();
  await Promise.all(rest.map((page) => page.close()));
  await gotoExtensionPage(first!, '/options.html');
  await first!.evaluate(async () => {
    await browser.storage.local.clear();
    await browser.storage.session.clear();
  });
  await first!.goto('about:blank');
}

type Fixtures = {
  /** Firefox with the extension, its stored data cleared and only a blank tab open. */
  firefox: Browser;
  /** Console errors and uncaught exceptions of pages, content scripts, extension pages and the background. */
  consoleErrors: string[];
  /** An extension page kept open in a background tab, to call extension APIs (storage, tabs) as the extension. */
  extensionPage: Page;
};

type WorkerFixtures = {
  /** One Firefox per worker (starting it takes seconds on a busy machine), with the errors it has reported and nobody has claimed yet. */
  sharedFirefox: { browser: Browser; unclaimedErrors: string[] };
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  sharedFirefox: [
    async ({}, use) => {
      const browser = await launchFirefox();
      const shared = { browser, unclaimedErrors: [] as string[] };
      watchErrors(browser, (error) => shared.unclaimedErrors.push(error));
      await browser.installExtension(extensionDir);
      await use(shared);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ sharedFirefox }, use) => {
    await resetBetweenTests(sharedFirefox.browser);
    await use(sharedFirefox.browser);
  },
  // Errors reported since the previous test claimed its own (startup and resets included): none are lost.
  consoleErrors: async ({ sharedFirefox }, use) => {
    const errors = sharedFirefox.unclaimedErrors;
    await use(errors);
    sharedFirefox.unclaimedErrors = [];
  },
  extensionPage: async ({ firefox }, use) => {
    const page = await firefox.newPage();
    await gotoExtensionPage(page, '/options.html');
    await use(page);
  },
});

export const expect = test.expect;

/** Resolves once the content script has recorded a finished scan on the page. */
export async function waitForScan(page: Page, atLeast = 1) {
  await page.waitForFunction((n: number) => performance.getEntriesByName('countersignal:scan-done').length >= n, { timeout: 15_000 }, atLeast);
}

/**
 * The browser's id for a page's tab. The extension has no "tabs" permission; like the Chromium
 * suite, bring the page to the front and ask the extension for the active tab.
 */
export async function tabIdOf(page: Page, extensionPage: Page): Promise<number> {
  await page.bringToFront();
  return extensionPage.evaluate(async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab!.id!;
  });
}

/** Writes the stored settings from an extension page (what the options page and the popup switch do). */
export async function storeSettings(extensionPage: Page, settings: object): Promise<void> {
  await extensionPage.evaluate(async (s: object) => {
    await browser.storage.local.set({ settings: s });
  }, settings);
}

export async function storedSettings(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(async () => (await browser.storage.local.get('settings')).settings);
}
