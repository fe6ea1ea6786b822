import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from '../../lib/hover-intent';
import { dialog, pointOfHighlight } from './page-helpers';

test.describe('popover', () => {
  test('opens on hover after a dwell, stays while the pointer travels into it, closes after the grace', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const point = (await pointOfHighlight(page, '14 percent'))!;
    const arrived = Date.now();
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(120);
    await expect(dialog(page)).toHaveCount(0);
    await expect(dialog(page)).toBeVisible();
    expect(Date.now() - arrived).toBeGreaterThanOrEqual(OPEN_DELAY_MS - 20);
    const card = dialog(page);
    await expect(card).toHaveAccessibleName(/Huawei's compute output vs NVIDIA/);
    await expect(card).toContainText('This page says 14 percent; the source says 4%');
    await expect(card).toContainText('Caveats');
    await expect(card).toContainText('Counter-signals');
    await expect(card.getByRole('link', { name: /2028: Two scenarios for global AI leadership/ }).first()).toHaveAttribute(
      'href',
      'https://www.anthropic.com/research/2028-ai-leadership',
    );

    // Travel into the card: it stays open.
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(700);
    await expect(card).toBeVisible();

    // Leave both: it closes after the grace period, not at once.
    const left = Date.now();
    await page.mouse.move(5, 880);
    await expect(card).toHaveCount(0, { timeout: 3000 });
    expect(Date.now() - left).toBeGreaterThanOrEqual(CLOSE_GRACE_MS - 20);
    expect(consoleErrors).toEqual([]);
  });

  test('a click pins it; Escape closes it', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const point = (await pointOfHighlight(page, '94%'))!;
    await page.mouse.click(point.x, point.y);
    await expect(dialog(page)).toBeVisible();
    await page.mouse.move(5, 880);
    await page.waitForTimeout(800);
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText('matches the source');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('warns when the sentence repeats a distortion seen in coverage', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const point = (await pointOfHighlight(page, '11 times'))!;
    await page.mouse.click(point.x, point.y);
    await expect(dialog(page).getByRole('note')).toContainText('Careful');
    await expect(dialog(page).getByRole('note')).toContainText('conditional estimate');
    expect(consoleErrors).toEqual([]);
  });

  test('"Open the full summary" opens the claim in the extension', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const point = (await pointOfHighlight(page, '64%'))!;
    await page.mouse.click(point.x, point.y);
    const [summary] = await Promise.all([context.waitForEvent('page'), dialog(page).getByRole('button', { name: 'Open the full summary' }).click()]);
    await expect(summary).toHaveURL(/popup\.html\?claim=deepseek-r1-0528-jailbreak$/);
    await expect(summary.getByRole('heading', { level: 2, name: /DeepSeek R1-0528 complied with 94%/ })).toBeVisible();
    await expect(summary.getByRole('link', { name: /CAISI Evaluation of DeepSeek AI Models/ }).first()).toHaveAttribute(
      'href',
      'https://www.nist.gov/news-events/news/2025/09/caisi-evaluation-deepseek-ai-models-finds-shortcomings-and-risks',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('keyboard: Alt+Shift+arrows move between findings with focus in the card; Escape returns focus', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'start';
      b.textContent = 'start';
      document.querySelector('.byline')!.append(b);
    });
    await page.locator('#start').focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toHaveAccessibleName(/2028: Two scenarios/);
    await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(dialog(page)).toHaveAccessibleName(/2028: Two scenarios/);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(dialog(page)).toHaveAccessibleName(/Huawei's compute output/);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect(dialog(page)).toHaveAccessibleName(/2028: Two scenarios/);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.locator('#start')).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('page CSS does not reach the card', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('hostile-css.html'));
    await waitForScan(page);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    const card = dialog(page);
    await expect(card).toBeVisible();
    const style = await card.evaluate((el) => {
      const s = getComputedStyle(el);
      const title = getComputedStyle(el.querySelector('h2')!);
      return { font: s.fontSize, line: s.lineHeight, color: title.color, family: s.fontFamily, display: s.display };
    });
    expect(style.font).toBe('14px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.family).not.toBe('serif');
    expect(style.display).toBe('block');
    expect(consoleErrors).toEqual([]);
  });

  test('stays inside the viewport near every edge and inside a scrolling container', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(fixtureUrl('edges.html'));
    await waitForScan(page);
    await page.locator('#scroller').evaluate((el) => (el.scrollTop = 150));
    for (const text of ['4%', '2%', '369-22', '$2.5 billion', '94%']) {
      const point = (await pointOfHighlight(page, text))!;
      expect(point, text).not.toBeNull();
      await page.mouse.click(point.x, point.y);
      const card = dialog(page);
      await expect(card).toBeVisible();
      await page.waitForTimeout(100);
      const box = (await card.boundingBox())!;
      expect(box.x, text).toBeGreaterThanOrEqual(0);
      expect(box.y, text).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, text).toBeLessThanOrEqual(900);
      expect(box.y + box.height, text).toBeLessThanOrEqual(600);
      await page.keyboard.press('Escape');
      await expect(card).toHaveCount(0);
    }
    expect(consoleErrors).toEqual([]);
  });
});
