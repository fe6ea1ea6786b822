import { test, expect, fixtureUrl, gotoExtensionPage, storedSettings, waitForScan } from './firefox-fixture';
import { highlightTexts } from './page-helpers';

test.describe('options (Firefox)', () => {
  test('a setting saved on the options page reaches an open tab live', async ({ firefox, extensionPage, consoleErrors }) => {
    const article = await firefox.newPage();
    await article.goto(fixtureUrl('sample-article.html'));
    await waitForScan(article);
    expect((await highlightTexts(article)).differs).toEqual(['14 percent', '64%']);

    const options = await firefox.newPage();
    await gotoExtensionPage(options, '/options.html');
    await options.click('::-p-aria([name="Only on sites I list and switch on"][role="radio"])');
    await expect.poll(() => storedSettings(extensionPage)).toMatchObject({ runMode: 'listed' });
    await expect.poll(() => highlightTexts(article)).toEqual({ consistent: [], differs: [], mention: [] });

    await options.type('::-p-aria([name="Add a site"][role="textbox"])', '127.0.0.1');
    await options.click('::-p-aria([name="Add"][role="button"])');
    await expect.poll(() => storedSettings(extensionPage)).toMatchObject({ sites: [{ host: '127.0.0.1', enabled: true }] });
    await expect.poll(async () => (await highlightTexts(article)).differs).toEqual(['14 percent', '64%']);
    expect(consoleErrors).toEqual([]);
  });
});
