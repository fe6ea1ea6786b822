import { test, expect, fixtureUrl, storeSettings, waitForScan } from './firefox-fixture';
import { highlightTexts, openCard, pointOfHighlight } from './page-helpers';

test('switching the site off removes everything and leaves the page exactly as it was; on brings it back (Firefox)', async ({
  firefox,
  extensionPage,
  consoleErrors,
}) => {
  const page = await firefox.newPage();
  // The page as its own scripts left it, before the content script could run.
  await page.evaluateOnNewDocument(() => {
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
  await expect.poll(() => openCard(page)).not.toBeNull();
  expect((await highlightTexts(page)).consistent.length).toBeGreaterThan(0);
  const initial = await page.evaluate(() => (window as unknown as { __initial: { body: string } }).__initial);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(initial.body);

  const setSites = (sites: Array<{ host: string; enabled: boolean }>) =>
    storeSettings(extensionPage, { version: 1, runMode: 'all', sites, highlightStyle: 'underline', openOn: 'hover', counterSignals: 'expanded' });

  await setSites([{ host: '127.0.0.1', enabled: false }]);
  await expect.poll(() => highlightTexts(page)).toEqual({ consistent: [], differs: [], mention: [] });
  expect(await openCard(page)).toBeNull();
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
