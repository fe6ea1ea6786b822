import { test, expect, fixtureUrl, tabIdOf, waitForScan } from './firefox-fixture';
import { highlightTexts, paintedTexts } from './page-helpers';

test.describe('highlights (Firefox)', () => {
  test('paints the sample article: differing figures, checked figures and named mentions', async ({ firefox, consoleErrors }) => {
    const page = await firefox.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.differs).toEqual(['14 percent', '64%']);
    expect(h.consistent).toEqual(expect.arrayContaining(['4%', '2%', '94%', '8%', '$2.5 billion', '369-22']));
    expect(h.mention).toContain("Anthropic's 2028 paper");
    // Every painted range, whatever its verdict: exactly the figures and names of the article.
    expect(await paintedTexts(page)).toEqual(
      [
        ...['14 percent', '64%'],
        ...['4%', '2%', '94%', '8%', '$2.5 billion', 'thousands', '11x', '3 of 13', '369-22', '11 times', '20 times'],
        ...["Anthropic's 2028 paper", '2028: Two scenarios for global AI leadership'],
      ].sort(),
    );
    // The comment box holds "4%" and "94%" too: a textarea is never read.
    expect(await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value)).toBe('Huawei at 4% of Nvidia? I doubt the 94% number too.');
    expect(consoleErrors).toEqual([]);
  });

  test('leaves a page that is not about AI alone', async ({ firefox, extensionPage, consoleErrors }) => {
    const page = await firefox.newPage();
    await page.goto(fixtureUrl('unrelated.html'));
    // A page left alone records no scan mark: wait for the tab's report instead.
    const tabId = await tabIdOf(page, extensionPage);
    const status = () =>
      extensionPage.evaluate(async (id: number) => {
        const key = `tab-report-${id}`;
        return ((await browser.storage.session.get(key))[key] as { status?: string } | undefined)?.status ?? null;
      }, tabId);
    await expect.poll(status, { timeout: 15_000 }).toBe('not-relevant');
    expect(await paintedTexts(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
