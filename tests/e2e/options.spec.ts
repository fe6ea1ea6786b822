import AxeBuilder from '@axe-core/playwright';
import { test, expect, fixtureUrl, serviceWorkerOf, waitForScan } from './extension-fixture';
import { highlightTexts } from './page-helpers';

const storedSettings = async (context: import('@playwright/test').BrowserContext) => {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('settings')).settings;
  });
};

test.describe('options', () => {
  test('adds, toggles and removes sites; rejects an invalid hostname', async ({ context, extensionId, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const input = page.getByLabel('Add a site');
    await input.fill('https://www.Example.com/some/article');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('switch', { name: 'Run on example.com' })).toBeChecked();

    await input.fill('not a site!');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('alert')).toContainText('is not a website address');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('list', { name: 'Listed sites' }).getByRole('listitem')).toHaveCount(1);

    await page.getByRole('switch', { name: 'Run on example.com' }).uncheck();
    await expect.poll(() => storedSettings(context)).toMatchObject({ sites: [{ host: 'example.com', enabled: false }] });
    await page.getByRole('button', { name: 'Remove example.com' }).click();
    await expect(page.getByText('No sites listed yet.')).toBeVisible();
    await expect.poll(() => storedSettings(context)).toMatchObject({ sites: [] });

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('"only sites I list" mode runs only on listed sites, applied live', async ({ context, extensionId, consoleErrors }) => {
    const article = await context.newPage();
    await article.goto(fixtureUrl('sample-article.html'));
    await waitForScan(article);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Only on sites I list and switch on').check();
    await expect.poll(() => highlightTexts(article)).toEqual({ consistent: [], differs: [], distorted: [], mention: [] });
    await options.getByLabel('Add a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(async () => (await highlightTexts(article)).differs).toEqual(['14 percent', '64%']);
    expect(consoleErrors).toEqual([]);
  });

  test('rejects a bad import without changing anything, imports a good file, resets', async ({ context, extensionId, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel('Add a site').fill('news.example.org');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => storedSettings(context)).toMatchObject({ sites: [{ host: 'news.example.org', enabled: true }] });
    const before = await storedSettings(context);

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "runMode": "sometimes"}') });
    await expect(page.getByRole('alert')).toContainText('not a Countersignal settings file');
    await fileInput.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await expect(page.getByRole('alert')).toContainText('not JSON');
    expect(await storedSettings(context)).toEqual(before);

    const good = { version: 1, runMode: 'all', sites: [{ host: 'imported.example', enabled: false }], highlightStyle: 'background', openOn: 'click', counterSignals: 'collapsed' };
    await fileInput.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect(page.getByRole('status')).toContainText('Settings imported');
    // A file from before the language choice gets the default language.
    await expect.poll(() => storedSettings(context)).toEqual({ ...good, language: 'auto' });
    await expect(page.getByRole('switch', { name: 'Run on imported.example' })).not.toBeChecked();
    await expect(page.getByLabel('Background colour')).toBeChecked();

    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => storedSettings(context)).toMatchObject({ runMode: 'all', sites: [], highlightStyle: 'underline' });
    expect(consoleErrors).toEqual([]);
  });

  test('survives a corrupted stored value', async ({ context, extensionId, consoleErrors }) => {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ settings: { version: 1, runMode: 42, sites: 'everything' } });
    });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByLabel('On every site, except those I switch off')).toBeChecked();
    const article = await context.newPage();
    await article.goto(fixtureUrl('sample-article.html'));
    await waitForScan(article);
    expect((await highlightTexts(article)).differs).toEqual(['14 percent', '64%']);
    expect(consoleErrors).toEqual([]);
  });
});
