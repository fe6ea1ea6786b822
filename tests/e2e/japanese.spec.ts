import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { highlightTexts } from './page-helpers';
import { waitForReport } from './tab-helpers';

test.describe('Japanese pages', () => {
  test('marks a Japanese article, with its misquote', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('ja.html'));
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.consistent).toEqual(['4%', '2%', '94%', '8%', '25億ドル', '数千', '369対22']);
    expect(h.differs).toEqual(['14%']);
    expect(h.mention).toContain('AIリーダーシップをめぐる2つのシナリオ');
    expect(consoleErrors).toEqual([]);
  });

  test('leaves a Japanese distillery page alone', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('ja-unrelated.html'));
    await waitForReport(page, 'not-relevant');
    expect(await highlightTexts(page)).toEqual({ consistent: [], differs: [], distorted: [], mention: [] });
    expect(consoleErrors).toEqual([]);
  });
});
