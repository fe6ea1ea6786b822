import { test, expect, fixtureUrl } from './extension-fixture';
import { waitForReport } from './tab-helpers';

test('the content script runs on an http page', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('plain.html'));
  await waitForReport(page, 'not-relevant');
  expect(consoleErrors).toEqual([]);
});

test('popup.html and options.html render as extension pages', async ({ context, extensionId, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1, name: /Countersignal/ })).toBeVisible();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1, name: /settings/i })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
