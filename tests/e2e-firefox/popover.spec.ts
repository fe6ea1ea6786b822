import { test, expect, fixtureUrl, waitForScan } from './firefox-fixture';
import { openCard, pointOfHighlight, pressChord } from './page-helpers';

test.describe('popover (Firefox)', () => {
  test('opens on hover; a click pins it; Escape closes it', async ({ firefox, consoleErrors }) => {
    const page = await firefox.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const point = (await pointOfHighlight(page, '14 percent'))!;
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => openCard(page)).toMatchObject({ name: expect.stringMatching(/Huawei's compute output vs NVIDIA/) });
    const card = (await openCard(page))!;
    expect(card.text).toContain('This page says 14 percent; the source says 4%');
    expect(card.text).toContain('Caveats');
    expect(card.text).toContain('Counter-signals');

    // Leaving the mention closes it.
    await page.mouse.move(5, 880);
    await expect.poll(() => openCard(page)).toBeNull();

    // A click pins a card: it stays after the pointer leaves, until Escape.
    const other = (await pointOfHighlight(page, '94%'))!;
    await page.mouse.click(other.x, other.y);
    await expect.poll(() => openCard(page)).toMatchObject({ text: expect.stringContaining('matches the source') });
    await page.mouse.move(5, 880);
    await new Promise((r) => setTimeout(r, 800));
    expect(await openCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  test('keyboard: Alt+Shift+arrows move between findings with focus in the card; Escape returns focus', async ({ firefox, consoleErrors }) => {
    const page = await firefox.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'start';
      b.textContent = 'start';
      document.querySelector('.byline')!.append(b);
      b.focus();
    });
    await pressChord(page, ['Alt', 'Shift'], 'ArrowRight');
    await expect.poll(() => openCard(page)).toMatchObject({ name: expect.stringMatching(/2028: Two scenarios/), focused: 'Close' });
    await pressChord(page, ['Alt', 'Shift'], 'ArrowRight');
    await pressChord(page, ['Alt', 'Shift'], 'ArrowRight');
    await expect.poll(() => openCard(page)).toMatchObject({ name: expect.stringMatching(/Huawei's compute output/), focused: 'Close' });
    await pressChord(page, ['Alt', 'Shift'], 'ArrowLeft');
    await expect.poll(() => openCard(page)).toMatchObject({ name: expect.stringMatching(/2028: Two scenarios/) });
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
    expect(consoleErrors).toEqual([]);
  });
});
