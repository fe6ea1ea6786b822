import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, waitForScan } from './extension-fixture';
import { DEFAULT_STORED, storeSettings, storedSettings, tabIdOf } from './tab-helpers';

const mine = {
  version: 1,
  runMode: 'all',
  sites: [{ host: 'news.example', enabled: false }],
  highlightStyle: 'background',
  openOn: 'click',
  counterSignals: 'collapsed',
  language: 'en',
};

test('the popup switch on a host with "_" keeps every other setting', async ({ context, extensionId, consoleErrors }) => {
  const article = readFileSync(resolve('tests/fixtures/sample-article.html'));
  await context.route('http://my_site.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: article }));
  await storeSettings(context, mine);
  const page = await context.newPage();
  await page.goto('http://my_site.test/article.html');
  await waitForScan(page);
  const tabId = await tabIdOf(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('switch', { name: 'Run on my_site.test' }).uncheck();
  await expect.poll(() => storedSettings(context)).toEqual({ ...mine, sites: [...mine.sites, { host: 'my_site.test', enabled: false }] });
  await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('imports that are wrong, junk or oversized change nothing and say so', async ({ context, extensionId, consoleErrors }) => {
  test.setTimeout(120_000);
  await storeSettings(context, mine);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByLabel('Background colour')).toBeChecked();
  const fileInput = page.locator('input[type="file"]');
  const attempt = async (name: string, content: string | Buffer, message: RegExp) => {
    await fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByText('Settings imported.')).toHaveCount(0);
    expect(await storedSettings(context)).toEqual(mine);
  };
  await attempt('old-wrong-types.json', '{"disabledSites":[1,{},null,true]}', /not a Countersignal settings file \(at disabledSites/);
  await attempt('old-junk.json', '{"disabledSites":["a.example"],"runMode":"nonsense"}', /not a Countersignal settings file \(at runMode/);
  await attempt('junk-value.json', JSON.stringify({ ...DEFAULT_STORED, runMode: 'nonsense' }), /at runMode/);
  // Oversized: refused by its size, before it is read or parsed (20 MB in the unit test; 3 MB here
  // keeps the file transfer to the browser short).
  const big = Buffer.alloc(3_000_000, ' ');
  big.write('{"version":1,"x":"');
  await attempt('huge.json', big, /too large \(3\.0 MB\)/);
  expect(consoleErrors).toEqual([]);
});

test('a refused import is explained in the UI language (Chinese)', async ({ context, extensionId, consoleErrors }) => {
  const chinese = { ...mine, language: 'zh-Hans' };
  await storeSettings(context, chinese);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Countersignal 设置');
  const fileInput = page.locator('input[type="file"]');
  const attempt = async (content: string | Buffer, message: string) => {
    await fileInput.setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await expect(page.getByRole('alert')).toHaveText(message);
    expect(await storedSettings(context)).toEqual(chinese);
  };
  await attempt('{"version":1,', '此文件不是 JSON。请选择从 Countersignal 导出的文件。');
  await attempt(JSON.stringify({ ...chinese, openOn: 'never' }), '这不是 Countersignal 设置文件（出错位置：openOn）。未做任何更改。');
  await attempt(Buffer.alloc(1_200_000, ' '), '此文件太大（1.2 MB），不会是 Countersignal 设置文件（最大 1 MB）。未做任何更改。');
  expect(consoleErrors).toEqual([]);
});
