import { test, expect, fixtureUrl, waitForScan } from './firefox-fixture';

// The other specs end with `expect(consoleErrors).toEqual([])`: this proves that check can fail,
// for each place Firefox reports errors differently.
test('the error watch hears the page, extension pages and the background (Firefox)', async ({
  firefox,
  extensionPage,
  consoleErrors,
}) => {
  const page = await firefox.newPage();
  await page.goto(fixtureUrl('sample-article.html'));
  await waitForScan(page);
  await page.evaluate(() => {
    console.error('deliberate page console error');
    setTimeout(() => {
      throw new Error('deliberate page exception');
    });
  });
  await extensionPage.evaluate(async () => {
    setTimeout(() => {
      throw new Error('deliberate extension page exception');
    });
    void Promise.reject(new Error('deliberate extension page rejection'));
    // Firefox MV2: the background is a page whose globals an extension page can reach.
    const background = (await browser.runtime.getBackgroundPage()) as unknown as { Promise: PromiseConstructor; Error: ErrorConstructor };
    void background.Promise.reject(new background.Error('deliberate background rejection'));
  });
  for (const expected of [
    'deliberate page console error',
    'deliberate page exception',
    'deliberate extension page exception',
    'deliberate extension page rejection',
    'deliberate background rejection',
  ]) {
    await expect.poll(() => consoleErrors.some((e) => e.includes(expected)), { message: expected }).toBe(true);
  }
  // Firefox's own messages (its internals, the remote agent) are not the extension's and are not counted.
  expect(consoleErrors.filter((e) => !e.includes('deliberate'))).toEqual([]);
  consoleErrors.length = 0;
});
