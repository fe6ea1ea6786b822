import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { waitForReport } from './tab-helpers';
import { afterNextScan, highlightTexts } from './page-helpers';

test.describe('highlights', () => {
  test('marks the sample article: consistent, differing and named mentions', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.differs).toEqual(['14 percent', '64%']);
    expect(h.consistent).toEqual(['4%', '2%', '94%', '8%', '$2.5 billion', 'thousands', '11x', '3 of 13', '369-22', '11 times', '20 times']);
    expect(h.mention).toContain("Anthropic's 2028 paper");
    // The comment box holds "4%" and "94%" too: a textarea is never read.
    expect(await page.locator('#reply').inputValue()).toBe('Huawei at 4% of Nvidia? I doubt the 94% number too.');
    expect(consoleErrors).toEqual([]);
  });

  test('matches figures that cross inline elements, and links keep working', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('cross-element.html'));
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.consistent).toEqual(['94%', '4%', '$2.5 billion']);
    // "Huawei<br>4%": a line break separates the words (and the sentences).
    expect(h.mention).toEqual(['Huawei']);
    await page.locator('#link').click();
    await expect(page).toHaveURL(/#note$/);
    expect(consoleErrors).toEqual([]);
  });

  test('never reads or changes inputs, editable regions, scripts, styles or opted-out parts', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    const snapshot = () =>
      page.evaluate(() => ({
        ta: (document.getElementById('ta') as HTMLTextAreaElement).value,
        input: (document.getElementById('in') as HTMLInputElement).value,
        editable: document.getElementById('editable')!.innerHTML,
        optout: document.getElementById('optout')!.innerHTML,
        head: document.head.innerHTML,
        template: (document.getElementById('tpl') as HTMLTemplateElement).innerHTML,
        body: document.body.innerHTML,
      }));
    await page.goto(fixtureUrl('forbidden.html'));
    const before = await snapshot();
    await waitForScan(page);
    const h = await highlightTexts(page);
    expect(h.consistent).toEqual(['4%']);
    expect(h.differs).toEqual([]);
    expect(await snapshot()).toEqual(before);
    // Typing into the editable region stays the user's business.
    await page.locator('#editable p').click();
    await page.keyboard.type(' Huawei will make 14 percent of Nvidia compute.');
    await page.waitForTimeout(400);
    expect((await highlightTexts(page)).differs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('annotates content inserted after the first scan', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('sample-article.html'));
    await waitForScan(page);
    await afterNextScan(page, () =>
      page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'late';
        p.textContent = 'Update: the House passed the Remote Access Security Act 370-20, one report claimed.';
        document.querySelector('article')!.append(p);
      }),
    );
    expect((await highlightTexts(page)).differs).toContain('370-20');
    expect(consoleErrors).toEqual([]);
  });

  test('leaves a page that is not about AI alone', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('unrelated.html'));
    await waitForReport(page, 'not-relevant');
    expect(await highlightTexts(page)).toEqual({ consistent: [], differs: [], mention: [] });
    expect(consoleErrors).toEqual([]);
  });
});

test('a single-page app that loads its article later is annotated once it is about AI', async ({ context, consoleErrors }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('plain.html'));
  await waitForReport(page, 'not-relevant');
  expect(await highlightTexts(page)).toEqual({ consistent: [], differs: [], mention: [] });
  await page.evaluate(() => {
    history.pushState({}, '', '/article/chips');
    document.querySelector('main')!.innerHTML = `
      <h1>Export controls and frontier AI models</h1>
      <p>The Anthropic essay on AI chips and GPUs says DeepSeek's R1-0528 complied with 94% of overtly malicious requests.</p>`;
  });
  await expect.poll(async () => (await highlightTexts(page)).consistent, { timeout: 5000 }).toEqual(['94%']);
  expect(consoleErrors).toEqual([]);
});
