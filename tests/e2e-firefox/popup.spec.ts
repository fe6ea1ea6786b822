import { test, expect, fixtureUrl, gotoExtensionPage, tabIdOf, waitForScan } from './firefox-fixture';
import { highlightTexts, openCard } from './page-helpers';

test.describe('popup (Firefox)', () => {
  test('popup.html?tabId=N lists the findings of a tab, shows one on the page, and its switch turns the site off and on live', async ({
    firefox,
    extensionPage,
    consoleErrors,
  }) => {
    const article = await firefox.newPage();
    await article.goto(fixtureUrl('sample-article.html'));
    await waitForScan(article);
    const tabId = await tabIdOf(article, extensionPage);

    const popup = await firefox.newPage();
    await gotoExtensionPage(popup, `/popup.html?tabId=${tabId}`);
    const findings = () =>
      popup.$$eval('[data-claim-id]', (els) => els.map((e) => [e.getAttribute('data-claim-id'), e.getAttribute('data-verdicts')] as [string, string]));
    await expect.poll(async () => (await findings()).length).toBeGreaterThan(0);
    const found = await findings();
    expect(found.map(([id]) => id).sort()).toEqual(
      [
        'chinese-labs-safety-evals',
        'deepseek-r1-0528-jailbreak',
        'distillation-attacks',
        'huawei-compute-share',
        'mythos-firefox',
        'remote-access-bill-vote',
        'supermicro-diversion',
        'the-paper',
        'us-compute-ratio-11x',
      ].sort(),
    );
    // Differing claims first, each with the verdicts among its mentions.
    expect(found.slice(0, 2).map(([id]) => id)).toEqual(['huawei-compute-share', 'deepseek-r1-0528-jailbreak']);
    expect(Object.fromEntries(found)).toMatchObject({
      'huawei-compute-share': expect.stringContaining('differs'),
      'supermicro-diversion': 'consistent',
      'the-paper': 'mention',
    });
    expect(await popup.$eval('[data-claim-id="huawei-compute-share"]', (el) => el.textContent)).toContain('This page says 14 percent; the source says 4%');

    // Show on page: the tab opens the claim's card.
    await popup.click('[data-claim-id="supermicro-diversion"] ::-p-aria(Show on page)');
    await expect.poll(() => openCard(article)).toMatchObject({ name: expect.stringMatching(/Supermicro case/) });

    // The site switch: off removes the highlights from the open tab without a reload, on brings them back.
    const toggle = '::-p-aria([name="Run on 127.0.0.1"][role="switch"])';
    expect(await popup.$eval(toggle, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await popup.click(toggle);
    await expect.poll(() => highlightTexts(article)).toEqual({ consistent: [], differs: [], mention: [] });
    await popup.click(toggle);
    await expect.poll(async () => (await highlightTexts(article)).differs).toEqual(['14 percent', '64%']);
    await expect.poll(async () => (await findings()).length).toBe(9);
    expect(consoleErrors).toEqual([]);
  });
});
