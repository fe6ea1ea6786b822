import { test, expect, fixtureUrl, waitForScan } from './firefox-fixture';
import { isDrawn, ruleSelectors } from './page-helpers';

test('highlights are drawn by rules scoped to their elements, then wide on a page with many (Firefox)', async ({ firefox, consoleErrors }) => {
  const page = await firefox.newPage();
  await page.goto(fixtureUrl('cross-element.html'));
  await waitForScan(page);
  const scoped = await ruleSelectors(page, 'countersignal-consistent');
  expect(scoped.length).toBeGreaterThan(0);
  expect(scoped.every((s) => !s.startsWith('::highlight'))).toBe(true);
  for (const text of ['94%', '4%', '$2.5 billion']) expect(await isDrawn(page, text), text).toBe(true);
  // The page adds twenty paragraphs, each with a sourced figure.
  await page.evaluate(() => {
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i + 1}: DeepSeek R1-0528 went along with 94% of the malicious prompts in that jailbreak test.`;
      document.querySelector('article')!.append(p);
    }
  });
  await waitForScan(page, 2);
  await expect.poll(() => ruleSelectors(page, 'countersignal-consistent')).toEqual(['::highlight(countersignal-consistent)']);
  expect(await isDrawn(page, '$2.5 billion')).toBe(true);
  expect(consoleErrors).toEqual([]);
});
