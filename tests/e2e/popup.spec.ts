import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, fixtureUrl, serviceWorkerOf, waitForScan } from './extension-fixture';
import { tabIdOf, waitForReport } from './tab-helpers';
import { dialog, highlightTexts } from './page-helpers';

async function expectNoSeriousA11yIssues(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}

test.describe('popup', () => {
  test('lists the findings of a tab, shows one on the page, and its switch turns the site off and on live', async ({ context, extensionId, consoleErrors }) => {
    const article = await context.newPage();
    await article.goto(fixtureUrl('sample-article.html'));
    await waitForScan(article);
    const tabId = await tabIdOf(article);

    // The toolbar badge: nine distinct claims, one of them with a differing figure.
    const worker = await serviceWorkerOf(context);
    const badge = () =>
      worker.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    await expect.poll(badge).toBe('9!');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const items = popup.locator('[data-claim-id]');
    await expect(items.first()).toBeVisible();
    const found = await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-claim-id'), e.getAttribute('data-verdicts')]));
    expect(found).toEqual([
      ['huawei-compute-share', 'differs consistent'],
      ['deepseek-r1-0528-jailbreak', 'differs consistent'],
      ['supermicro-diversion', 'consistent'],
      ['distillation-attacks', 'consistent'],
      ['us-compute-ratio-11x', 'consistent'],
      ['chinese-labs-safety-evals', 'consistent'],
      ['remote-access-bill-vote', 'consistent'],
      ['mythos-firefox', 'consistent'],
      ['the-paper', 'mention'],
    ]);
    await expect(popup.locator('[data-claim-id="huawei-compute-share"]')).toContainText('This page says 14 percent; the source says 4%');
    await expectNoSeriousA11yIssues(popup);

    // Show on page: the tab scrolls to the mention and opens its card.
    await popup.locator('[data-claim-id="supermicro-diversion"]').getByRole('button', { name: 'Show on page' }).click();
    await expect(dialog(article)).toBeVisible();
    await expect(dialog(article)).toHaveAccessibleName(/Supermicro case/);

    // The switch: off removes the highlights from the open tab without a reload, on brings them back.
    const toggle = popup.getByRole('switch', { name: 'Run on 127.0.0.1' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => highlightTexts(article)).toEqual({ consistent: [], differs: [], mention: [] });
    await expect(popup.getByRole('status')).toContainText('Switched off on 127.0.0.1');
    await toggle.check();
    await expect.poll(async () => (await highlightTexts(article)).differs).toEqual(['14 percent', '64%']);
    await expect(popup.locator('[data-claim-id]')).toHaveCount(9);
    expect(consoleErrors).toEqual([]);
  });

  test('says so when a page has nothing, and when the extension cannot run there', async ({ context, extensionId, consoleErrors }) => {
    const plain = await context.newPage();
    await plain.goto(fixtureUrl('unrelated.html'));
    await waitForReport(plain, 'not-relevant');
    const tabId = await tabIdOf(plain);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect(popup.getByRole('status')).toContainText("doesn’t look like AI-policy news");
    await expect(popup.locator('[data-claim-id]')).toHaveCount(0);

    const blank = await context.newPage();
    await blank.goto('about:blank');
    const blankId = await tabIdOf(blank);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${blankId}`);
    await expect(popup.getByRole('status')).toContainText('can’t read this page');
    expect(consoleErrors).toEqual([]);
  });

  test('searches claims fuzzily and opens a full card; shows the paper overview', async ({ context, extensionId, consoleErrors }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?claim=the-paper`);
    await expect(popup.getByRole('heading', { name: /2028: Two scenarios/ })).toBeFocused();
    await popup.getByRole('button', { name: '← Back' }).click();
    await popup.getByRole('searchbox', { name: /Search claims/ }).fill('super micro');
    await popup.getByRole('button', { name: /Supermicro case/ }).click();
    await expect(popup.getByRole('heading', { level: 2, name: /Supermicro case/ })).toBeVisible();
    await expect(popup.getByText('defendants are presumed innocent')).toBeVisible();
    await popup.getByRole('button', { name: '← Back' }).click();
    await expect(popup.getByRole('heading', { name: 'The paper' })).toBeVisible();
    await expect(popup.getByRole('link', { name: '2028: Two scenarios for global AI leadership' })).toHaveAttribute(
      'href',
      'https://www.anthropic.com/research/2028-ai-leadership',
    );
    await expectNoSeriousA11yIssues(popup);
    expect(consoleErrors).toEqual([]);
  });
});
