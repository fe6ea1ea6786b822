/**
 * Speaking Chinese: cards on Chinese pages in the page's script, the user's language choice, and the
 * popup and options in Chinese, by that choice or by the browser's language (Chromium in Chinese).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, chromiumArgs, fixtureUrl, serviceWorkerOf, waitForScan } from './extension-fixture';
import zhHant from '../../locales/zh_TW.json' with { type: 'json' };
import { dialog, pointOfHighlight } from './page-helpers';

/** The browser's id for a page's tab (the extension has no "tabs" permission, so ask for the active tab). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorkerOf(page.context());
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** Rests the pointer on the highlight whose text is `text`, and waits for its card. */
async function openCardOn(page: Page, text: string) {
  const point = await pointOfHighlight(page, text);
  expect(point, `a highlight of ${text}`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  // The first card of a page imports the popover chunk: generous on a loaded machine.
  await expect(dialog(page)).toBeVisible({ timeout: 20_000 });
  return dialog(page);
}

async function chooseLanguage(context: BrowserContext, extensionId: string, label: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(label, { exact: true }).check();
  await options.close();
}

const HANS = { caveats: '注意事项', close: '关闭' };
const HANT = { caveats: '注意事項', close: '關閉' };

test.describe('Chinese', () => {
  test('a card on a Chinese page speaks the page’s script, unless the user chose a language', async ({ context, extensionId, consoleErrors }) => {
    // Four pages and four cards in one test.
    test.setTimeout(120_000);
    const page = await context.newPage();
    await page.goto(fixtureUrl('zh-hans-article.html'));
    await waitForScan(page);
    let card = await openCardOn(page, '94%');
    await expect(card.getByRole('heading', { name: HANS.caveats })).toBeVisible();
    await expect(card.getByRole('button', { name: HANS.close })).toBeVisible();
    // The claim's own text is translated; the paper's words stay in English, with a marked translation.
    await expect(card).toContainText('DeepSeek R1-0528 对 94% 的明显恶意请求予以配合');
    await expect(card.locator('blockquote')).toContainText('complied with 94% of overtly malicious requests');
    await expect(card.locator('.cs-quote-translation')).toContainText('译文');
    await expect(page.locator('.cs-float')).toHaveAttribute('lang', 'zh-Hans');

    await page.goto(fixtureUrl('zh-hant-article.html'));
    await waitForScan(page);
    card = await openCardOn(page, '94%');
    await expect(card.getByRole('heading', { name: HANT.caveats })).toBeVisible();
    await expect(card).toContainText('明顯惡意請求');

    // The user's choice wins over the page: English on a Chinese page, Chinese on an English one.
    await chooseLanguage(context, extensionId, 'English');
    await page.goto(fixtureUrl('zh-hans-article.html'));
    await waitForScan(page);
    card = await openCardOn(page, '94%');
    await expect(card.getByRole('heading', { name: 'Caveats' })).toBeVisible();

    await chooseLanguage(context, extensionId, '繁體中文');
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    card = await openCardOn(page, '$2.5 billion');
    await expect(card.getByRole('heading', { name: HANT.caveats })).toBeVisible();
    await expect(card).toContainText('超微電腦');
    expect(consoleErrors).toEqual([]);
  });

  test('popup and options switch language at once when the user chooses one', async ({ context, extensionId, consoleErrors }) => {
    const article = await context.newPage();
    await article.goto(fixtureUrl('zh-hans-article.html'));
    await waitForScan(article);
    const tabId = await tabIdOf(article);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Countersignal settings');
    await options.getByLabel('简体中文', { exact: true }).check();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Countersignal 设置');
    await expect(options.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(options.getByRole('group', { name: '语言' }).getByLabel('简体中文')).toBeChecked();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect(popup.getByRole('heading', { name: '查找论断' })).toBeVisible();
    const deepseek = popup.locator('[data-claim-id="deepseek-r1-0528-jailbreak"]');
    await expect(deepseek).toContainText('DeepSeek R1-0528 对 94% 的明显恶意请求予以配合');
    await expect(deepseek.getByRole('button', { name: '在页面上显示' })).toBeVisible();
    await expect(popup.getByRole('heading', { name: '论文', exact: true })).toBeVisible();

    // Traditional, applied to the open popup live.
    await options.bringToFront();
    await options.getByLabel('繁體中文', { exact: true }).check();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Countersignal 設定');
    // Traditional is converted from Simplified with Taiwan phrasing (查找 → 查詢).
    await expect(popup.getByRole('heading', { name: zhHant.searchHeading })).toBeVisible();
    await expect(deepseek).toContainText('明顯惡意請求');
    expect(consoleErrors).toEqual([]);
  });
});

test('popup and options follow the browser’s language (Chromium running in Chinese)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'countersignal-e2e-zh-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Chromium's UI language: LANGUAGE on Linux, --lang elsewhere (needs Debian's chromium-l10n, installed by .ci/run).
    args: [...chromiumArgs(), '--lang=zh-CN'],
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    // Playwright Test would otherwise emulate en-US in every page.
    locale: 'zh-CN',
  });
  try {
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^zh/);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Countersignal 设置');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?claim=huawei-compute-share`);
    await expect(popup.getByRole('heading', { name: '华为算力产出对比英伟达：2026 年 4%，2027 年 2%' })).toBeVisible();
    await expect(popup.getByRole('button', { name: '← 返回' })).toBeVisible();
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
