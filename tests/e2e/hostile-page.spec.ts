/**
 * A page that tries to push the extension around: forged framework events, script-made input, a
 * clashing custom element, a removed card host, opt-out set late, sub-frames reloading, and what
 * a page can learn about the extension when it is left alone.
 */
import type { Page } from '@playwright/test';
import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { dialog, highlightTexts, pointOfHighlight, scanCount } from './page-helpers';
import { DEFAULT_STORED, storeSettings, tabIdOf, tabState } from './tab-helpers';

type Seen = { messages: string[]; announced: number };

/**
 * Records, from the page's own world, what it can observe of the extension: window messages, and
 * WXT's "content-script-started" event on document (its name is the extension id's).
 */
async function watchWhatThePageSees(page: Page, extensionId: string): Promise<void> {
  await page.addInitScript((id) => {
    const seen: Seen = { messages: [], announced: 0 };
    (window as unknown as { __seen: Seen }).__seen = seen;
    window.addEventListener('message', (e) => seen.messages.push(JSON.stringify(e.data)), true);
    document.addEventListener(`${id}:content:wxt:content-script-started`, () => seen.announced++, true);
  }, extensionId);
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
const ownEntries = (page: Page) =>
  page.evaluate(() => performance.getEntries().filter((e) => e.name.includes('countersignal') || e.name.includes('extension://')).map((e) => e.name));

test('no page event can end the content script or make it rescan', async ({ context, extensionId, consoleErrors }) => {
  const page = await context.newPage();
  await watchWhatThePageSees(page, extensionId);
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  const scans = await scanCount(page);
  expect(await seen(page)).toEqual({ messages: [], announced: 0 });

  // WXT's handshake, replayed both ways: a newer "content-script-started" ends the older script.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, extensionId);
  // WXT's location-change event, and navigation events, every 100 ms for 3 s, without a navigation.
  await page.evaluate(async (id) => {
    for (let i = 0; i < 30; i++) {
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      (globalThis as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
      window.dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((r) => setTimeout(r, 100));
    }
  }, extensionId);
  await page.waitForTimeout(1500);
  expect(await scanCount(page)).toBe(scans);
  expect((await highlightTexts(page)).differs).toEqual(['14 percent', '64%']);

  // Real address changes every 100 ms for 3 s: read again, but at most about once a second.
  await page.evaluate(async () => {
    for (let i = 0; i < 30; i++) {
      history.pushState({}, '', `/sample-article.html?page=${i}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  await expect.poll(() => scanCount(page)).toBeGreaterThan(scans);
  await page.waitForTimeout(1500);
  const rescans = (await scanCount(page)) - scans;
  expect(rescans).toBeGreaterThanOrEqual(1);
  expect(rescans).toBeLessThanOrEqual(5);
  expect((await highlightTexts(page)).differs).toEqual(['14 percent', '64%']);
  expect(consoleErrors).toEqual([]);
});

test('only trusted input opens cards or moves focus', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  const point = (await pointOfHighlight(page, '14 percent'))!;
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    const init = { bubbles: true, cancelable: true, clientX: x, clientY: y };
    target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('click', init));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, shiftKey: true, bubbles: true }));
  }, point);
  await page.waitForTimeout(800);
  await expect(dialog(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(dialog(page)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the card survives a page that defines its element name first and a page that removes its host', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    customElements.define(
      'countersignal-popover',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
  });
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  const open = async (text: string) => {
    const point = (await pointOfHighlight(page, text))!;
    await page.mouse.click(point.x, point.y);
    await expect(dialog(page)).toBeVisible();
  };
  await open('14 percent');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  // The page removes whatever the extension hung on <html>.
  await page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).forEach((e) => e.remove()));
  await open('64%');
  expect(consoleErrors).toEqual([]);
});

test('data-countersignal="off" is honoured whenever the page sets it', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  const body = await page.evaluate(() => document.body.innerHTML);
  const none = { consistent: [], differs: [], mention: [] };

  await page.evaluate(() => document.documentElement.setAttribute('data-countersignal', 'off'));
  await expect.poll(() => highlightTexts(page)).toEqual(none);
  expect(await page.evaluate(() => ({ body: document.body.innerHTML, registry: [...CSS.highlights.keys()], sheets: document.adoptedStyleSheets.length }))).toEqual({ body, registry: [], sheets: 0 });

  await page.evaluate(() => document.documentElement.removeAttribute('data-countersignal'));
  await expect.poll(async () => (await highlightTexts(page)).differs).toEqual(['14 percent', '64%']);

  await page.evaluate(() => document.body.setAttribute('data-countersignal', 'off'));
  await expect.poll(() => highlightTexts(page)).toEqual(none);
  await page.evaluate(() => document.body.removeAttribute('data-countersignal'));
  await expect.poll(async () => (await highlightTexts(page)).differs).toEqual(['14 percent', '64%']);

  // On one element: its subtree only.
  await page.evaluate(() => document.querySelector('blockquote')!.setAttribute('data-countersignal', 'off'));
  await expect.poll(async () => (await highlightTexts(page)).differs).toEqual(['14 percent']);
  expect(consoleErrors).toEqual([]);
});

test('a page the extension leaves alone learns nothing: no message, no mark, no fetchable file', async ({ context, extensionId, consoleErrors }) => {
  const check = async (page: Page, status: string) => {
    const tabId = await tabIdOf(page);
    await expect.poll(async () => (await tabState(context, tabId)).status, { timeout: 15_000 }).toBe(status);
    await page.waitForTimeout(300);
    expect(await seen(page)).toEqual({ messages: [], announced: 0 });
    expect(await ownEntries(page)).toEqual([]);
    expect(await page.evaluate(() => ({ registry: CSS.highlights.size, sheets: document.adoptedStyleSheets.length }))).toEqual({ registry: 0, sheets: 0 });
    const fetched = await page.evaluate(async (url) => {
      try {
        const response = await fetch(url);
        return `status ${response.status}`;
      } catch {
        return 'refused';
      }
    }, `chrome-extension://${extensionId}/popover-ui.js`);
    expect(fetched).toBe('refused');
  };

  const unrelated = await context.newPage();
  await watchWhatThePageSees(unrelated, extensionId);
  await unrelated.goto(fixtureUrl('unrelated.html'));
  await check(unrelated, 'not-relevant');

  const optedOut = await context.newPage();
  await watchWhatThePageSees(optedOut, extensionId);
  await optedOut.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-countersignal', 'off')),
  );
  await optedOut.goto(fixtureUrl('sample-article.html'));
  await check(optedOut, 'disabled');

  await storeSettings(context, { ...DEFAULT_STORED, sites: [{ host: '127.0.0.1', enabled: false }] });
  const switchedOff = await context.newPage();
  await watchWhatThePageSees(switchedOff, extensionId);
  await switchedOff.goto(fixtureUrl('sample-article.html'));
  await check(switchedOff, 'disabled');
  // Only the refusals of the page's own probes.
  expect(consoleErrors.filter((e) => !/Denying load of chrome-extension:.*popover-ui\.js|Failed to load resource: net::ERR_FAILED/.test(e))).toEqual([]);
});

test("sub-frame loads leave the tab's report and badge alone", async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  const tabId = await tabIdOf(page);
  await expect.poll(async () => (await tabState(context, tabId)).badge).toMatch(/^\d+!$/);
  const before = await tabState(context, tabId);
  expect(before.status).toBe('scanned');

  // An ad slot reloading its frame.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'ad';
    document.body.append(frame);
  });
  for (let i = 0; i < 3; i++) {
    await page.evaluate((n) => {
      const frame = document.getElementById('ad') as HTMLIFrameElement;
      return new Promise((resolve) => {
        frame.onload = resolve;
        frame.src = `/plain.html?ad=${n}`;
      });
    }, i);
    await page.waitForTimeout(300);
    expect(await tabState(context, tabId)).toEqual(before);
  }
  expect(consoleErrors).toEqual([]);
});
