import { test, expect, fixtureUrl, serviceWorkerOf, waitForScan } from './extension-fixture';
import { dialog, highlightTexts, pointOfHighlight } from './page-helpers';
import { hugePageHtml } from './huge-page';
import { DEFAULT_STORED, tabIdOf, tabState } from './tab-helpers';

test('switching the site off removes everything and leaves the page exactly as it was; on brings it back', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  // The page as its own scripts left it, before the content script could run.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __initial: unknown }).__initial = {
        body: document.body.innerHTML,
        html: document.documentElement.outerHTML.length,
        sheets: document.adoptedStyleSheets.length,
      };
    });
  });
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  // Open a card so that the popover host exists too.
  const point = (await pointOfHighlight(page, '94%'))!;
  await page.mouse.click(point.x, point.y);
  await expect(dialog(page)).toBeVisible();
  expect((await highlightTexts(page)).consistent.length).toBeGreaterThan(0);
  const initial = await page.evaluate(() => (window as unknown as { __initial: { body: string } }).__initial);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(initial.body);

  const worker = await serviceWorkerOf(context);
  const setSites = (sites: Array<{ host: string; enabled: boolean }>) =>
    worker.evaluate(async (s) => {
      // Runs in the extension's service worker, where `chrome` is the extension API.
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({
        settings: { version: 1, runMode: 'all', sites: s, highlightStyle: 'underline', openOn: 'hover', counterSignals: 'expanded' },
      });
    }, sites);

  await setSites([{ host: '127.0.0.1', enabled: false }]);
  await expect.poll(() => highlightTexts(page)).toEqual({ consistent: [], differs: [], distorted: [], mention: [] });
  await expect(dialog(page)).toHaveCount(0);
  const after = await page.evaluate(() => ({
    body: document.body.innerHTML,
    html: document.documentElement.outerHTML.length,
    sheets: document.adoptedStyleSheets.length,
    registry: [...CSS.highlights.keys()],
  }));
  expect(after).toEqual({ ...initial, registry: [] });

  await setSites([{ host: '127.0.0.1', enabled: true }]);
  await expect.poll(async () => (await highlightTexts(page)).differs).toEqual(['14 percent', '64%']);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(initial.body);
  expect(consoleErrors).toEqual([]);
});

/** What the page's own world sees of the extension's highlights, recorded as it happens. */
type Sighting = { paintedAt: number | null; goneAt: number | null; repaintedAt: number | null };

test('switching the site off during the first scan of a 10 MB page ends that scan at once', async ({ context, extensionId, consoleErrors }) => {
  test.setTimeout(180_000);
  const host = 'huge-page.test';
  const url = `http://${host}/article.html`;
  const html = hugePageHtml(10_000_000);
  // The page's world says when the scan is under way by fetching /scanning: a request reaches the
  // test through the browser process at once, where Playwright's own polling of the page and its
  // exposed functions wait for a free turn of the page's thread (the scan's slices come first).
  let scanning!: () => void;
  const underWay = new Promise<void>((resolve) => (scanning = resolve));
  await context.route(`http://${host}/**`, (route) => {
    if (new URL(route.request().url()).pathname !== '/scanning') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    scanning();
    return route.fulfill({ status: 204 });
  });

  // How long a whole first scan of this page takes on this machine, left alone.
  const control = await context.newPage();
  await control.goto(url, { waitUntil: 'commit' });
  await control.waitForFunction(() => performance.getEntriesByName('countersignal:scan-done').length > 0, null, { timeout: 120_000, polling: 500 });
  const scanMs = await control.evaluate(() => performance.getEntriesByName('countersignal:scan')[0]!.duration);
  await control.close();

  // The options page, open before the scan, is where the switch-off is written (as the popup and
  // the options page write it: the settings in extension storage).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();

  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: Sighting = { paintedAt: null, goneAt: null, repaintedAt: null };
    (window as unknown as { __sighting: Sighting }).__sighting = seen;
    // The first paint adopts the highlight stylesheet, a long style recalculation on a page this
    // size; the switch-off is sent once a later paint shows the scan going on past it.
    let firstCount = 0;
    let signalled = false;
    const look = () => {
      const now = performance.now();
      const ours = [...CSS.highlights].filter(([name]) => name.startsWith('countersignal-')).map(([, h]) => h.size);
      const count = ours.reduce((a, b) => a + b, 0);
      if (count > 0 && seen.paintedAt === null) {
        seen.paintedAt = now;
        firstCount = count;
      } else if (count > firstCount && seen.goneAt === null && !signalled) {
        signalled = true;
        void fetch('/scanning');
      } else if (count === 0 && seen.paintedAt !== null && seen.goneAt === null) seen.goneAt = now;
      else if (count > 0 && seen.goneAt !== null && seen.repaintedAt === null) seen.repaintedAt = now;
    };
    setInterval(look, 5);
    const frame = () => {
      look();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const sighting = () => page.evaluate(() => (window as unknown as { __sighting: Sighting }).__sighting);

  await page.goto(url, { waitUntil: 'commit' });
  let noSign: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    underWay,
    new Promise((_, reject) => (noSign = setTimeout(() => reject(new Error('no second paint during the first scan')), 90_000))),
  ]).finally(() => clearTimeout(noSign));
  await options.evaluate(async (settings) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings });
  }, { ...DEFAULT_STORED, sites: [{ host, enabled: false }] });
  await expect.poll(async () => (await sighting()).goneAt, { timeout: 30_000 }).not.toBeNull();

  // Then nothing more: no highlight painted again and no finished scan, for twice as long as a
  // whole scan of the page takes here.
  await page.waitForTimeout(Math.max(2 * scanMs, 2000));
  expect((await sighting()).repaintedAt).toBeNull();
  const after = await page.evaluate(() => ({
    registry: [...CSS.highlights.keys()].filter((name) => name.startsWith('countersignal-')),
    sheets: document.adoptedStyleSheets.length,
    scans: performance.getEntriesByName('countersignal:scan').map((e) => Math.round(e.duration)),
  }));
  // A finished scan here means the switch-off waited for the scan to end (the scan alone takes scanMs).
  expect(after, `a whole scan of this page takes ${Math.round(scanMs)} ms here`).toEqual({ registry: [], sheets: 0, scans: [] });
  expect((await tabState(context, await tabIdOf(page))).status).toBe('disabled');
  expect(consoleErrors).toEqual([]);
});
