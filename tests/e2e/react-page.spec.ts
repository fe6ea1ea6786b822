import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { afterNextScan, highlightTexts } from './page-helpers';

// A real React 19 page, server-rendered and hydrated (tests/fixtures/react-app), that updates,
// removes and re-renders the very text nodes Countersignal has highlighted.
test('survives a React 19 page updating, removing and re-rendering highlighted text', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('react-app/dist/index.html'));
  await page.waitForFunction(() => !!window.__app);
  await waitForScan(page);
  const articleText = () => page.locator('article').evaluate((el) => el.textContent);
  expect((await highlightTexts(page)).consistent).toEqual(['4%', '$2.5 billion', '94%']);

  // React sets the highlighted text node's nodeValue.
  await afterNextScan(page, () => page.evaluate(() => window.__app!.setFigure('64%')));
  let h = await highlightTexts(page);
  expect(h.differs).toEqual(['64%']);
  expect(h.consistent).toEqual(['4%', '$2.5 billion']);
  expect(await page.locator('p[data-id="deepseek"]').textContent()).toBe(
    "DeepSeek's R1-0528 complied with 64% of overtly malicious requests under a common jailbreaking technique.",
  );

  // React removes the highlighted text node itself (removeChild on the node it rendered).
  await afterNextScan(page, () => page.evaluate(() => window.__app!.setFigure(null)));
  h = await highlightTexts(page);
  expect(h.differs).toEqual([]);
  expect(await page.locator('p[data-id="deepseek"]').textContent()).toBe(
    "DeepSeek's R1-0528 complied with  of overtly malicious requests under a common jailbreaking technique.",
  );

  // React removes a highlighted paragraph, then re-renders another from scratch.
  await afterNextScan(page, () => page.evaluate(() => window.__app!.remove('huawei')));
  expect((await highlightTexts(page)).consistent).toEqual(['$2.5 billion']);
  await afterNextScan(page, () => page.evaluate(() => window.__app!.rerender('supermicro')));
  expect((await highlightTexts(page)).consistent).toEqual(['$2.5 billion']);
  const live = await page.evaluate(() => [...CSS.highlights.get('countersignal-consistent')!].every((r) => (r as Range).startContainer.isConnected));
  expect(live).toBe(true);

  // New text is annotated; the figure comes back.
  await afterNextScan(page, () => page.evaluate(() => window.__app!.append("Huawei will make 14 percent of Nvidia's compute, a newsletter said.")));
  await afterNextScan(page, () => page.evaluate(() => window.__app!.setFigure('94%')));
  h = await highlightTexts(page);
  expect(h.differs).toEqual(['14 percent']);
  expect(h.consistent).toEqual(['$2.5 billion', '94%']);

  expect(await articleText()).toBe(
    [
      'Chips and compute: the 2028 paper',
      'Export controls on AI chips and GPUs are the lever, argues an Anthropic essay about frontier AI models.',
      'Prosecutors say about $2.5 billion of Supermicro servers were diverted.',
      "Huawei will make 14 percent of Nvidia's compute, a newsletter said.",
      "DeepSeek's R1-0528 complied with 94% of overtly malicious requests under a common jailbreaking technique.",
    ].join(''),
  );
  // No hydration warnings, no NotFoundError from removeChild, nothing from the extension.
  expect(consoleErrors).toEqual([]);
});
