import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { dialog, highlightTexts, pointOfHighlight } from './page-helpers';
import { tabIdOf, waitForReport } from './tab-helpers';

/** The popup's findings for a page: [claim id, verdicts] in the popup's order. */
async function popupFindings(context: BrowserContext, extensionId: string, page: Page): Promise<string[][]> {
  const tabId = await tabIdOf(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const items = popup.locator('[data-claim-id]');
  await expect(items.first()).toBeVisible();
  const found = await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-claim-id')!, e.getAttribute('data-verdicts')!]));
  await popup.close();
  return found;
}

test.describe('Chinese pages', () => {
  test('marks a Simplified Chinese article, with its misquotes, and lists it in the popup', async ({ context, extensionId, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('zh-hans.html'));
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.consistent).toEqual(['4%', '百分之二', '94%', '8%', '25亿美元', '数千', '369票对22票']);
    expect(h.differs).toEqual(['14%', '百分之六十四']);
    expect(h.mention).toContain('全球AI领导地位的两种情景');
    // The comment box holds "4%" too: a textarea is never read.
    expect(await page.locator('#reply').inputValue()).toBe('华为只有英伟达的4%？我不信。');

    expect(await popupFindings(context, extensionId, page)).toEqual([
      ['huawei-compute-share', 'differs consistent'],
      ['deepseek-r1-0528-jailbreak', 'differs consistent'],
      // "芯片走私" (chip smuggling) in the headline names the case.
      ['supermicro-diversion', 'consistent mention'],
      ['distillation-attacks', 'consistent'],
      ['remote-access-bill-vote', 'consistent'],
      ['the-paper', 'mention'],
    ]);
    expect(consoleErrors).toEqual([]);
  });

  test('opens the card of a misquoted Chinese figure', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('zh-hans.html'));
    await waitForScan(page);
    const point = await pointOfHighlight(page, '14%');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText('14%');
    await expect(dialog(page)).toContainText('4%');
    expect(consoleErrors).toEqual([]);
  });

  test('marks a Traditional Chinese article with Taiwan usage', async ({ context, extensionId, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('zh-hant.html'));
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.consistent).toEqual(['4%', '94%', '25億美元', '13家中國頂尖AI實驗室中只有3家']);
    expect(h.differs).toEqual(['百分之四十']);
    expect(await popupFindings(context, extensionId, page)).toEqual([
      // The headline names 華為, and "Anthropic的2028報告" is the paper.
      ['huawei-compute-share', 'differs consistent mention'],
      ['deepseek-r1-0528-jailbreak', 'consistent'],
      ['supermicro-diversion', 'consistent'],
      ['chinese-labs-safety-evals', 'consistent'],
      ['the-paper', 'mention'],
      // "Anthropic在報告中主張加強AI晶片出口管制": the paper's ask, who makes it and its verb.
      ['policy-asks', 'mention'],
    ]);
    expect(consoleErrors).toEqual([]);
  });

  test('leaves a Chinese phone launch and stock note alone', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('zh-unrelated.html'));
    await waitForReport(page, 'not-relevant');
    expect(await highlightTexts(page)).toEqual({ consistent: [], differs: [], distorted: [], mention: [] });
    expect(consoleErrors).toEqual([]);
  });
});
